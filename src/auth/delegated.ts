import { AuthError, type AuthAccount, type AuthProvider } from './types.js';

/** Reads the account claims of a JWT access token (no verification: the API verifies it). */
export function accountFromToken(token: string): AuthAccount {
  const payload = token.split('.')[1];
  if (!payload) throw new AuthError('token-failed', 'The host returned a token that is not a JWT.');
  const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(json, (c) => c.charCodeAt(0));
  const claims = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
  const username = String(claims.preferred_username ?? claims.upn ?? claims.email ?? '');
  return {
    tenantId: String(claims.tid ?? ''),
    userId: String(claims.oid ?? claims.sub ?? ''),
    username,
    guest: claims.acct === 1,
  };
}

/** The host's token callback: its own MSAL (or other library) already signed the person in. */
export type HostTokenCallback = (scopes: string[], options: { forceRefresh: boolean }) => Promise<string>;

/**
 * Host-delegated sign-in: the SDK never creates a `PublicClientApplication` and never loads MSAL;
 * it asks the host for tokens.
 */
export class DelegatedAuthProvider implements AuthProvider {
  constructor(
    private readonly getToken: HostTokenCallback,
    private readonly scopes: string[],
  ) {}

  prepare(): Promise<void> {
    return Promise.resolve();
  }

  async signIn(): Promise<AuthAccount> {
    try {
      return accountFromToken(await this.getToken(this.scopes, { forceRefresh: false }));
    } catch (error) {
      if (error instanceof AuthError) throw error;
      throw new AuthError('sign-in-failed', String((error as Error)?.message ?? error));
    }
  }

  async restore(): Promise<AuthAccount | undefined> {
    return this.signIn().catch(() => undefined);
  }

  getAccessToken(request: { forceRefresh: boolean }): Promise<string> {
    return this.getToken(this.scopes, request);
  }
}
