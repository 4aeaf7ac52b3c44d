// Its own page: the Swedish catalogs must not have been loaded before this test.
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { en } from '../src/i18n/locales/start/en.js';
import { sv } from '../src/i18n/locales/start/sv.js';
import { inStep, mountFlow, stepView } from './helpers/flow.js';
import { mockCheckout } from './helpers/mock-checkout.js';
import { loadAll } from '../src/elements.js';
import { waitUntil } from './helpers/wait.js';

describe('an inline flow whose language’s messages cannot be loaded', () => {
  it('shows its first step in English rather than nothing, and its language once it can load', async function () {
    this.timeout(30000);
    await loadAll();
    const mock = await mockCheckout();
    // The index of the first screen's catalogs does not arrive (a flaky network, a blocked chunk).
    mock.worker.use(http.get(/\/i18n\/locales\/start\/catalogs\.(js|ts)/, () => HttpResponse.error()));
    const { flow } = await mountFlow('power-bi-pro', { lang: 'sv' });
    const title = () =>
      flow.shadowRoot && stepView(flow)?.shadowRoot?.querySelector('[part~=title]')?.textContent?.trim();
    await waitUntil(() => title() === en.emailTitle('Power BI Pro'), 'the email step, in English');
    expect(inStep<HTMLInputElement>(flow, 'input[type=email]').disabled).to.equal(false);

    mock.worker.resetHandlers(); // the network is back: the next update tries again
    flow.setAttribute('lang', 'sv');
    await waitUntil(() => title() === sv.emailTitle('Power BI Pro'), 'the email step, in Swedish', { timeout: 10000 });
  });
});
