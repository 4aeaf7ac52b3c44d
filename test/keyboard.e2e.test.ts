// A whole purchase with the keyboard alone (no mouse or click events): Tab, typing, Enter,
// through the buy button's dialog, every step, and the card fields in Stripe's (fake) iframe.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { installFakeStripe } from '../mocks/fake-stripe.js';
import { TestAuthProvider } from '../mocks/test-auth.js';
import type { SspPurchaseFlow } from '../src/components/purchase-flow/purchase-flow.js';
import { freshWorld, inStep, untilStep } from './helpers/flow.js';
import { mockCheckout } from './helpers/mock-checkout.js';

/** The focused element, through shadow roots and same-origin iframes. */
function focused(): Element | null {
  let active: Element | null = document.activeElement;
  for (;;) {
    if (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    else if (active instanceof HTMLIFrameElement && active.contentDocument?.activeElement) {
      const inner: Element = active.contentDocument.activeElement;
      if (inner === active.contentDocument.body) return active;
      active = inner;
    } else return active;
  }
}

/** Presses Tab until `matches` holds for the focused element (at most 15 presses). */
async function tabTo(matches: (element: Element) => boolean, what: string): Promise<void> {
  for (let i = 0; i < 15; i++) {
    const current = focused();
    if (current && matches(current)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`could not reach ${what} with Tab (focus is on ${focused()?.outerHTML.slice(0, 80)})`);
}

const text = (label: string | RegExp) => (element: Element) =>
  typeof label === 'string' ? element.textContent?.trim() === label : label.test(element.textContent?.trim() ?? '');

describe('keyboard only', function () {
  this.timeout(60000);
  let clicks = 0;
  const countClick = (event: MouseEvent) => {
    if (event.detail > 0) clicks++; // a pointer click; keyboard activation has detail 0
  };

  beforeEach(async () => {
    await freshWorld();
    installFakeStripe((await mockCheckout()).service);
    document.addEventListener('click', countClick, true);
  });
  afterEach(() => document.removeEventListener('click', countClick, true));

  it('buys licenses with Tab, typing and Enter only, and gets focus back on the buy button', async () => {
    const mock = await mockCheckout();
    const el = await fixture<HTMLElement>(
      html`<ssp-buy-button
        product="power-bi-pro"
        api-base=${mock.baseUrl}
        stripe-key="pk_test_ssp_widgets"
        .authProvider=${new TestAuthProvider()}
      ></ssp-buy-button>`,
    );
    const buy = el.shadowRoot!.querySelector<HTMLButtonElement>('button[part=button]')!;
    await waitUntil(() => /Buy Power BI Pro/.test(buy.textContent ?? ''), 'label');
    await tabTo((e) => e === buy, 'the buy button');
    await sendKeys({ press: 'Enter' });

    await waitUntil(() => el.shadowRoot!.querySelector('ssp-purchase-flow'), 'flow');
    const flow = el.shadowRoot!.querySelector<SspPurchaseFlow>('ssp-purchase-flow')!;
    await untilStep(flow, 'email');
    await waitUntil(() => focused()?.classList.contains('title'), 'focus on the step heading');
    await tabTo((e) => e.localName === 'input' && (e as HTMLInputElement).type === 'email', 'the email field');
    await sendKeys({ type: 'megan@contoso.com' });
    await sendKeys({ press: 'Enter' });

    await untilStep(flow, 'sign-in');
    await waitUntil(() => inStep(flow, 'button[part=button]').getAttribute('aria-disabled') === 'false', 'ready');
    await tabTo(text('Sign in'), 'the sign-in button');
    await sendKeys({ press: 'Enter' });

    await untilStep(flow, 'seats');
    await tabTo((e) => e.id === 'quantity', 'the licenses field');
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '4' });
    await sendKeys({ press: 'Enter' });

    await untilStep(flow, 'payment');
    await waitUntil(() => inStep(flow, 'button[part=button]').getAttribute('aria-disabled') === 'false', 'form ready');
    await tabTo((e) => e.getAttribute('name') === 'number', 'the card number');
    await sendKeys({ type: '4242424242424242' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '12 / 34' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '123' });
    await tabTo(text(/^Pay /), 'the pay button');
    await sendKeys({ press: 'Enter' });

    await untilStep(flow, 'complete', 15000);
    expect(inStep(flow, '.summary').textContent).to.contain('4 licenses of Power BI Pro for $56.00');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !el.shadowRoot!.querySelector('dialog')!.open, 'dialog closed');
    expect(focused()).to.equal(buy);
    expect(clicks, 'no pointer click was used').to.equal(0);
  });
});
