/**
 * Access tokens the mock checkout service accepts, and how it checks them: signature (the test
 * auth's HMAC key, or RSA keys of a trusted sign-in provider's JWKS), expiry, audience, and the
 * claims the rules need (`tid`, `oid`, `preferred_username`, `acct`, `onprem_sid`; for the admin
 * operations `wids` and `delegated_admin_tenants`).
 */
import { accountTypeOf, directoryRoleOf, ROLE_TEMPLATE_IDS, tenantForDomain } from './identities.js';

export const CHECKOUT_AUDIENCE = 'api://ssp-checkout';

export interface AccessClaims {
  tid: string;
  oid: string;
  preferred_username: string;
  email?: string;
  name?: string;
  /** 1 for a guest account, 0 for a member (Entra's optional `acct` claim). */
  acct: 0 | 1;
  onprem_sid?: string;
  /** Entra's directory role template ids of the user's admin roles in `tid` (absent without any). */
  wids?: string[];
  /** The tenants the user administers as a delegated partner (the service's own claim; not Entra's). */
  delegated_admin_tenants?: string[];
  aud: string;
  exp: number;
  iat: number;
  iss: string;
}

export class TokenError extends Error {
  constructor(
    readonly code: 'unauthorized' | 'token-expired',
    message: string,
  ) {
    super(message);
  }
}

const encoder = new TextEncoder();
const TEST_SECRET = encoder.encode('ssp-widgets test auth: not a secret, never used outside tests and the demo');

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text: string): Uint8Array<ArrayBuffer> {
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  return Uint8Array.from(atob(padded), (char) => char.charCodeAt(0));
}

const hmacKey = () =>
  crypto.subtle.importKey('raw', TEST_SECRET, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);

/** A stable object id for a test email (a UUID shape derived from its SHA-256). */
export async function objectIdFor(email: string): Promise<string> {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(email.toLowerCase())));
  const hex = Array.from(hash.slice(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** The claims the local sign-in issues for a test email (the README’s test identities). */
export async function claimsFor(email: string, lifetimeSeconds = 3600): Promise<AccessClaims> {
  const normalized = email.trim().toLowerCase();
  const domain = normalized.split('@')[1] ?? '';
  const tenant = tenantForDomain(domain);
  const { guest, synced } = accountTypeOf(normalized);
  const now = Math.floor(Date.now() / 1000);
  const tid = tenant?.id ?? '00000000-0000-0000-0000-000000000000';
  const role = directoryRoleOf(normalized);
  return {
    tid,
    oid: await objectIdFor(normalized),
    preferred_username: normalized,
    email: normalized,
    name: normalized.split('@')[0],
    acct: guest ? 1 : 0,
    ...(synced ? { onprem_sid: `S-1-5-21-${tid.slice(-8)}` } : {}),
    ...(role ? { wids: [ROLE_TEMPLATE_IDS[role]] } : {}),
    ...(role && tenant?.delegatedAdminOf ? { delegated_admin_tenants: [...tenant.delegatedAdminOf] } : {}),
    aud: CHECKOUT_AUDIENCE,
    iss: `https://login.ssp.test/${tid}/v2.0`,
    iat: now,
    exp: now + lifetimeSeconds,
  };
}

/** Signs claims with the test auth's key (HS256). Used by the quick test auth of the demo and tests. */
export async function signTestToken(claims: AccessClaims): Promise<string> {
  const header = base64url(encoder.encode(JSON.stringify({ alg: 'HS256', typ: 'JWT', kid: 'ssp-test' })));
  const payload = base64url(encoder.encode(JSON.stringify(claims)));
  const signature = await crypto.subtle.sign('HMAC', await hmacKey(), encoder.encode(`${header}.${payload}`));
  return `${header}.${payload}.${base64url(new Uint8Array(signature))}`;
}

export async function issueTestToken(email: string, lifetimeSeconds = 3600): Promise<string> {
  return signTestToken(await claimsFor(email, lifetimeSeconds));
}

const trustedKeys = new Map<string, CryptoKey>();

/** Trusts the RSA signing keys of a sign-in provider (its JWKS), e.g. the local OpenID provider. */
export async function trustJwks(jwks: { keys: Array<JsonWebKey & { kid?: string }> }): Promise<void> {
  for (const jwk of jwks.keys) {
    if (jwk.kty !== 'RSA' || !jwk.kid) continue;
    const key = await crypto.subtle.importKey('jwk', jwk, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, [
      'verify',
    ]);
    trustedKeys.set(jwk.kid, key);
  }
}

/** Verifies a bearer token; throws {@link TokenError} when it is missing, forged, expired or for another API. */
export async function verifyToken(authorization: string | null): Promise<AccessClaims> {
  const token = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!token) throw new TokenError('unauthorized', 'A bearer token is required.');
  const [header64, payload64, signature64] = token.split('.');
  if (!header64 || !payload64 || !signature64) throw new TokenError('unauthorized', 'Malformed token.');
  let header: { alg?: string; kid?: string };
  let claims: AccessClaims;
  try {
    header = JSON.parse(new TextDecoder().decode(fromBase64url(header64)));
    claims = JSON.parse(new TextDecoder().decode(fromBase64url(payload64)));
  } catch {
    throw new TokenError('unauthorized', 'Malformed token.');
  }
  const signed = encoder.encode(`${header64}.${payload64}`);
  const signature = fromBase64url(signature64);
  let valid = false;
  if (header.alg === 'HS256') {
    valid = await crypto.subtle.verify('HMAC', await hmacKey(), signature, signed);
  } else if (header.alg === 'RS256' && header.kid && trustedKeys.has(header.kid)) {
    valid = await crypto.subtle.verify('RSASSA-PKCS1-v1_5', trustedKeys.get(header.kid)!, signature, signed);
  }
  if (!valid) throw new TokenError('unauthorized', 'The token signature is not trusted.');
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!audiences.includes(CHECKOUT_AUDIENCE)) throw new TokenError('unauthorized', 'The token is for another API.');
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= Date.now()) {
    throw new TokenError('token-expired', 'The token has expired.');
  }
  if (!claims.tid || !claims.oid) throw new TokenError('unauthorized', 'The token lacks tenant or user claims.');
  return claims;
}
