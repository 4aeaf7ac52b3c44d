// A whole purchase with the keyboard alone (no mouse or click events): Tab, typing, Enter,
// through the buy button's dialog, every step, and the card fields in Stripe's (fake) iframe; also
// with 200 % text and with text spacing, in English and Arabic, every step checked on the way.
// And where focus lands after every error, in the dialog, as a keyboard or screen-reader user meets it.
import { expect } from '@open-wc/testing';
import { TestAuthProvider } from '../mocks/test-auth.js';
import type { AuthAccount, SignInRequest } from '../src/auth/types.js';
import { sendKeys } from '@web/test-runner-commands';
import { installFakeStripe } from '../mocks/fake-stripe.js';
import type { SspPurchaseFlow } from '../src/components/purchase-flow/purchase-flow.js';
import {
  chooseSeats,
  freshWorld,
  inStep,
  signIn,
  stepView,
  stripeField,
  submitEmail,
  untilStep,
} from './helpers/flow.js';
import { describeElement, focused, openBuyButton, press, tabTo, text, within } from './helpers/keyboard.js';
import { applyTextSpacing, layoutProblems, removeTextSpacing, setTextSize } from './helpers/layout.js';
import { mockCheckout } from './helpers/mock-checkout.js';
import { waitUntil } from './helpers/wait.js';

/** Types the card details into the (fake) Stripe iframe, as a person does. */
function typeCard(el: Element, card: string): void {
  for (const [name, value] of [
    ['number', card],
    ['expiry', '12 / 34'],
    ['cvc', '123'],
  ] as const) {
    const field = stripeField(name, el);
    field.value = value;
    field.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }
}

/** Waits for the payment step's error and returns it. */
async function paymentError(flow: SspPurchaseFlow): Promise<Element> {
  await waitUntil(() => stepView(flow)?.shadowRoot?.querySelector('[part=error]'), 'payment error shown', {
    timeout: 10000,
  });
  await untilStep(flow, 'payment');
  return inStep(flow, '[part=error]');
}

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
  afterEach(() => {
    document.removeEventListener('click', countClick, true);
    removeTextSpacing();
    setTextSize(100);
  });

  it('puts focus on the first step’s heading on the first open, also while the locale’s later messages load', async () => {
    // German is loaded nowhere else in this page: its catalog arrives after the dialog opened.
    const { el } = await openBuyButton({ lang: 'de' });
    await waitUntil(
      () => focused()?.classList.contains('title'),
      `focus on the heading (it is on ${describeElement(focused())})`,
    );
    expect(within(focused(), el.shadowRoot!.querySelector('dialog')!)).to.equal(true);
  });

  /**
   * A whole purchase in the dialog; with an adjustment (text spacing, 200 % text) every step is
   * checked on the way: nothing cut off or drawn over, every control reachable and pressable.
   */
  const runs: Array<[string, string, (() => void)?]> = [
    ['', 'en'],
    [' with 200 % text', 'en', () => setTextSize(200)],
    [' with 200 % text', 'ar', () => setTextSize(200)],
    [' with text spacing', 'en', () => applyTextSpacing()],
    [' with text spacing', 'ar', () => applyTextSpacing()],
  ];
  for (const [adjusted, lang, adjust] of runs) {
    it(`buys licenses with Tab, typing and Enter only${adjusted} (${lang}), and gets focus back on the buy button`, async () => {
      adjust?.();
      const { el, flow, buy } = await openBuyButton({ lang });
      const dialog = el.shadowRoot!.querySelector('dialog')!;
      const main = (e: Element) => e === inStep(flow, 'button[part=button]');
      const problems: string[] = [];
      /** The step as the person sees it now (shadow roots rendered since are adjusted too). */
      const check = async () => {
        if (!adjust) return;
        adjust();
        await new Promise(requestAnimationFrame);
        const at = focused();
        problems.push(...layoutProblems(dialog).map((problem) => `${flow.getAttribute('step')}: ${problem}`));
        (at as HTMLElement | null)?.focus(); // the check scrolls; focus stays where the person is
      };
      await waitUntil(() => focused()?.classList.contains('title'), 'focus on the step heading');
      await check();
      await tabTo((e) => e.localName === 'input' && (e as HTMLInputElement).type === 'email', 'the email field');
      await sendKeys({ type: 'megan@contoso.com' });
      await sendKeys({ press: 'Enter' });

      await untilStep(flow, 'sign-in');
      await waitUntil(() => inStep(flow, 'button[part=button]').getAttribute('aria-disabled') === 'false', 'ready');
      await check();
      await tabTo(main, 'the sign-in button');
      await sendKeys({ press: 'Enter' });

      await untilStep(flow, 'seats');
      await check();
      await tabTo((e) => e.id === 'quantity', 'the licenses field');
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ type: '4' });
      await sendKeys({ press: 'Enter' });

      await untilStep(flow, 'payment');
      await waitUntil(
        () => inStep(flow, 'button[part=button]').getAttribute('aria-disabled') === 'false',
        'form ready',
      );
      await check();
      await tabTo((e) => e.getAttribute('name') === 'number', 'the card number');
      await sendKeys({ type: '4242424242424242' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: '12 / 34' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: '123' });
      await tabTo(main, 'the pay button');
      await sendKeys({ press: 'Enter' });

      await untilStep(flow, 'complete', 15000);
      await check();
      if (lang === 'en')
        expect(inStep(flow, '.summary').textContent).to.contain('4 licenses of Power BI Pro for $56.00');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.open, 'dialog closed');
      expect(focused()).to.equal(buy);
      expect(clicks, 'no pointer click was used').to.equal(0);
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });
  }
});

describe('focus after a failed payment, in the buy button’s dialog', function () {
  this.timeout(60000);

  beforeEach(async () => {
    await freshWorld();
    installFakeStripe((await mockCheckout()).service);
  });

  const cases: Array<[string, string, RegExp, (() => Promise<void>)?]> = [
    ['a declined card', '4000 0000 0000 0002', /declined/],
    ['insufficient funds', '4000 0000 0000 9995', /insufficient funds/],
    ['an incomplete card', '4242', /Complete your card details/],
    [
      'a failed 3-D Secure check',
      '4000 0027 6000 3184',
      /bank couldn’t verify/,
      async () => {
        await waitUntil(() => document.querySelector('.fake-stripe-3ds'), 'challenge');
        await press(document.querySelectorAll<HTMLButtonElement>('.fake-stripe-3ds button')[1]!);
      },
    ],
  ];
  for (const [what, card, message, challenge] of cases) {
    it(`is on the error after ${what}, never on the dialog’s Close button`, async () => {
      const { el, flow } = await openBuyButton();
      await submitEmail(flow, 'megan@contoso.com');
      await signIn(flow);
      await chooseSeats(flow, '3');
      await untilStep(flow, 'payment');
      await waitUntil(() => inStep(flow, 'button[part=button]').getAttribute('aria-disabled') === 'false', 'ready');
      typeCard(el, card);
      await press(inStep(flow, 'button[part=button]'));
      await challenge?.();
      const error = await paymentError(flow);
      expect(error.textContent).to.match(message);
      await waitUntil(() => focused() === error, `focus on the error (it is on ${describeElement(focused())})`);
      // Enter now must not close the dialog (and cancel the purchase).
      await sendKeys({ press: 'Enter' });
      expect(el.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
      expect(within(focused(), el)).to.equal(true);
    });
  }
});

describe('3-D Secure in the buy button’s dialog, with the keyboard', function () {
  this.timeout(60000);

  beforeEach(async () => {
    await freshWorld();
    installFakeStripe((await mockCheckout()).service);
  });

  it('keeps Tab within the challenge and the dialog, never in the host page, and focus comes back afterwards', async () => {
    const { el, flow } = await openBuyButton();
    // The host page around the button: focusable things that must stay out of reach meanwhile.
    const before = Object.assign(document.createElement('button'), { textContent: 'Host before' });
    const after = Object.assign(document.createElement('a'), { href: '#host', textContent: 'Host after' });
    el.before(before);
    el.after(after);
    await submitEmail(flow, 'megan@contoso.com');
    await signIn(flow);
    await chooseSeats(flow, '3');
    await untilStep(flow, 'payment');
    await waitUntil(() => inStep(flow, 'button[part=button]').getAttribute('aria-disabled') === 'false', 'ready');
    typeCard(el, '4000 0027 6000 3184');
    await press(inStep(flow, 'button[part=button]'));
    await waitUntil(() => document.querySelector('.fake-stripe-3ds'), 'challenge');
    const challenge = document.querySelector('.fake-stripe-3ds')!;
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    await waitUntil(() => within(focused(), challenge), 'focus in the challenge');

    const visited: string[] = [];
    for (let i = 0; i < 12; i++) {
      await sendKeys({ press: i % 4 === 3 ? 'Shift+Tab' : 'Tab' });
      const at = focused();
      visited.push(describeElement(at));
      // The body: focus passed to the browser's own controls, as it does from a modal dialog's last element.
      const inside = within(at, challenge) || within(at, dialog) || at === document.body;
      expect(inside, `Tab ${i + 1} reached the host page: ${visited.join('\n')}`).to.equal(true);
    }
    expect(visited.filter((v) => !v.startsWith('<body')).length, 'Tab moved').to.be.at.least(8);
    await tabTo(text('Complete authentication'), 'the challenge’s button');
    await sendKeys({ press: 'Enter' });
    await untilStep(flow, 'complete', 15000);
    await waitUntil(() => within(focused(), dialog), `focus back in the dialog (on ${describeElement(focused())})`);
    // Focus may come back into the dialog a moment before it steps back into the top layer.
    await waitUntil(() => !before.inert && !after.inert, 'the host page is usable again');
  });
});

/** Types into the focused field and presses Enter (the form submits, focus stays in the field). */
async function typeAndEnter(field: HTMLElement, value: string): Promise<void> {
  field.focus();
  await sendKeys({ type: value });
  await sendKeys({ press: 'Enter' });
}

/** A field marked invalid, its message tied to it, and focus on it. */
async function expectInvalidField(flow: SspPurchaseFlow, selector: string, message: RegExp): Promise<void> {
  const field = inStep(flow, selector);
  await waitUntil(() => focused() === field, `focus on ${selector} (it is on ${describeElement(focused())})`);
  expect(field.getAttribute('aria-invalid'), 'aria-invalid').to.equal('true');
  const root = field.getRootNode() as ShadowRoot;
  const described = (field.getAttribute('aria-describedby') ?? '').split(/\s+/).map((id) => root.getElementById(id));
  expect(described.map((node) => node?.textContent?.trim()).join(' '), 'aria-describedby').to.match(message);
}

/** Focus stays on the control the person used, and the step shows the message in an alert. */
async function expectMessageWhereThePersonWas(flow: SspPurchaseFlow, control: Element, message: RegExp): Promise<void> {
  await waitUntil(
    () => message.test(stepView(flow)?.shadowRoot?.querySelector('[role=alert]')?.textContent ?? ''),
    'message',
    {
      timeout: 10000,
    },
  );
  expect(focused(), `focus (on ${describeElement(focused())})`).to.equal(control);
}

describe('focus after every error on every step, in the buy button’s dialog', function () {
  this.timeout(60000);

  beforeEach(async () => {
    await freshWorld();
    installFakeStripe((await mockCheckout()).service);
  });

  it('email: a malformed address marks the field invalid and keeps focus in it', async () => {
    const { flow } = await openBuyButton();
    await typeAndEnter(inStep(flow, 'input[type=email]'), 'megan@');
    await expectInvalidField(flow, 'input[type=email]', /name@company\.com/);
  });

  it('email: the checkout service failing keeps focus in the field, with the message announced', async () => {
    (await mockCheckout()).faults.set('tenant', { kind: '500' });
    const { flow } = await openBuyButton();
    const field = inStep(flow, 'input[type=email]');
    await typeAndEnter(field, 'megan@contoso.com');
    await expectMessageWhereThePersonWas(flow, field, /Something went wrong on our side/);
  });

  it('email: back from “use your work email”, focus is on the field, marked invalid, with the message tied to it', async () => {
    const { flow } = await openBuyButton();
    await typeAndEnter(inStep(flow, 'input[type=email]'), 'someone@gmail.com');
    await untilStep(flow, 'ineligible');
    await tabTo(text('Use a different email'), 'Use a different email');
    await sendKeys({ press: 'Enter' });
    await untilStep(flow, 'email');
    expect(inStep<HTMLInputElement>(flow, 'input[type=email]').value).to.equal('someone@gmail.com');
    await expectInvalidField(flow, 'input[type=email]', /Use your work or school email/);
    // A different email clears it and goes on.
    await sendKeys({ press: 'Control+A' });
    await typeAndEnter(inStep(flow, 'input[type=email]'), 'megan@contoso.com');
    await untilStep(flow, 'sign-in');
  });

  it('sign-in: a failed sign-in keeps focus on the sign-in button, with the message announced', async () => {
    const auth = new TestAuthProvider();
    auth.failNext = 'sign-in-failed';
    const { flow } = await openBuyButton({ auth });
    await submitEmail(flow, 'megan@contoso.com');
    await untilStep(flow, 'sign-in');
    const button = inStep(flow, 'button[part=button]');
    await waitUntil(() => button.getAttribute('aria-disabled') === 'false', 'ready');
    await press(button);
    await expectMessageWhereThePersonWas(flow, button, /Sign-in didn’t work/);
  });

  it('seats: an impossible number marks the field invalid and keeps focus in it', async () => {
    const { flow } = await openBuyButton();
    await submitEmail(flow, 'megan@contoso.com');
    await signIn(flow);
    await untilStep(flow, 'seats');
    const field = inStep(flow, '#quantity');
    field.focus();
    await sendKeys({ press: 'Backspace' });
    await typeAndEnter(field, '0');
    await expectInvalidField(flow, '#quantity', /at least 1/);
  });

  it('seats: the checkout service failing keeps focus in the field, with the message announced', async () => {
    const { flow } = await openBuyButton();
    await submitEmail(flow, 'megan@contoso.com');
    await signIn(flow);
    await untilStep(flow, 'seats');
    (await mockCheckout()).faults.set('purchase', { kind: '500' });
    const field = inStep(flow, '#quantity');
    await typeAndEnter(field, '');
    await expectMessageWhereThePersonWas(flow, field, /Something went wrong on our side/);
  });

  it('checking: the offer failing shows the error step, with focus on its heading', async () => {
    (await mockCheckout()).faults.set('offer', { kind: '500' });
    const { flow } = await openBuyButton();
    await submitEmail(flow, 'megan@contoso.com');
    await signIn(flow);
    await untilStep(flow, 'error', 10000);
    const heading = inStep(flow, 'h2');
    await waitUntil(() => focused() === heading, `focus on the heading (it is on ${describeElement(focused())})`);
  });

  it('not eligible: a failed license request keeps focus on its button, with the message announced', async () => {
    (await mockCheckout()).faults.set('license-request', { kind: '500' });
    const { flow } = await openBuyButton({ product: 'project-plan-3' });
    await submitEmail(flow, 'chris@litware.com');
    await signIn(flow);
    await untilStep(flow, 'ineligible');
    const button = inStep(flow, 'form button[type=submit]');
    await press(button);
    await expectMessageWhereThePersonWas(flow, button, /Something went wrong on our side/);
  });
});

/** Sign-in windows that never answer (as if closed) until the test answers one of them. */
class QuietSignIn extends TestAuthProvider {
  readonly windows: Array<() => void> = [];
  override signIn(request: SignInRequest): Promise<AuthAccount> {
    return new Promise((resolve, reject) => this.windows.push(() => void super.signIn(request).then(resolve, reject)));
  }
}

describe('sign-in has no time limit, and can be cancelled or opened again (keyboard)', function () {
  this.timeout(60000);

  beforeEach(async () => {
    await freshWorld();
    installFakeStripe((await mockCheckout()).service);
  });

  it('offers Cancel at once, says politely when the window goes quiet, never ends by itself, and opens it again', async () => {
    const auth = new QuietSignIn();
    const { el, flow } = await openBuyButton({ auth });
    el.setAttribute('popup-timeout', '300');
    await submitEmail(flow, 'megan@contoso.com');
    await untilStep(flow, 'sign-in');
    const button = inStep(flow, 'button[part=button]');
    await waitUntil(() => button.getAttribute('aria-disabled') === 'false', 'ready');
    await press(button);
    expect(auth.windows).to.have.length(1);
    const cancel = () => stepView(flow)?.shadowRoot?.querySelector('button.secondary')?.textContent?.trim();
    await waitUntil(() => cancel() === 'Cancel', 'Cancel offered at once');

    const status = inStep(flow, '[role=status]');
    await waitUntil(() => /open it again/.test(status.textContent ?? ''), 'the quiet sign-in is announced');
    expect(button.textContent!.trim()).to.equal('Open the sign-in window again');
    expect(button.getAttribute('aria-disabled')).to.equal('false');
    // Long after: still waiting, no error, nothing ended.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(flow.getAttribute('step')).to.equal('sign-in');
    expect(stepView(flow)!.shadowRoot!.querySelector('[part=error]'), 'no error').to.equal(null);

    // Cancel: focus on the sign-in button, ready to sign in again; the old window is no longer listened to.
    await tabTo(text('Cancel'), 'Cancel');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => button.textContent!.trim() === 'Sign in', 'not signing in');
    expect(focused(), 'focus on the sign-in button').to.equal(button);
    expect(status.textContent!.trim()).to.equal('');
    auth.windows[0]!();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(flow.getAttribute('step'), 'a cancelled window’s answer is dropped').to.equal('sign-in');

    // Sign in, let it go quiet, open the window again, and sign in there.
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => button.textContent!.trim() === 'Open the sign-in window again', 'quiet again');
    expect(focused()).to.equal(button);
    await sendKeys({ press: 'Enter' });
    expect(auth.windows).to.have.length(3);
    auth.windows[1]!(); // the window given up for the new one
    auth.windows[2]!();
    await untilStep(flow, 'seats');
  });
});
