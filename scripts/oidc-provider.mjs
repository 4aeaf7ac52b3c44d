// A local OpenID Connect provider (oidc-provider, a certified implementation) for the tests and the
// demo: the test identities the README lists sign in with any password and get access tokens for
// the checkout API with the claims the mock service checks (tid, oid, preferred_username, acct; for
// admins wids and delegated_admin_tenants).
// Listens on loopback only, on a free port unless one is given.
import { build } from 'esbuild';
import { generateKeyPair, exportJWK } from 'jose';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Provider from 'oidc-provider';

export const CLIENT_ID = 'ssp-widgets-local';
export const API_RESOURCE = 'api://ssp-checkout';
export const API_SCOPE = `${API_RESOURCE}/Checkout.Purchase`;

/** The same claims the mock's test auth issues: one truth (mocks/tokens.ts), bundled for Node. */
async function loadClaims() {
  const dir = await mkdtemp(join(tmpdir(), 'ssp-oidc-'));
  const file = join(dir, 'tokens.mjs');
  const result = await build({
    entryPoints: [new URL('../mocks/tokens.ts', import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  await writeFile(file, result.outputFiles[0].text);
  const module = await import(file);
  await rm(dir, { recursive: true, force: true });
  return module.claimsFor;
}

/**
 * @param {{ redirectUris: string[], port?: number }} options
 */
export async function startOidcProvider({ redirectUris, port = 0 }) {
  const claimsFor = await loadClaims();
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: 'ssp-local-1', alg: 'RS256', use: 'sig' };

  const identity = async (accountId) => {
    const claims = await claimsFor(accountId);
    return {
      tid: claims.tid,
      oid: claims.oid,
      preferred_username: claims.preferred_username,
      email: claims.email,
      name: claims.name,
      acct: claims.acct,
      ...(claims.onprem_sid ? { onprem_sid: claims.onprem_sid } : {}),
      ...(claims.wids ? { wids: claims.wids } : {}),
      ...(claims.delegated_admin_tenants ? { delegated_admin_tenants: claims.delegated_admin_tenants } : {}),
    };
  };

  let issuer = 'http://localhost';
  const provider = () => {
    const instance = new Provider(issuer, {
      clients: [
        {
          client_id: CLIENT_ID,
          token_endpoint_auth_method: 'none',
          application_type: 'web',
          redirect_uris: redirectUris,
          response_types: ['code'],
          grant_types: ['authorization_code', 'refresh_token'],
        },
      ],
      jwks: { keys: [jwk] },
      cookies: { keys: ['ssp-widgets local provider, not a secret'] },
      pkce: { required: () => true },
      conformIdTokenClaims: false,
      claims: {
        openid: ['sub', 'tid', 'oid', 'preferred_username', 'acct'],
        profile: ['name'],
        email: ['email'],
      },
      findAccount: async (_ctx, id) => {
        const accountId = String(id).trim().toLowerCase();
        return { accountId, claims: async () => ({ sub: accountId, ...(await identity(accountId)) }) };
      },
      extraTokenClaims: async (_ctx, token) => (token.accountId ? identity(token.accountId) : undefined),
      clientBasedCORS: (_ctx, origin) => /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(origin),
      features: {
        devInteractions: { enabled: true },
        resourceIndicators: {
          enabled: true,
          defaultResource: () => API_RESOURCE,
          useGrantedResource: () => true,
          getResourceServerInfo: () => ({
            scope: API_SCOPE,
            audience: API_RESOURCE,
            accessTokenFormat: 'jwt',
            accessTokenTTL: 3600,
            jwt: { sign: { alg: 'RS256' } },
          }),
        },
      },
      ttl: { AccessToken: 3600, IdToken: 3600, Session: 3600, Interaction: 600, Grant: 3600, RefreshToken: 3600 },
    });
    instance.proxy = false;
    return instance;
  };

  // Bind first (to learn the port), then build the provider with its issuer.
  const { createServer } = await import('node:http');
  let handler = (_req, res) => res.writeHead(503).end();
  const server = createServer((req, res) => handler(req, res));
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actualPort = server.address().port;
  issuer = `http://localhost:${actualPort}`;
  handler = provider().callback();

  const metadata = {
    issuer,
    authorization_endpoint: `${issuer}/auth`,
    token_endpoint: `${issuer}/token`,
    jwks_uri: `${issuer}/jwks`,
    end_session_endpoint: `${issuer}/session/end`,
    response_types_supported: ['code'],
  };
  return {
    issuer,
    port: actualPort,
    clientId: CLIENT_ID,
    scope: API_SCOPE,
    /** MSAL only checks that the authority string is https; with this metadata it never fetches it. */
    authority: `https://login.ssp.test/local`,
    knownAuthorities: ['login.ssp.test'],
    authorityMetadata: JSON.stringify(metadata),
    jwks: { keys: [{ kty: jwk.kty, n: jwk.n, e: jwk.e, kid: jwk.kid, alg: 'RS256', use: 'sig' }] },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
