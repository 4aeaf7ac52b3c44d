/**
 * The admin elements as an admin uses them: mounted against the mock checkout service, signed in
 * with the test sign-in as one of the test identities, and read through their roles, labels and text.
 */
import { fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { AdminClient } from '../../src/api/admin.js';
import { ADMIN_EVENTS } from '../../src/shared/events.js';
import { tenantForDomain } from '../../mocks/identities.js';
import { TestAuthProvider } from '../../mocks/test-auth.js';
import { issueTestToken } from '../../mocks/tokens.js';
import { mockCheckout } from './mock-checkout.js';
import { waitUntil } from './wait.js';

export const CONTOSO = tenantForDomain('contoso.com')!.id;

export interface AdminHarness<E extends HTMLElement> {
  el: E;
  events: Event[];
  auth: TestAuthProvider;
}

let listeners: Array<[string, (event: Event) => void]> = [];

export async function mountAdmin<E extends HTMLElement>(
  tag: 'ssp-purchase-policy' | 'ssp-license-requests' | 'ssp-admin-purchases',
  options: { email?: string; lang?: string; signedIn?: boolean; width?: string; tenant?: string } = {},
): Promise<AdminHarness<E>> {
  const mock = await mockCheckout();
  const email = options.email ?? 'admin@contoso.com';
  const auth = new TestAuthProvider();
  auth.signOut();
  if (options.signedIn !== false) await auth.signIn({ loginHint: email });
  const events: Event[] = [];
  for (const [type, listener] of listeners) document.removeEventListener(type, listener);
  listeners = ADMIN_EVENTS.map((type) => [type, (event: Event) => events.push(event)]);
  for (const [type, listener] of listeners) document.addEventListener(type, listener);
  const name = unsafeStatic(tag);
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${options.lang ?? 'en'}>
      ${staticHtml`<${name} api-base=${mock.baseUrl} email=${email} tenant=${options.tenant ?? ''} .authProvider=${auth}></${name}>`}
    </div>`,
  );
  if (options.width) wrapper.style.width = options.width;
  return { el: wrapper.querySelector<E>(tag)!, events, auth };
}

/** The admins' client as another admin (a second admin changing things meanwhile). */
export async function adminClient(email = 'billing@contoso.com'): Promise<AdminClient> {
  const mock = await mockCheckout();
  return new AdminClient({ baseUrl: mock.baseUrl, getAccessToken: () => issueTestToken(email), retries: 0 });
}

export const root = (el: HTMLElement) => el.shadowRoot!;
export const textOf = (el: HTMLElement) => root(el).textContent!.replace(/\s+/g, ' ');

/** A button by its accessible name (its `aria-label`, else its text). */
export function button(el: HTMLElement, name: string | RegExp): HTMLButtonElement {
  const found = buttons(el, name)[0];
  if (!found) throw new Error(`no button “${name}” in: ${textOf(el).slice(0, 400)}`);
  return found;
}

export function buttons(el: HTMLElement, name: string | RegExp): HTMLButtonElement[] {
  return [...root(el).querySelectorAll<HTMLButtonElement>('button')].filter((b) => {
    const label = b.getAttribute('aria-label') ?? b.textContent!.trim();
    return typeof name === 'string' ? label === name : name.test(label);
  });
}

/** A field by its label's text. */
export function field<T extends HTMLElement = HTMLInputElement>(el: HTMLElement, label: string, within?: Element): T {
  const scope = within ?? root(el);
  const found = [...scope.querySelectorAll('label')].find((l) => l.textContent!.trim() === label);
  if (!found) throw new Error(`no field “${label}”`);
  return root(el).getElementById(found.htmlFor) as T;
}

export async function untilText(el: HTMLElement, text: string | RegExp, timeout = 8000): Promise<void> {
  await waitUntil(
    () => (typeof text === 'string' ? textOf(el).includes(text) : text.test(textOf(el))),
    `“${text}” (showing: ${textOf(el).slice(0, 300)})`,
    { timeout },
  );
}

export function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

export function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}
