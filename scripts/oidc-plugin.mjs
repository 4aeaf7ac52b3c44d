// Web Test Runner plugin: starts the local OpenID Connect provider with the test server and stops
// it with it, tells the browser where it is (GET /__oidc.json), and offers commands that act in
// the sign-in popup or in a page of its own (Playwright), as a person would.
import { startOidcProvider } from './oidc-provider.mjs';

const REDIRECT_PATH = '/test/oidc/redirect.html';
const DEMO_REDIRECT_PATH = '/demo/auth-redirect.html';

/** Fills oidc-provider's development login (any password) and consent pages. */
async function completeLogin(page, login) {
  await page.waitForSelector('input[name=login]', { timeout: 15000 });
  await page.fill('input[name=login]', login);
  await page.fill('input[name=password]', 'any password');
  await page.click('button[type=submit]');
  // Consent is asked once per grant; it may be skipped.
  const consent = await page
    .waitForSelector('button[autofocus], form button[type=submit]', { timeout: 5000 })
    .catch(() => null);
  if (consent && !page.isClosed() && page.url().includes('/interaction/')) await consent.click().catch(() => undefined);
}

export function oidcPlugin() {
  let oidc;
  let origin = '';
  return {
    name: 'oidc-provider',
    async serverStart({ config }) {
      origin = `http://localhost:${config.port}`;
      oidc = await startOidcProvider({ redirectUris: [`${origin}${REDIRECT_PATH}`, `${origin}${DEMO_REDIRECT_PATH}`] });
    },
    async serverStop() {
      await oidc?.close();
    },
    serve(context) {
      if (context.path !== '/__oidc.json' || !oidc) return undefined;
      const { close: _close, ...settings } = oidc;
      const path = context.query?.for === 'demo' ? DEMO_REDIRECT_PATH : REDIRECT_PATH;
      return { body: JSON.stringify({ ...settings, redirectUri: `${origin}${path}` }), type: 'json' };
    },
    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('oidc-')) return undefined;
      const page = session.browser.getPage(session.id);
      const context = page.context();
      // MSAL opens the popup blank, then sends it to the provider.
      const findPopup = async () => {
        const deadline = Date.now() + 15000;
        while (Date.now() < deadline) {
          for (const candidate of context.pages()) {
            if (candidate !== page && (await candidate.opener()) === page) {
              await candidate.waitForURL((url) => url.href.startsWith(oidc.issuer), { timeout: 15000 });
              return candidate;
            }
          }
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        throw new Error('No sign-in popup opened.');
      };

      switch (command) {
        // Forget the provider's sign-in session (cookies), so the next sign-in asks for credentials.
        case 'oidc-reset-session': {
          await context.clearCookies();
          return true;
        }
        // Sign in through the popup MSAL opened.
        case 'oidc-popup-login': {
          const popup = await findPopup();
          await completeLogin(popup, payload.login);
          return true;
        }
        // Close the sign-in popup as a person would.
        case 'oidc-popup-close': {
          const popup = await findPopup();
          await popup.waitForLoadState();
          await popup.close();
          return true;
        }
        // A whole redirect sign-in in a page of its own: the popup is blocked there, so the flow falls
        // back to a full-page redirect and must resume at the right step when the page comes back.
        case 'oidc-redirect-scenario': {
          const other = await context.newPage();
          const logs = [];
          other.on('console', (message) => logs.push(message.text()));
          other.on('pageerror', (error) => logs.push(String(error)));
          try {
            await other.goto(`${origin}/test/oidc/harness.html?${new URLSearchParams(payload.query)}`);
            await other.waitForFunction(
              () => document.querySelector('ssp-purchase-flow')?.getAttribute('step') === 'email',
            );
            await other.getByLabel('Work or school email').fill(payload.login);
            await other.getByRole('button', { name: 'Continue' }).click();
            await other.getByRole('button', { name: 'Sign in' }).click({ timeout: 15000 });
            await completeLogin(other, payload.login).catch((error) => {
              throw new Error(`${error.message}\nat ${other.url()}\npage logs:\n${logs.join('\n')}`);
            });
            await other.waitForFunction(
              () =>
                ['seats', 'ineligible', 'error'].includes(
                  document.querySelector('ssp-purchase-flow')?.getAttribute('step') ?? '',
                ),
              undefined,
              { timeout: 20000 },
            );
            return await other.evaluate(() => ({
              step: document.querySelector('ssp-purchase-flow').getAttribute('step'),
              url: location.href,
              log: window.__events ?? [],
            }));
          } finally {
            await other.close();
          }
        }
        default:
          return undefined;
      }
    },
  };
}
