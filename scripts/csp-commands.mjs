// Web Test Runner plugin: serves test/csp/ with the strict Content Security Policy of
// test/csp/policy.json as a response header, and drives a purchase there in a page of its own
// (Playwright), as a host's user would. Stripe's CDN is answered locally with a minimal stand-in
// (no network here), so the real loader's request path under Trusted Types is what is tested.
import { readFileSync } from 'node:fs';

const POLICY = JSON.parse(readFileSync(new URL('../test/csp/policy.json', import.meta.url), 'utf8'));
export const CSP_HEADER = Object.entries(POLICY)
  .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
  .join('; ');

const STRIPE_STAND_IN = `window.Stripe = function Stripe() { return {}; }; window.Stripe.version = 'endive';`;

export function cspCommands() {
  let origin = '';
  return {
    name: 'csp-commands',
    serverStart({ config }) {
      origin = `http://localhost:${config.port}`;
    },
    transform(context) {
      if (context.path.startsWith('/test/csp/')) return { headers: { 'Content-Security-Policy': CSP_HEADER } };
      return undefined;
    },
    async executeCommand({ command, session }) {
      if (command !== 'csp-purchase') return undefined;
      const page = await session.browser.getPage(session.id).context().newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));

      await page.route('https://js.stripe.com/**', (route) =>
        route.fulfill({ status: 200, contentType: 'text/javascript', body: STRIPE_STAND_IN }),
      );
      try {
        await page.goto(`${origin}/test/csp/index.html`);
        await page.locator('body[data-ready=true]').waitFor({ timeout: 15000 });
        const dialog = page.locator('ssp-buy-button');
        await dialog.getByRole('button', { name: /^Buy / }).click();
        await dialog.getByLabel('Work or school email').fill('megan@contoso.com');
        await dialog.getByRole('button', { name: 'Continue' }).click();
        await dialog.getByRole('button', { name: 'Sign in', exact: true }).click({ timeout: 15000 });
        await dialog.getByLabel('Number of licenses').fill('2');
        await dialog.getByRole('button', { name: 'Continue to payment' }).click();
        await dialog.getByLabel('Card number').fill('4242424242424242');
        await dialog.getByRole('button', { name: /^Pay / }).click();
        await dialog.getByRole('heading', { name: 'You’re all set' }).waitFor({ timeout: 15000 });
        const stripe = await page.evaluate(() => globalThis.csp.loadStripe());
        const charges = await page.evaluate(() => globalThis.csp.charges());
        const violations = await page.evaluate(() => globalThis.csp.violations);
        return { stripe, charges, violations, errors, policy: CSP_HEADER };
      } finally {
        await page.close();
      }
    },
  };
}
