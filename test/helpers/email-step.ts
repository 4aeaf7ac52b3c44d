/**
 * Opens a buy button's purchase dialog with a real click, as a person would, and finds the moment
 * its email field becomes usable (checked in every frame, so the time is that frame's).
 */
import { sendMouse } from '@web/test-runner-commands';
import { localSignIn, useLocalSignIn } from '../../mocks/local-sign-in.js';
import type { SspBuyButton } from '../../src/components/buy-button/buy-button.js';
import { loadElement } from '../../src/elements.js';
import { mockCheckout, resetMockCheckout } from './mock-checkout.js';

/** A buy button with SDK-owned sign-in (the local OpenID provider), as in the README's embed example. */
export async function msalBuyButton(lang = 'en'): Promise<SspBuyButton> {
  const [mock, oidc] = await Promise.all([
    mockCheckout(),
    localSignIn(),
    resetMockCheckout(),
    loadElement('ssp-buy-button'),
  ]);
  sessionStorage.clear();
  const button = document.createElement('ssp-buy-button');
  button.setAttribute('product', 'power-bi-pro');
  button.setAttribute('api-base', mock.baseUrl);
  button.setAttribute('stripe-key', 'pk_test_ssp_widgets');
  button.setAttribute('lang', lang);
  useLocalSignIn(button, oidc!);
  document.body.append(button);
  await button.updateComplete;
  return button;
}

/** The flow's email step inside the buy button's dialog. */
export function emailGate(button: SspBuyButton): HTMLElement | null {
  const flow = button.shadowRoot!.querySelector('dialog[open] ssp-purchase-flow');
  return flow?.shadowRoot?.querySelector<HTMLElement>('ssp-email-gate') ?? null;
}

export function emailField(button: SspBuyButton): HTMLInputElement | null {
  return emailGate(button)?.shadowRoot?.querySelector<HTMLInputElement>('input[type=email]') ?? null;
}

/** Clicks the buy button; resolves with the time (`performance.now()`) of the frame in which the email field is usable. */
export async function clickUntilEmailUsable(button: SspBuyButton, timeout = 10000): Promise<number> {
  const usable = new Promise<number>((resolve, reject) => {
    const started = performance.now();
    const check = (now: number) => {
      const field = emailField(button);
      if (field && !field.disabled && field.checkVisibility()) return resolve(now);
      if (now - started > timeout) return reject(new Error('the email field did not become usable'));
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  const box = button.shadowRoot!.querySelector('[part=button]')!.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
  return usable;
}

/** Types into the email field as the flow's own test helpers do (an input event). */
export function typeEmail(button: SspBuyButton, email: string): void {
  const field = emailField(button)!;
  field.focus();
  field.value = email;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

export function submitEmailStep(button: SspBuyButton): void {
  emailGate(button)!.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
}

export function flowStep(button: SspBuyButton): string | null {
  return button.shadowRoot!.querySelector('ssp-purchase-flow')?.getAttribute('step') ?? null;
}
