/** Who signed in, as the checkout flow needs it. */
export interface AuthAccount {
  tenantId: string;
  userId: string;
  username: string;
  /** A guest (B2B) account in the tenant, when the token says so (`acct: 1`). */
  guest?: boolean;
}

export interface SignInRequest {
  /** The email from the email step; empty when any account may sign in (the subscription manager without `email`). */
  loginHint: string;
  /** The tenant's domain, when the tenant lookup found one. */
  domainHint?: string;
}

/** Why a sign-in did not complete; the flow shows a localized message for each. */
export type AuthErrorCode =
  | 'popup-blocked'
  | 'cancelled'
  | 'interaction-in-progress'
  | 'account-mismatch'
  | 'sign-in-failed'
  | 'token-failed'
  | 'redirecting';

export class AuthError extends Error {
  override readonly name = 'AuthError';
  constructor(
    readonly code: AuthErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Sign-in behind one interface: SDK-owned MSAL, a host's own token callback, or a test double.
 * `signIn` must be callable synchronously from a click (popups need the user gesture), so
 * `prepare` loads whatever it needs beforehand and the sign-in button waits for it.
 */
export interface AuthProvider {
  /** Loads the provider's code and state; resolves when `signIn` can run within a click. */
  prepare(): Promise<void>;
  /** Interactive sign-in. Call it synchronously in the click handler. */
  signIn(request: SignInRequest): Promise<AuthAccount>;
  /** A signed-in account found without interaction (redirect return, cached session), if any. */
  restore(loginHint?: string): Promise<AuthAccount | undefined>;
  /** An access token for the checkout API; `forceRefresh` after the service rejected one. */
  getAccessToken(request: { forceRefresh: boolean }): Promise<string>;
}
