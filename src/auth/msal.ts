/**
 * SDK-owned sign-in with MSAL (`@azure/msal-browser`). Loaded on demand through ./lazy-msal.ts, so
 * hosts that delegate sign-in never download it. Named imports keep the chunk tree-shaken.
 */
import {
  InteractionRequiredAuthError,
  PublicClientApplication,
  type AccountInfo,
  type Configuration,
} from '@azure/msal-browser';
import { AuthError, type AuthAccount, type AuthProvider, type SignInRequest } from './types.js';

export interface MsalSettings {
  clientId: string;
  /** e.g. `https://login.microsoftonline.com/organizations`. */
  authority?: string;
  redirectUri?: string;
  /** Scopes of the checkout API. */
  scopes: string[];
  knownAuthorities?: string[];
  /** OpenID metadata as a JSON string (skips discovery; used against a local provider in tests). */
  authorityMetadata?: string;
  protocolMode?: 'AAD' | 'OIDC';
}

/**
 * MSAL's `popupBridgeTimeout`: the longest a timer can wait (about 24.8 days), that is none. MSAL
 * v5 cannot see a popup being closed (the sign-in page isolates itself with COOP) and would end a
 * sign-in still going on in it (60 s by default); instead the flow offers to open the window again
 * or to cancel when a sign-in goes quiet (`popup-timeout`).
 */
const NO_TIME_LIMIT = 2 ** 31 - 1;

function toAccount(account: AccountInfo): AuthAccount {
  const claims = (account.idTokenClaims ?? {}) as Record<string, unknown>;
  return {
    tenantId: account.tenantId || String(claims.tid ?? ''),
    userId: account.localAccountId || String(claims.oid ?? ''),
    username: account.username,
    guest: claims.acct === 1,
  };
}

function errorCode(error: unknown): string {
  return String((error as { errorCode?: string })?.errorCode ?? '');
}

const POPUP_BLOCKED = new Set(['popup_window_error', 'empty_window_error', 'block_nested_popups']);

/** Maps MSAL's errors to the flow's sign-in codes (each has a localized message). */
export function toAuthError(error: unknown): AuthError {
  const code = errorCode(error);
  const message = String((error as Error)?.message ?? error);
  if (POPUP_BLOCKED.has(code)) return new AuthError('popup-blocked', message);
  if (code === 'user_cancelled' || code === 'timed_out') return new AuthError('cancelled', message);
  if (code === 'interaction_in_progress') return new AuthError('interaction-in-progress', message);
  return new AuthError('sign-in-failed', message);
}

export class MsalAuthProvider implements AuthProvider {
  private pca?: PublicClientApplication;
  private ready?: Promise<void>;
  private account?: AccountInfo;
  /** Our own popups still waiting for an answer (one whose window was closed waits forever). */
  private waiting = 0;
  /** The token window open now, which requests made meanwhile wait for too. */
  private tokenWindow?: Promise<string>;

  constructor(private readonly settings: MsalSettings) {}

  /** Creates and initializes the client, and handles a redirect return (once, at start). */
  prepare(): Promise<void> {
    this.ready ??= this.initialize();
    return this.ready;
  }

  private async initialize(): Promise<void> {
    const { clientId, authority, redirectUri, knownAuthorities, authorityMetadata, protocolMode } = this.settings;
    const configuration: Configuration = {
      auth: {
        clientId,
        ...(authority ? { authority } : {}),
        ...(redirectUri ? { redirectUri } : {}),
        ...(knownAuthorities?.length ? { knownAuthorities } : {}),
        ...(authorityMetadata ? { authorityMetadata } : {}),
      },
      cache: { cacheLocation: 'sessionStorage' },
      system: {
        ...(protocolMode ? { protocolMode } : {}),
        popupBridgeTimeout: NO_TIME_LIMIT,
      },
    };
    const pca = new PublicClientApplication(configuration);
    await pca.initialize();
    const result = await pca.handleRedirectPromise().catch(() => null);
    if (result?.account) this.use(result.account, pca);
    this.pca = pca;
  }

  private use(account: AccountInfo, pca = this.pca!): AuthAccount {
    this.account = account;
    pca.setActiveAccount(account);
    return toAccount(account);
  }

  /**
   * Opens the sign-in popup at once (call it in the click); a blocked popup falls back to a
   * redirect. A popup of ours still waiting (its window closed, or the person asked for a new one)
   * is given up for the new one; another MSAL's sign-in on the page is not.
   */
  signIn(request: SignInRequest): Promise<AuthAccount> {
    const pca = this.pca;
    if (!pca) return Promise.reject(new AuthError('sign-in-failed', 'Sign-in is not ready yet.'));
    const loginRequest = {
      scopes: this.settings.scopes,
      ...(request.loginHint ? { loginHint: request.loginHint } : {}),
      ...(request.domainHint ? { domainHint: request.domainHint } : {}),
    };
    const replace = this.waiting > 0;
    this.waiting++;
    const popup = pca.loginPopup({ ...loginRequest, overrideInteractionInProgress: replace });
    const done = () => this.waiting--;
    void popup.then(done, done);
    return popup.then(
      (result) => {
        // Signed in as someone else than the email that was checked: its tenant may differ. (A
        // sign-in with no email to check, the subscription manager's, takes whoever signs in.)
        if (request.loginHint && result.account.username.toLowerCase() !== request.loginHint.toLowerCase()) {
          throw new AuthError('account-mismatch', `Signed in as ${result.account.username}.`);
        }
        return this.use(result.account);
      },
      (error: unknown) => {
        if (error instanceof AuthError) throw error;
        const failure = toAuthError(error);
        if (failure.code !== 'popup-blocked') throw failure;
        // The page comes back to the same step: the flow's state is in sessionStorage.
        void pca.loginRedirect({ ...loginRequest, redirectStartPage: location.href });
        throw new AuthError('redirecting', 'The browser blocked the popup; signing in with a redirect.');
      },
    );
  }

  async restore(loginHint?: string): Promise<AuthAccount | undefined> {
    await this.prepare();
    const pca = this.pca!;
    const wanted = loginHint?.toLowerCase();
    const account =
      this.account ??
      pca.getActiveAccount() ??
      pca.getAllAccounts().find((candidate) => candidate.username.toLowerCase() === wanted);
    if (!account || (wanted && account.username.toLowerCase() !== wanted)) return undefined;
    return this.use(account, pca);
  }

  /** Silent first; interactive only when MSAL says interaction is required. */
  async getAccessToken(request: { forceRefresh: boolean }): Promise<string> {
    await this.prepare();
    const pca = this.pca!;
    const account = this.account ?? pca.getActiveAccount();
    if (!account) throw new AuthError('token-failed', 'Nobody is signed in.');
    const tokenRequest = { scopes: this.settings.scopes, account };
    try {
      return (await pca.acquireTokenSilent({ ...tokenRequest, forceRefresh: request.forceRefresh })).accessToken;
    } catch (error) {
      if (!(error instanceof InteractionRequiredAuthError)) throw new AuthError('token-failed', String(error));
      // Requests made together (the manager asks for three things at once) share one window.
      this.tokenWindow ??= this.tokenInteractively(pca, tokenRequest).finally(() => (this.tokenWindow = undefined));
      return this.tokenWindow;
    }
  }

  /** A token through a popup; a sign-in started meanwhile gives it up (see `signIn`). */
  private async tokenInteractively(
    pca: PublicClientApplication,
    tokenRequest: { scopes: string[]; account: AccountInfo },
  ): Promise<string> {
    this.waiting++;
    try {
      return (await pca.acquireTokenPopup({ ...tokenRequest, loginHint: tokenRequest.account.username })).accessToken;
    } catch (popupError) {
      throw toAuthError(popupError);
    } finally {
      this.waiting--;
    }
  }
}
