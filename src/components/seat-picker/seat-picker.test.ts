import { expect, fixture, html } from '@open-wc/testing';
import { nextEvent } from '../../../test/helpers/events.js';
import { offerFixture } from '../../../test/helpers/offers.js';
import { loadAll } from '../../elements.js';
import { loadLocale } from '../../i18n/i18n.js';
import type { SspSeatPicker } from './seat-picker.js';

const $ = <T extends Element = HTMLElement>(el: SspSeatPicker, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
const text = (el: SspSeatPicker, selector: string) => $(el, selector).textContent!.replace(/\s+/g, ' ').trim();

async function setQuantity(el: SspSeatPicker, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, '#quantity');
  input.value = value;
  input.dispatchEvent(new InputEvent('input'));
  await el.updateComplete;
}

describe('<ssp-seat-picker>', () => {
  before(() => Promise.all([loadAll(), loadLocale('sv')]));

  it('fires ssp-seats-submit with the quantity and plan', async () => {
    const el = await fixture<SspSeatPicker>(html`<ssp-seat-picker .offer=${offerFixture()}></ssp-seat-picker>`);
    await setQuantity(el, '3');
    expect(text(el, 'output')).to.equal('$42.00 per month');
    const submitted = nextEvent(el, 'ssp-seats-submit');
    $<HTMLButtonElement>(el, 'button[type=submit]').click();
    const event = await submitted;
    expect([event.quantity, event.planId]).to.deep.equal([3, 'power-bi-pro:monthly']);
    await expect(el).to.be.accessible();
  });

  it('switches to the yearly plan and totals per year', async () => {
    const el = await fixture<SspSeatPicker>(
      html`<ssp-seat-picker .offer=${offerFixture()} .quantity=${2}></ssp-seat-picker>`,
    );
    el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')[1]!.click();
    await el.updateComplete;
    expect(text(el, 'output')).to.equal('$280.00 per year');
  });

  it('steps with the − and + buttons within the limits', async () => {
    const el = await fixture<SspSeatPicker>(
      html`<ssp-seat-picker .offer=${offerFixture({ maxQuantity: 2 })}></ssp-seat-picker>`,
    );
    const [minus, plus] = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.stepper button');
    minus!.click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#quantity').value).to.equal('1');
    plus!.click();
    plus!.click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#quantity').value).to.equal('2');
    expect(minus!.getAttribute('aria-label')).to.equal('One license fewer');
  });

  it('formats yen without decimals and kronor after the number', async () => {
    const yen = offerFixture({
      currency: 'JPY',
      plans: [{ id: 'm', billingPeriod: 'month', unitAmount: { value: 2098, currency: 'JPY' } }],
    });
    const ja = await fixture<SspSeatPicker>(
      html`<ssp-seat-picker lang="en" .offer=${yen} .quantity=${2}></ssp-seat-picker>`,
    );
    expect(text(ja, 'output')).to.equal('¥4,196 per month');
    const sek = offerFixture({
      currency: 'SEK',
      taxBehavior: 'inclusive',
      plans: [{ id: 'm', billingPeriod: 'month', unitAmount: { value: 15600, currency: 'SEK' } }],
    });
    const sv = await fixture<SspSeatPicker>(html`<ssp-seat-picker lang="sv" .offer=${sek}></ssp-seat-picker>`);
    expect(text(sv, 'output').replace(/\u00a0/g, ' ')).to.equal('156,00 kr per månad');
    expect(sv.shadowRoot!.textContent).to.contain('Skatt ingår.');
  });

  it('shows every disclosure before payment, and links the purchase terms', async () => {
    const el = await fixture<SspSeatPicker>(html`<ssp-seat-picker .offer=${offerFixture()}></ssp-seat-picker>`);
    const items = [...el.shadowRoot!.querySelectorAll('.disclosures li')].map((li) => li.textContent);
    expect(items.join(' '))
      .to.match(/not your organization, are billed and responsible for payment under the purchase terms/)
      .and.match(/renews automatically/)
      .and.match(/differ from what your organization pays when it buys centrally or through a partner/)
      .and.match(/IT admin can see/)
      .and.match(/assign centrally bought licenses .* then ask you to cancel it/)
      .and.match(/Your organization owns and controls the data created in Power BI Pro/)
      .and.match(/IP address/)
      .and.not.match(/take it over/);
    const terms = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.disclosures a')];
    expect(terms.map((a) => [a.textContent, a.href, a.target])).to.deep.equal([
      ['Purchase terms', 'https://www.microsoft.com/licensing/terms/', '_blank'],
    ]);
  });

  it('says "Add licenses" when the person already has some', async () => {
    const offer = offerFixture({
      kind: 'add-licenses',
      maxQuantity: 95,
      existingSubscription: { subscriptionId: 's', quantity: 5, billingPeriod: 'month' },
    });
    const el = await fixture<SspSeatPicker>(html`<ssp-seat-picker .offer=${offer}></ssp-seat-picker>`);
    expect(text(el, 'h2')).to.equal('Add licenses');
    expect(el.shadowRoot!.textContent).to.contain('You already have 5 licenses of Power BI Pro.');
  });

  it('fires ssp-trial-start for a card-free trial, with no prices', async () => {
    const offer = offerFixture({
      productName: 'Visio Plan 1',
      kind: 'trial',
      plans: [],
      trialAvailable: true,
      trialDays: 30,
    });
    const el = await fixture<SspSeatPicker>(html`<ssp-seat-picker .offer=${offer}></ssp-seat-picker>`);
    expect(text(el, 'h2')).to.equal('Try Visio Plan 1 for free');
    expect(el.shadowRoot!.querySelector('output')).to.equal(null);
    const started = nextEvent(el, 'ssp-trial-start');
    $<HTMLButtonElement>(el, 'button').click();
    await started;
    await expect(el).to.be.accessible();
  });

  it('explains a bad count inline, ties it to the field and sends nothing', async () => {
    const el = await fixture<SspSeatPicker>(html`<ssp-seat-picker .offer=${offerFixture()}></ssp-seat-picker>`);
    let fired = false;
    el.addEventListener('ssp-seats-submit', () => (fired = true));
    await setQuantity(el, '1e9');
    expect(text(el, 'output')).to.equal('— per month');
    $<HTMLButtonElement>(el, 'button[type=submit]').click();
    await el.updateComplete;
    expect(text(el, '[part=error]')).to.equal('Enter a whole number, like 3.');
    expect($(el, '#quantity').getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#quantity'));
    expect(fired).to.equal(false);
    await expect(el).to.be.accessible();
  });
});
