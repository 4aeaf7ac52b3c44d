import { expect, fixture, html } from '@open-wc/testing';
import { loadAll } from '../../elements.js';
import { loadLocale } from '../../i18n/i18n.js';
import type { SspPurchaseComplete } from './purchase-complete.js';

describe('<ssp-purchase-complete>', () => {
  before(() => Promise.all([loadAll(), loadLocale('sv')]));

  it('says what was bought, for how much, and where to assign licenses', async () => {
    const el = await fixture<SspPurchaseComplete>(
      html`<ssp-purchase-complete
        product="power-bi-pro"
        .quantity=${3}
        .amount=${4200}
        currency="USD"
        admin-center-url="https://admin.microsoft.com/#/subscriptions"
      ></ssp-purchase-complete>`,
    );
    expect(el.shadowRoot!.querySelector('.summary')!.textContent).to.equal(
      'You bought 3 licenses of Power BI Pro for $42.00.',
    );
    expect(el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part=button]')!.textContent!.trim()).to.equal(
      'Start using Power BI Pro',
    );
    const admin = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a.link')].find((a) =>
      a.textContent!.includes('admin center'),
    )!;
    expect(admin.href).to.equal('https://admin.microsoft.com/#/subscriptions');
    expect(el.shadowRoot!.textContent).to.contain('up to 20 at a time');
    await expect(el).to.be.accessible();
  });

  it('describes a trial with its end date, in Swedish', async () => {
    const el = await fixture<SspPurchaseComplete>(
      html`<ssp-purchase-complete
        lang="sv"
        product="visio-plan-1"
        kind="trial"
        trial-ends-at="2026-12-23T12:00:00Z"
      ></ssp-purchase-complete>`,
    );
    expect(el.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal(
      'Din kostnadsfria utvärderingsversion har startat',
    );
    expect(el.shadowRoot!.querySelector('.summary')!.textContent).to.equal(
      'Du kan prova Visio Plan 1 till och med 23 december 2026.',
    );
  });

  it('says "added" for more licenses on an existing subscription', async () => {
    const el = await fixture<SspPurchaseComplete>(
      html`<ssp-purchase-complete
        product="power-bi-pro"
        kind="add-licenses"
        .quantity=${1}
        .amount=${1400}
        currency="USD"
      ></ssp-purchase-complete>`,
    );
    expect(el.shadowRoot!.querySelector('.summary')!.textContent).to.equal(
      'You added 1 license of Power BI Pro for $14.00.',
    );
  });
});
