import { expect, fixture, html } from '@open-wc/testing';
import { CheckoutClient, type Offer } from '../src/api/client.js';
import type { SspSeatPicker } from '../src/components/seat-picker/seat-picker.js';
import { loadAll } from '../src/elements.js';
import { PRODUCT_IDS } from '../src/shared/products.js';
import { contractViolations, resetMockCheckout } from '../test/helpers/mock-checkout.js';
import type { MockCheckout } from './browser.js';
import { minorUnitDigits } from '../src/shared/currency.js';
import { CURRENCIES, MARKETS, plansFor } from './prices.js';
import { issueTestToken } from './tokens.js';

const currencies = () => new Set(Object.values(MARKETS).map((market) => market.currency));

describe('mock checkout service: each market priced in its own currency', () => {
  it('has a monthly and an annual price for every product in every market', () => {
    for (const [country, market] of Object.entries(MARKETS)) {
      for (const productId of PRODUCT_IDS) {
        const [monthly, annual, ...rest] = plansFor(productId, market.currency);
        const where = `${country} ${productId}`;
        expect(rest, where).to.deep.equal([]);
        expect([monthly?.billingPeriod, annual?.billingPeriod], where).to.deep.equal(['month', 'year']);
        expect([monthly?.unitAmount.currency, annual?.unitAmount.currency], where).to.deep.equal([
          market.currency,
          market.currency,
        ]);
        expect(Number.isSafeInteger(monthly!.unitAmount.value) && monthly!.unitAmount.value > 0, where).to.equal(true);
        expect(annual!.unitAmount.value, where).to.equal(monthly!.unitAmount.value * 10);
      }
    }
  });

  it('prices at least 25 currencies, among them the zero-decimal JPY, KRW, VND, CLP and ISK', () => {
    expect(currencies().size).to.be.at.least(25);
    for (const currency of ['JPY', 'KRW', 'VND', 'CLP', 'ISK'] as const) {
      expect(currencies().has(currency), currency).to.equal(true);
      expect(minorUnitDigits(currency), currency).to.equal(0);
    }
  });

  it('counts minor units as ISO 4217 does, whatever a browser shows: fillér, rupiah cents, centavos', () => {
    expect(new Set(CURRENCIES), 'a price list for every market currency, and no other').to.deep.equal(currencies());
    expect(plansFor('power-bi-pro', 'HUF')[0]!.unitAmount.value).to.equal(499000);
    expect(plansFor('power-bi-pro', 'IDR')[0]!.unitAmount.value).to.equal(22500000);
    expect(plansFor('power-bi-pro', 'KRW')[0]!.unitAmount.value).to.equal(20000);
  });

  it('prices TWD in whole dollars (Stripe pays TWD out in whole units)', () => {
    for (const productId of PRODUCT_IDS) {
      expect(plansFor(productId, 'TWD')[0]!.unitAmount.value % 100, productId).to.equal(0);
    }
  });

  it('bills Bulgaria and Croatia in euros', () => {
    expect([MARKETS.BG?.currency, MARKETS.HR?.currency]).to.deep.equal(['EUR', 'EUR']);
  });

  describe('the test identities of the new markets', () => {
    let mock: MockCheckout;
    before(() => loadAll());
    beforeEach(async () => {
      mock = await resetMockCheckout();
    });
    afterEach(() => {
      expect(contractViolations, contractViolations.join('\n')).to.deep.equal([]);
    });

    const client = (email: string) =>
      new CheckoutClient({ baseUrl: mock.baseUrl, getAccessToken: () => issueTestToken(email), retries: 0 });
    const shown = (el: SspSeatPicker, selector: string) =>
      el.shadowRoot!.querySelector(selector)!.textContent!.replace(/\s+/g, ' ').trim();

    const cases: Array<[string, string, string, string, number, string, string]> = [
      ['minjun@contoso.co.kr', 'Contoso Korea', 'KR', 'KRW', 20000, '₩40,000 per month', 'Tax included.'],
      ['zofia@contoso.pl', 'Contoso Polska', 'PL', 'PLN', 5500, 'PLN 110.00 per month', 'Tax included.'],
      ['camila@contoso.cl', 'Contoso Chile', 'CL', 'CLP', 13500, 'CLP 27,000 per month', 'Tax included.'],
      ['sigga@contoso.is', 'Contoso Ísland', 'IS', 'ISK', 1990, 'ISK 3,980 per month', 'Tax included.'],
      ['bence@contoso.hu', 'Contoso Magyarország', 'HU', 'HUF', 499000, 'HUF 9,980 per month', 'Tax included.'],
      ['emma@contoso.ca', 'Contoso Canada', 'CA', 'CAD', 1950, 'CA$39.00 per month', 'Plus applicable tax.'],
    ];
    for (const [email, organization, market, currency, monthly, total, tax] of cases) {
      it(`${email}: ${currency}, two licenses shown as ${total}`, async () => {
        const lookup = await client(email).lookUpTenant(email);
        expect([lookup.result, lookup.tenant?.displayName, lookup.tenant?.country]).to.deep.equal([
          'tenant-found',
          organization,
          market,
        ]);
        const offer: Offer = await client(email).getOffer('power-bi-pro');
        expect([offer.eligible, offer.account.tenantName, offer.market, offer.currency]).to.deep.equal([
          true,
          organization,
          market,
          currency,
        ]);
        expect(offer.plans.find((plan) => plan.billingPeriod === 'month')?.unitAmount).to.deep.equal({
          value: monthly,
          currency,
        });
        const el = await fixture<SspSeatPicker>(
          html`<ssp-seat-picker lang="en" .offer=${offer} .quantity=${2}></ssp-seat-picker>`,
        );
        expect(shown(el, 'output')).to.equal(total);
        expect(el.shadowRoot!.textContent).to.contain(tax);
      });
    }
  });
});
