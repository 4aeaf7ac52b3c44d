/**
 * MSAL behind a dynamic import: its chunk loads while the email step is shown (`prepare`), so the
 * sign-in button can open the popup synchronously in its click.
 */
import { retryable } from '../shared/lazy.js';
import type { MsalSettings } from './msal.js';
import { AuthError, type AuthAccount, type AuthProvider, type SignInRequest } from './types.js';

export class LazyMsalProvider implements AuthProvider {
  private inner?: AuthProvider;

  constructor(private readonly settings: MsalSettings) {}

  private readonly load = retryable(async () => {
    const { MsalAuthProvider } = await import('./msal.js');
    const provider = new MsalAuthProvider(this.settings);
    await provider.prepare();
    this.inner = provider;
    return provider;
  });

  async prepare(): Promise<void> {
    await this.load();
  }

  signIn(request: SignInRequest): Promise<AuthAccount> {
    // No await before the popup: the button waits for `prepare`, so `inner` is here.
    if (!this.inner) return Promise.reject(new AuthError('sign-in-failed', 'Sign-in is not ready yet.'));
    return this.inner.signIn(request);
  }

  async restore(loginHint?: string): Promise<AuthAccount | undefined> {
    return (await this.load()).restore(loginHint);
  }

  async getAccessToken(request: { forceRefresh: boolean }): Promise<string> {
    return (await this.load()).getAccessToken(request);
  }
}
