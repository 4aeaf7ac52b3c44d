/**
 * A quick test sign-in for the demo and the tests: no popup, a token for the email typed in the
 * email step, signed with the test key the mock checkout service trusts. Never in the SDK's bundle;
 * hosts get it from `ssp-widgets/testing`.
 */
import {
  AuthError,
  type AuthAccount,
  type AuthErrorCode,
  type AuthProvider,
  type SignInRequest,
} from '../src/auth/types.js';
import { accountFromToken } from '../src/auth/delegated.js';
import { issueTestToken } from './tokens.js';

const SIGNED_IN = 'ssp-test-auth:signed-in';

export class TestAuthProvider implements AuthProvider {
  /** The next sign-in fails with this code (then the fault clears). */
  failNext?: AuthErrorCode;
  /** How long `prepare` takes, to show the sign-in button waiting. */
  prepareMs = 0;
  /** Lifetime of issued tokens, in seconds. */
  tokenLifetime = 3600;
  signInCalls = 0;
  private email = sessionStorage.getItem(SIGNED_IN) ?? '';

  async prepare(): Promise<void> {
    if (this.prepareMs) await new Promise((resolve) => setTimeout(resolve, this.prepareMs));
  }

  async signIn(request: SignInRequest): Promise<AuthAccount> {
    this.signInCalls += 1;
    if (this.failNext) {
      const code = this.failNext;
      this.failNext = undefined;
      throw new AuthError(code, `test sign-in failed: ${code}`);
    }
    this.email = request.loginHint;
    sessionStorage.setItem(SIGNED_IN, this.email);
    return accountFromToken(await issueTestToken(this.email, this.tokenLifetime));
  }

  async restore(loginHint?: string): Promise<AuthAccount | undefined> {
    if (!this.email || (loginHint && loginHint !== this.email)) return undefined;
    return accountFromToken(await issueTestToken(this.email, this.tokenLifetime));
  }

  async getAccessToken(): Promise<string> {
    if (!this.email) throw new AuthError('token-failed', 'Not signed in.');
    return issueTestToken(this.email, this.tokenLifetime);
  }

  signOut(): void {
    this.email = '';
    sessionStorage.removeItem(SIGNED_IN);
  }
}
