// Web Test Runner commands that use the QA demo as a person would, in a page of its own
// (Playwright: real clicks and typing), save a screenshot of each end state under
// test-results/screenshots/, and report what the page showed.
import { mkdir } from 'node:fs/promises';

const SHOTS = 'test-results/screenshots';

async function signInPopup(page, email) {
  const popup = await page.waitForEvent('popup', { timeout: 15000 });
  await popup.waitForSelector('input[name=login]', { timeout: 15000 });
  await popup.fill('input[name=login]', email);
  await popup.fill('input[name=password]', 'any password');
  await popup.click('button[type=submit]');
  await popup.waitForEvent('close', { timeout: 5000 }).catch(async () => {
    if (!popup.isClosed()) await popup.click('button[type=submit]').catch(() => undefined); // consent
  });
}

async function logEntries(page) {
  return page.locator('#log li').evaluateAll((items) => items.map((item) => item.textContent ?? '').reverse());
}

/**
 * A browser command must answer within 20 s (Web Test Runner's limit), so a long scenario is cut
 * into steps that share one page per test session: `demo-open`, then steps, then `demo-close`.
 */
export function demoCommands() {
  let origin = '';
  const pages = new Map();

  const report = async (page, errors) => ({
    url: page.url(),
    log: await logEntries(page),
    panel: await page.$$eval('#settings select, #settings input', (fields) =>
      Object.fromEntries(fields.map((field) => [field.name, field.value])),
    ),
    lang: await page.evaluate(() => document.documentElement.lang),
    // The QA panel's "server truth": one row per purchase (id, status, licenses, charges, keys).
    ledger: await page.$$eval('#ledger tr', (rows) =>
      rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '')),
    ),
    errors,
  });

  return {
    name: 'demo-commands',
    serverStart({ config }) {
      origin = `http://localhost:${config.port}`;
    },
    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('demo-')) return undefined;
      if (command === 'demo-open') {
        const context = session.browser.getPage(session.id).context();
        const page = await context.newPage();
        await page.setViewportSize({ width: 1280, height: 900 });
        const errors = [];
        page.on('pageerror', (error) => errors.push(String(error)));
        await mkdir(SHOTS, { recursive: true });
        await page.goto(`${origin}/demo/${payload.query ?? ''}`);
        await page
          .locator('ssp-buy-button')
          .getByRole('button', { name: /^Buy |^Köp / })
          .waitFor();
        // The checkout server outlives pages (as a real one does): each test starts from its reset.
        await page.getByRole('button', { name: /^Reset/ }).click();
        await page
          .locator('ssp-buy-button')
          .getByRole('button', { name: /^Buy |^Köp / })
          .waitFor();
        pages.set(session.id, { page, errors });
        return report(page, errors);
      }
      const open = pages.get(session.id);
      if (!open) throw new Error('demo-open first');
      const { page, errors } = open;
      const dialog = page.locator('ssp-buy-button');
      switch (command) {
        // Choose the product in the QA panel, open the buy button's dialog, sign in, pick seats.
        case 'demo-to-payment': {
          await page.getByLabel('Product').selectOption(payload.product);
          await page.getByRole('button', { name: 'Apply' }).click();
          await dialog.getByRole('button', { name: /^Buy / }).click();
          await dialog.getByLabel('Work or school email').fill(payload.email);
          await dialog.getByRole('button', { name: 'Continue' }).click();
          const popup = signInPopup(page, payload.email);
          await dialog.getByRole('button', { name: 'Sign in', exact: true }).click({ timeout: 15000 });
          await popup;
          await dialog.getByLabel('Number of licenses').fill(String(payload.seats));
          await dialog.getByRole('button', { name: 'Continue to payment' }).click();
          await dialog.frameLocator('iframe.fake-stripe-frame').getByLabel('Card number').waitFor();
          break;
        }
        // Type a test card into the (fake) Stripe iframe, pay, wait for the confirmation.
        case 'demo-pay': {
          const card = dialog.frameLocator('iframe.fake-stripe-frame');
          await card.getByLabel('Card number').fill(payload.card);
          await card.getByLabel('Expiration').fill('12 / 34');
          await card.getByLabel('Security code').fill('123');
          await dialog.getByRole('button', { name: /^Pay / }).click();
          await dialog.getByRole('heading', { name: 'You’re all set' }).waitFor({ timeout: 15000 });
          await page.locator('#ledger td', { hasText: 'active' }).first().waitFor({ timeout: 5000 });
          await page.screenshot({ path: `${SHOTS}/demo-purchase-complete.png` });
          break;
        }
        // An identity that cannot buy: the notice, in the inline flow.
        case 'demo-ineligible': {
          const inline = page.locator('#flow-slot ssp-purchase-flow');
          await inline.getByLabel('Work or school email').fill(payload.email);
          await inline.getByRole('button', { name: 'Continue' }).click();
          await inline.getByRole('heading', { name: 'You can’t buy this yourself' }).waitFor({ timeout: 15000 });
          await page.screenshot({ path: `${SHOTS}/demo-ineligible.png` });
          break;
        }
        // axe with the WCAG A/AA tags over the whole page (the SDK's elements included), the
        // buy button's dialog open on its email step.
        case 'demo-axe': {
          await dialog.getByRole('button', { name: /^Buy |^Köp / }).click();
          await dialog.getByRole('heading', { level: 2 }).first().waitFor();
          await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
          const violations = await page.evaluate(async (tags) => {
            const result = await window.axe.run(document, {
              runOnly: { type: 'tag', values: tags },
              resultTypes: ['violations'],
            });
            return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
          }, payload.tags);
          await page.screenshot({ path: `${SHOTS}/demo-theme-${payload.theme}.png` });
          return { violations };
        }
        case 'demo-close': {
          pages.delete(session.id);
          await page.close();
          return true;
        }
        default:
          return undefined;
      }
      return report(page, errors);
    },
  };
}
