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

const MANAGER = '#manager-slot ssp-subscription-manager';

async function managerText(page, scope = MANAGER) {
  return page.locator(scope).evaluate((manager) => (manager.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));
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
    // The locale menu: each option's value and label.
    locales: await page.$$eval('#settings select[name="locale"] option', (options) =>
      options.map((option) => [option.value, option.textContent]),
    ),
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
        // A context of its own: no sign-in (the local sign-in page's session) carries over between tests.
        const context = await session.browser.getPage(session.id).context().browser().newContext();
        const page = await context.newPage();
        await page.setViewportSize({ width: 1280, height: 900 });
        const errors = [];
        page.on('pageerror', (error) => errors.push(String(error)));
        await mkdir(SHOTS, { recursive: true });
        // A checkout server of this test file's own: files run side by side, and each one's "reset"
        // must not wipe another's state.
        const url = new URL(`${origin}/demo/${payload.query ?? ''}`);
        url.searchParams.set('scope', `test-${session.id}`);
        await page.goto(url.href);
        // The buy button's label in the page's language (`buyLabel`: how it starts, for other languages).
        const buyLabel = payload.buyLabel ? new RegExp(`^${payload.buyLabel}`) : /^Buy |^Köp /;
        await page.locator('ssp-buy-button').getByRole('button', { name: buyLabel }).waitFor();
        // The checkout server outlives pages (as a real one does): each test starts from its reset,
        // unless it goes on from what an earlier page did (`keep`).
        if (!payload.keep) await page.getByRole('button', { name: /^Reset/ }).click();
        await page.locator('ssp-buy-button').getByRole('button', { name: buyLabel }).waitFor();
        // Every exchange with the checkout service, for the contract check of the tests.
        const exchanges = [];
        page.on('response', async (response) => {
          const request = response.request();
          if (!/\/v1\//.test(new URL(request.url()).pathname)) return;
          if (request.method() === 'OPTIONS') return;
          let body;
          try {
            body = await response.json();
          } catch {
            body = undefined;
          }
          exchanges.push({
            method: request.method(),
            url: request.url(),
            headers: await request.allHeaders(),
            body: request.postData() ? JSON.parse(request.postData()) : undefined,
            status: response.status(),
            responseHeaders: await response.allHeaders(),
            responseBody: body,
          });
        });
        pages.set(session.id, { page, errors, exchanges });
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
        // "My purchases": the subscription manager signs in with the real MSAL path (the local
        // sign-in page), then lists what the person bought.
        case 'demo-manager-sign-in': {
          const manager = page.locator(MANAGER);
          const popup = signInPopup(page, payload.email);
          await manager.getByRole('button', { name: 'Sign in', exact: true }).click({ timeout: 15000 });
          await popup;
          await manager.getByRole('button', { name: `Manage ${payload.product}` }).waitFor({ timeout: 12000 });
          break;
        }
        // The Admin area: its element signs in with the real MSAL path and shows its first screen.
        case 'demo-admin-sign-in': {
          const admin = page.locator('#admin-slot > *');
          const popup = signInPopup(page, payload.email);
          await admin.getByRole('button', { name: 'Sign in', exact: true }).click({ timeout: 15000 });
          await popup;
          await admin.getByText(payload.until).first().waitFor({ timeout: 15000 });
          return { text: await managerText(page, '#admin-slot > *'), log: await logEntries(page) };
        }
        // The rows of the Admin area's table, cell by cell.
        case 'demo-admin-rows':
          return {
            headers: await page.locator('#admin-slot > *').locator('thead th').allInnerTexts(),
            rows: await page
              .locator('#admin-slot > *')
              .locator('tbody tr')
              .evaluateAll((rows) =>
                rows.map((row) =>
                  [...row.children].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()),
                ),
              ),
          };
        // Another view of the Admin area (the same sign-in: no second one).
        case 'demo-admin-view': {
          await page.locator(`[data-admin="${payload.view}"]`).click();
          const admin = page.locator('#admin-slot > *');
          await admin.getByText(payload.until).first().waitFor({ timeout: 15000 });
          return { text: await managerText(page, '#admin-slot > *') };
        }
        // Chooses an option of a <select> in the Admin area (within the form headed `form`, if given).
        case 'demo-admin-select': {
          const admin = page.locator('#admin-slot > *');
          const within = payload.form
            ? admin.locator('form').filter({ has: page.getByRole('heading', { name: payload.form, exact: true }) })
            : admin;
          await within.getByLabel(payload.label).selectOption(payload.value);
          if (payload.until) await admin.getByText(payload.until).first().waitFor({ timeout: 15000 });
          if (payload.gone) await admin.getByText(payload.gone).first().waitFor({ state: 'detached', timeout: 15000 });
          return { text: await managerText(page, '#admin-slot > *') };
        }
        // The inline flow's email and sign-in (the local sign-in page).
        case 'demo-offer': {
          const inline = page.locator('#flow-slot ssp-purchase-flow');
          await inline.getByLabel('Work or school email').fill(payload.email);
          await inline.getByRole('button', { name: 'Continue' }).click();
          const popup = signInPopup(page, payload.email);
          await inline.getByRole('button', { name: 'Sign in', exact: true }).click({ timeout: 15000 });
          await popup;
          return { text: '' };
        }
        // Waits for a heading (and a button) of the inline flow (a command has 20 s: this is a step of its own).
        case 'demo-flow-heading': {
          const inline = page.locator('#flow-slot ssp-purchase-flow');
          await inline
            .getByRole('heading', { name: payload.heading })
            .waitFor({ timeout: 15000 })
            .catch(async (error) => {
              const step = await inline.getAttribute('step');
              const shown = await inline.evaluate((el) => {
                const view = el.shadowRoot?.querySelector('[data-step-view]');
                return (view?.shadowRoot?.textContent ?? el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
              });
              throw new Error(`${error.message}\nAt step ${step}, showing: ${shown}`);
            });
          if (payload.button) await inline.getByRole('button', { name: payload.button }).waitFor({ timeout: 4000 });
          return { text: await inline.evaluate((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ')) };
        }
        // Picks people found by each search (those picked stay picked) until `count` are picked.
        case 'demo-manager-pick': {
          const manager = page.locator(payload.scope ?? MANAGER);
          const search = manager.getByLabel('Find people in your organization');
          const picked = () => manager.locator('input[type=checkbox]:checked').count();
          for (const text of payload.searches) {
            if ((await picked()) >= payload.count) break;
            const answered = page.waitForResponse((r) => r.url().includes('/directory?'), { timeout: 5000 });
            await search.fill(text);
            await answered;
            await manager.getByText('Searching…').waitFor({ state: 'hidden', timeout: 5000 });
            // The first unpicked one each time (picking one changes which are unpicked).
            const unpicked = manager.locator('.results input[type=checkbox]:not([disabled]):not(:checked)');
            while ((await picked()) < payload.count && (await unpicked.count()) > 0) await unpicked.first().check();
          }
          return { picked: await picked(), text: await managerText(page, payload.scope) };
        }
        // Clicks a button of the manager by its accessible name and waits for a text.
        case 'demo-manager-click': {
          const manager = page.locator(payload.scope ?? MANAGER);
          const watched = payload.watch
            ? page.waitForResponse((r) => r.url().includes(payload.watch), { timeout: 15000 })
            : undefined;
          await manager.getByRole('button', { name: payload.button, exact: !payload.prefix }).first().click();
          const response = watched ? await (await watched).json() : undefined;
          if (payload.challenge) {
            const answer = page.getByRole('button', { name: payload.challenge });
            await answer.click({ timeout: 10000 });
          }
          if (payload.until)
            await manager
              .getByText(payload.until)
              .first()
              .waitFor({ timeout: 15000 })
              .catch(async (error) => {
                throw new Error(`${error.message}\nShowing: ${await managerText(page, payload.scope)}`);
              });
          return { response, text: await managerText(page, payload.scope), log: await logEntries(page) };
        }
        case 'demo-manager-fill': {
          const manager = page.locator(payload.scope ?? MANAGER);
          await manager.getByLabel(payload.label, { exact: true }).fill(payload.value);
          if (payload.until) await manager.getByText(payload.until).first().waitFor({ timeout: 10000 });
          return { text: await managerText(page, payload.scope) };
        }
        // Types a card into the manager's card form (the fake Stripe.js iframe in its light DOM).
        case 'demo-manager-card': {
          const card = page.locator(MANAGER).frameLocator('iframe.fake-stripe-frame');
          await card.getByLabel('Card number').fill(payload.card);
          await card.getByLabel('Expiration').fill('12 / 34');
          await card.getByLabel('Security code').fill('123');
          return { text: await managerText(page, payload.scope) };
        }
        // The buy button's last step: "Assign licenses now", then one license for each of `people`.
        case 'demo-assign-now': {
          await dialog.getByRole('button', { name: 'Assign licenses now' }).click();
          const manager = dialog.locator('ssp-subscription-manager');
          await manager.getByRole('heading', { name: 'Who has a license' }).waitFor({ timeout: 15000 });
          for (const name of payload.people) {
            await manager.getByLabel('Find people in your organization').fill(name);
            await manager.getByRole('checkbox', { name: new RegExp(`^${name} `) }).check({ timeout: 10000 });
          }
          await manager.getByRole('button', { name: `Assign ${payload.people.length} licenses` }).click();
          await manager.getByText(`${payload.people.length} of ${payload.people.length} licenses assigned`).waitFor();
          await page.screenshot({ path: `${SHOTS}/demo-assign-now.png` });
          return {
            text: await manager.evaluate((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ')),
            log: await logEntries(page),
          };
        }
        // Every request to the checkout service and its answer, since the page opened.
        case 'demo-exchanges':
          return { exchanges: open.exchanges };
        case 'demo-close': {
          pages.delete(session.id);
          await page.context().close();
          return true;
        }
        default:
          return undefined;
      }
      return report(page, errors);
    },
  };
}
