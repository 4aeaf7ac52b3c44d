import { expect, fixture, html } from '@open-wc/testing';
import { nextEvent } from '../../../test/helpers/events.js';
import { waitUntil } from '../../../test/helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { FakePaymentProvider } from '../../../mocks/fake-payment.js';
import { TestAuthProvider } from '../../../mocks/test-auth.js';
import { chooseSeats, freshWorld, pay, signIn, submitEmail, untilStep } from '../../../test/helpers/flow.js';
import { mockCheckout } from '../../../test/helpers/mock-checkout.js';
import '../../define.js';
import type { SspPurchaseFlow } from '../purchase-flow/purchase-flow.js';
import type { SspBuyButton } from './buy-button.js';
import { stepDown } from './step-down.js';

function button(el: SspBuyButton): HTMLButtonElement {
  return el.shadowRoot!.querySelector('button[part=button]')!;
}

async function configured(product = 'power-bi-pro'): Promise<SspBuyButton> {
  const mock = await mockCheckout();
  return fixture<SspBuyButton>(
    html`<ssp-buy-button
      product=${product}
      api-base=${mock.baseUrl}
      .authProvider=${new TestAuthProvider()}
      .paymentProvider=${new FakePaymentProvider(mock.service)}
    ></ssp-buy-button>`,
  );
}

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('<ssp-buy-button>', () => {
  beforeEach(freshWorld);

  it('offers the named product in English by default', async () => {
    const el = await fixture<SspBuyButton>(html`<ssp-buy-button product="visio-plan-1"></ssp-buy-button>`);
    expect(button(el).textContent!.trim()).to.equal('Buy Visio Plan 1');
    expect(button(el).type).to.equal('button');
    await expect(el).to.be.accessible();
  });

  it('speaks the language of its own lang attribute and follows changes to it', async () => {
    const el = await fixture<SspBuyButton>(html`<ssp-buy-button product="power-bi-pro" lang="sv"></ssp-buy-button>`);
    expect(button(el).textContent!.trim()).to.equal('Köp Power BI Pro');
    el.setAttribute('lang', 'en-GB');
    await waitUntil(() => button(el).textContent!.trim() === 'Buy Power BI Pro', 'label follows lang');
  });

  it('inherits the language of an ancestor', async () => {
    const wrapper = await fixture(
      html`<div lang="sv-SE"><ssp-buy-button product="project-plan-3"></ssp-buy-button></div>`,
    );
    const el = wrapper.querySelector('ssp-buy-button')!;
    expect(button(el).textContent!.trim()).to.equal('Köp Project Plan 3');
  });

  it('lets the host override a message', async () => {
    const el = await fixture<SspBuyButton>(
      html`<ssp-buy-button
        product="visio-plan-2"
        .messages=${{ buyButtonLabel: (p: string) => `Upgrade to ${p}` }}
      ></ssp-buy-button>`,
    );
    expect(button(el).textContent!.trim()).to.equal('Upgrade to Visio Plan 2');
  });

  it('shows a configuration error, not a broken button, for an unknown product', async () => {
    const el = await fixture<SspBuyButton>(html`<ssp-buy-button product="office-xyz"></ssp-buy-button>`);
    expect(el.shadowRoot!.querySelector('button')).to.equal(null);
    const error = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('“office-xyz”');
    await expect(el).to.be.accessible();
  });

  it('tells the host about an unknown product with ssp-error, once per value', async () => {
    const errors: Array<{ code: string; message: string; recoverable: boolean }> = [];
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.addEventListener('ssp-error', ({ code, message, recoverable }) => errors.push({ code, message, recoverable }));
    const el = document.createElement('ssp-buy-button');
    el.setAttribute('product', 'office-xyz');
    host.append(el);
    await waitUntil(() => errors.length === 1);
    expect(errors[0]).to.deep.include({ code: 'config-product', recoverable: false });
    expect(errors[0]!.message).to.contain('“office-xyz”');
    el.setAttribute('lang', 'sv'); // renders again: no second report for the same value
    el.setAttribute('product', 'office-abc');
    await waitUntil(() => errors.length === 2);
    el.setAttribute('product', 'visio-plan-1');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(errors).to.have.length(2);
    expect(el.shadowRoot!.querySelector('button')).to.exist;
  });

  it('is registered once even when the definitions run twice', async () => {
    const before = customElements.get('ssp-buy-button');
    await import('../../define.js?second-copy' as string);
    expect(customElements.get('ssp-buy-button')).to.equal(before);
  });

  it('takes properties the host set before the SDK loaded (an element upgraded later)', async () => {
    const mock = await mockCheckout();
    const el = document.createElement('ssp-late-buy-button') as SspBuyButton;
    el.setAttribute('api-base', mock.baseUrl);
    Object.assign(el, {
      product: 'visio-plan-1',
      authProvider: new TestAuthProvider(),
      paymentProvider: new FakePaymentProvider(mock.service),
    });
    document.body.append(el);
    customElements.define(
      'ssp-late-buy-button',
      class extends (customElements.get('ssp-buy-button') as typeof HTMLElement) {},
    );
    try {
      await el.updateComplete;
      expect(button(el).textContent!.trim()).to.equal('Buy Visio Plan 1');
      button(el).click();
      await waitUntil(() => el.shadowRoot!.querySelector('ssp-purchase-flow'), 'flow');
      const flow = el.shadowRoot!.querySelector<SspPurchaseFlow>('ssp-purchase-flow')!;
      await untilStep(flow, 'email');
      await submitEmail(flow, 'megan@contoso.com');
      await untilStep(flow, 'sign-in');
    } finally {
      el.remove();
    }
  });

  it('reflects its settings properties to the attributes it hands to the flow', async () => {
    const el = await configured();
    Object.assign(el, { knownAuthorities: 'login.example.test', popupTimeout: 5000, stripeDisableFraudSignals: true });
    expect(el.getAttribute('known-authorities')).to.equal('login.example.test');
    expect(el.popupTimeout).to.equal(5000);
    expect(el.hasAttribute('stripe-disable-fraud-signals')).to.equal(true);
    button(el).click();
    await waitUntil(() => el.shadowRoot!.querySelector('ssp-purchase-flow'), 'flow');
    const flow = el.shadowRoot!.querySelector<SspPurchaseFlow>('ssp-purchase-flow')!;
    await flow.updateComplete;
    expect([flow.knownAuthorities, flow.popupTimeout, flow.stripeDisableFraudSignals]).to.deep.equal([
      'login.example.test',
      5000,
      true,
    ]);
    el.popupTimeout = 9000;
    await flow.updateComplete;
    expect(flow.popupTimeout).to.equal(9000);
  });

  it('opens the flow in a modal dialog, with focus inside, and passes the accessibility check', async () => {
    const el = await configured();
    button(el).focus();
    await sendKeys({ press: 'Enter' });
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    await waitUntil(() => dialog.open, 'dialog open');
    // The flow renders a task after the dialog opens (short tasks on a click).
    const flow = () => el.shadowRoot!.querySelector<SspPurchaseFlow>('ssp-purchase-flow');
    await waitUntil(() => flow()?.getAttribute('step') === 'email', 'email step');
    await waitUntil(
      () => dialog.contains(deepActive()) || el.shadowRoot!.activeElement !== button(el),
      'focus moved in',
    );
    expect(el.shadowRoot!.activeElement).to.not.equal(button(el));
    await expect(el).to.be.accessible();
  });

  it('cancels with Escape (ssp-cancel), and returns focus to the button', async () => {
    const el = await configured();
    button(el).click();
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    await waitUntil(() => dialog.open, 'dialog open');
    const cancelled = nextEvent(el, 'ssp-cancel');
    await sendKeys({ press: 'Escape' });
    const event = await cancelled;
    expect(event.step).to.equal('email');
    expect(dialog.open).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(button(el));
  });

  it('leaves a 3-D Secure challenge usable when it opens before the dialog steps back', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <button>Host</button>
        <dialog><button>Pay</button></dialog>
      </div>`,
    );
    const dialog = page.querySelector('dialog')!;
    dialog.showModal();
    // The confirmation begins (what the page holds is noted), and the challenge opens at once.
    const present = new Set(document.body.children);
    const challenge = Object.assign(document.createElement('div'), { className: 'challenge' });
    document.body.append(challenge);
    const stepUp = stepDown(dialog, () => undefined, present)!;
    try {
      expect(dialog.matches(':modal'), 'out of the top layer').to.equal(false);
      expect(challenge.inert, 'the challenge is usable').to.equal(false);
      expect(page.querySelector('button')!.inert || page.inert, 'the host page is not').to.equal(true);
    } finally {
      stepUp();
      challenge.remove();
      dialog.close();
    }
  });

  it('cancels with the close button', async () => {
    const el = await configured();
    button(el).click();
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    await waitUntil(() => dialog.open, 'dialog open');
    const cancelled = nextEvent(el, 'ssp-cancel');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=close-button]')!.click();
    await cancelled;
    expect(dialog.open).to.equal(false);
  });

  it('keeps the payment node in the page’s light DOM, created once', async () => {
    const el = await configured();
    const nodes = el.querySelectorAll(':scope > [slot=payment]');
    expect(nodes).to.have.length(1);
    expect(nodes[0]!.getRootNode()).to.equal(document);
    el.product = 'visio-plan-1';
    await el.updateComplete;
    expect(el.querySelector(':scope > [slot=payment]')).to.equal(nodes[0]);
  });

  it('runs a whole purchase inside the dialog; the events reach the page', async () => {
    const el = await configured('visio-plan-1');
    button(el).click();
    await waitUntil(() => el.shadowRoot!.querySelector('ssp-purchase-flow'), 'flow rendered');
    const flow = el.shadowRoot!.querySelector<SspPurchaseFlow>('ssp-purchase-flow')!;
    const completed = nextEvent(document, 'ssp-purchase-complete');
    await submitEmail(flow, 'megan@contoso.com');
    await signIn(flow);
    await chooseSeats(flow, '2');
    await pay(flow, '4242 4242 4242 4242');
    await untilStep(flow, 'complete');
    const event = await completed;
    expect(event).to.include({ productId: 'visio-plan-1', quantity: 2, amount: 1000, currency: 'USD' });
    const closed = el.shadowRoot!.querySelector('dialog')!;
    let cancelled = false;
    el.addEventListener('ssp-cancel', () => (cancelled = true));
    el.hide();
    expect(closed.open).to.equal(false);
    expect(cancelled, 'closing after completion is not a cancel').to.equal(false);
  });
});
