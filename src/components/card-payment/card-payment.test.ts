import { expect, fixture, html } from '@open-wc/testing';
import { nextEvent } from '../../../test/helpers/events.js';
import { loadAll } from '../../elements.js';
import type { SspCardPayment } from './card-payment.js';

const payButton = (el: SspCardPayment) => el.shadowRoot!.querySelector<HTMLButtonElement>('button[part=button]')!;
const amount = { value: 4200, currency: 'USD' };

describe('<ssp-card-payment>', () => {
  before(loadAll);

  it('fires ssp-pay once the form is ready, and shows the amount', async () => {
    const el = await fixture<SspCardPayment>(
      html`<ssp-card-payment ready product="power-bi-pro" .quantity=${3} .amount=${amount}></ssp-card-payment>`,
    );
    expect(payButton(el).textContent!.trim()).to.equal('Pay $42.00');
    expect(el.shadowRoot!.textContent).to.contain('3 licenses of Power BI Pro: $42.00');
    const paid = nextEvent(el, 'ssp-pay');
    payButton(el).click();
    await paid;
    await expect(el).to.be.accessible();
  });

  it('ignores Pay before the form is ready and while paying', async () => {
    const el = await fixture<SspCardPayment>(
      html`<ssp-card-payment product="power-bi-pro" .amount=${amount}></ssp-card-payment>`,
    );
    let fired = 0;
    el.addEventListener('ssp-pay', () => fired++);
    payButton(el).click();
    el.ready = true;
    el.busy = true;
    await el.updateComplete;
    payButton(el).click();
    expect(fired).to.equal(0);
    expect(payButton(el).textContent!.trim()).to.equal('Paying…');
  });

  it('lets Pay retry after the form failed to load', async () => {
    const el = await fixture<SspCardPayment>(
      html`<ssp-card-payment
        product="power-bi-pro"
        .amount=${amount}
        error="The secure payment form couldn’t be loaded."
      ></ssp-card-payment>`,
    );
    expect(el.shadowRoot!.textContent, 'no "loading" next to the load error').to.not.contain('Loading the secure');
    const paid = nextEvent(el, 'ssp-pay');
    payButton(el).click();
    await paid;
  });

  it('slots the light-DOM payment node and shows a decline with reassurance', async () => {
    const el = await fixture<SspCardPayment>(
      html`<ssp-card-payment ready product="power-bi-pro" .amount=${amount} error="Your card was declined."
        ><div slot="payment" id="mount">card form</div></ssp-card-payment
      >`,
    );
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name=payment]')!;
    expect(slot.assignedElements()[0]!.id).to.equal('mount');
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent)
      .to.contain('declined')
      .and.contain('not be charged twice');
    await expect(el).to.be.accessible();
  });

  it('fires ssp-navigate back to change the licenses', async () => {
    const el = await fixture<SspCardPayment>(
      html`<ssp-card-payment ready product="power-bi-pro" .amount=${amount}></ssp-card-payment>`,
    );
    const navigated = nextEvent(el, 'ssp-navigate');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.link')!.click();
    expect((await navigated).action).to.equal('back');
  });
});
