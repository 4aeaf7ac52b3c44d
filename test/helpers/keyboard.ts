/** What a keyboard user has: the focused element (through shadow roots and frames), Tab and Enter. */
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { TestAuthProvider } from '../../mocks/test-auth.js';
import type { SspBuyButton } from '../../src/components/buy-button/buy-button.js';
import type { SspPurchaseFlow } from '../../src/components/purchase-flow/purchase-flow.js';
import { untilStep } from './flow.js';
import { mockCheckout } from './mock-checkout.js';
import { waitUntil } from './wait.js';

/** The focused element, through shadow roots and same-origin iframes. */
export function focused(): Element | null {
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

/** Whether `node` is `container` or inside it, across shadow roots, slots and same-origin frames. */
export function within(node: Node | null, container: Node): boolean {
  for (let at = node; at;) {
    if (at === container) return true;
    // A shadow root's host, or a frame's element (its document is of another realm: no instanceof).
    const outside = (at as ShadowRoot).host ?? (at as Document).defaultView?.frameElement ?? null;
    at = (at as Element).assignedSlot ?? at.parentNode ?? outside;
  }
  return false;
}

/** A short description of an element, for failure messages. */
export const describeElement = (element: Element | null) => element?.outerHTML.slice(0, 100) ?? 'nothing';

/** Presses Tab until `matches` holds for the focused element (at most 15 presses). */
export async function tabTo(matches: (element: Element) => boolean, what: string): Promise<void> {
  for (let i = 0; i < 15; i++) {
    const current = focused();
    if (current && matches(current)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`could not reach ${what} with Tab (focus is on ${describeElement(focused())})`);
}

/** Focuses a control and presses Enter on it, as a keyboard user does. */
export async function press(control: HTMLElement): Promise<void> {
  control.focus();
  await sendKeys({ press: 'Enter' });
}

export const text = (label: string | RegExp) => (element: Element) =>
  typeof label === 'string' ? element.textContent?.trim() === label : label.test(element.textContent?.trim() ?? '');

/** A buy button (paying through Stripe's loader over the fake Stripe.js), opened: its dialog shows the email step. */
export async function openBuyButton(
  options: { product?: string; lang?: string; auth?: TestAuthProvider } = {},
): Promise<{ el: SspBuyButton; flow: SspPurchaseFlow; buy: HTMLButtonElement }> {
  const mock = await mockCheckout();
  const el = await fixture<SspBuyButton>(
    html`<ssp-buy-button
      lang=${options.lang ?? 'en'}
      product=${options.product ?? 'power-bi-pro'}
      api-base=${mock.baseUrl}
      stripe-key="pk_test_ssp_widgets"
      .authProvider=${options.auth ?? new TestAuthProvider()}
    ></ssp-buy-button>`,
  );
  const buy = el.shadowRoot!.querySelector<HTMLButtonElement>('button[part=button]')!;
  await el.updateComplete;
  await press(buy);
  await waitUntil(() => el.shadowRoot!.querySelector('ssp-purchase-flow'), 'flow');
  const flow = el.shadowRoot!.querySelector<SspPurchaseFlow>('ssp-purchase-flow')!;
  await untilStep(flow, 'email');
  return { el, flow, buy };
}
