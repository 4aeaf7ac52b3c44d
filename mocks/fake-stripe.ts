/**
 * A fake Stripe.js for the demo, the tests and `ssp-widgets/testing` (never in the SDK's bundle). It defines
 * `window.Stripe`, which the real `loadStripe` uses instead of injecting Stripe's script, and
 * implements the subset the SDK calls: `elements()`, `create('payment')`, `mount`/`unmount`/
 * `destroy`/`on('ready'|'change')`, `confirmPayment`, `confirmSetup` (a card update),
 * `handleNextAction` (3-D Secure of a charge of the saved card) and `retrievePaymentIntent`.
 *
 * Like Stripe: the card fields live in an iframe; mounting into a shadow root throws Stripe's
 * error; the test cards (the README lists them) mean what they mean on Stripe; 3-D Secure shows a
 * challenge appended to `document.body` (so it sits under any top-layer dialog, as Stripe's does)
 * that can be completed or failed; the outcome is told to the mock checkout service as Stripe's
 * webhook would.
 */
import { cardOutcome } from './identities.js';
import type { MockCheckoutService } from './service.js';
import type { StoredCard } from './subscriptions.js';

/**
 * Where the fake reports payments, as Stripe's webhook would: the in-page mock service itself, or
 * the HTTP checkout server (mocks/remote.ts).
 */
export interface PaymentBackend {
  paymentIntent(
    clientSecret: string,
  ): ReturnType<MockCheckoutService['paymentIntent']> | Promise<ReturnType<MockCheckoutService['paymentIntent']>>;
  /** `card`: what the card was (the service saves it with the subscription). */
  paymentSucceeded(clientSecret: string, card?: StoredCard): boolean | Promise<boolean>;
  paymentFailed(
    clientSecret: string,
    reason: Parameters<MockCheckoutService['paymentFailed']>[1],
  ): boolean | Promise<boolean>;
  /** A SetupIntent (a card update of the purchaser's limited view). */
  setupIntent(
    clientSecret: string,
  ): ReturnType<MockCheckoutService['setupIntent']> | Promise<ReturnType<MockCheckoutService['setupIntent']>>;
  setupSucceeded(clientSecret: string, card: StoredCard): boolean | Promise<boolean>;
  setupFailed(clientSecret: string): boolean | Promise<boolean>;
}

type Handler = (event: unknown) => void;

export interface FakeStripeLog {
  /** `Stripe(key, options)` calls. */
  constructed: Array<{ key: string; options: unknown }>;
  elementsOptions: Array<Record<string, unknown>>;
  confirmCalls: number;
  mounts: number;
}

const SHADOW_ROOT_ERROR = 'Elements cannot be mounted in a ShadowRoot. Please mount in the Light DOM.';

const FRAME_DOCUMENT = (lang: string) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>
  body { margin: 0; font: 15px system-ui, sans-serif; color: #1b1b1f; }
  label { display: block; margin-block-end: 8px; font-weight: 600; }
  input { display: block; box-sizing: border-box; width: 100%; margin-block-start: 4px; padding: 10px;
    border: 1px solid #8a8886; border-radius: 6px; font: inherit; }
  .row { display: flex; gap: 8px; } .row label { flex: 1; }
</style></head><body>
  <label>Card number <input name="number" autocomplete="cc-number" inputmode="numeric" placeholder="1234 1234 1234 1234"></label>
  <div class="row">
    <label>Expiration <input name="expiry" autocomplete="cc-exp" placeholder="MM / YY"></label>
    <label>Security code <input name="cvc" autocomplete="cc-csc" inputmode="numeric" placeholder="CVC"></label>
  </div>
</body></html>`;

class FakePaymentElement {
  iframe?: HTMLIFrameElement;
  private readonly handlers = new Map<string, Handler[]>();

  constructor(
    private readonly log: FakeStripeLog,
    private readonly locale: string,
  ) {}

  on(event: string, handler: Handler): this {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler]);
    return this;
  }

  private emit(event: string, payload: unknown): void {
    for (const handler of this.handlers.get(event) ?? []) handler(payload);
  }

  mount(target: string | HTMLElement): void {
    const node = typeof target === 'string' ? document.querySelector<HTMLElement>(target) : target;
    if (!node) throw new Error('The selector you specified does not apply to any DOM elements.');
    if (!(node.getRootNode() instanceof Document)) throw new Error(SHADOW_ROOT_ERROR);
    this.log.mounts += 1;
    const iframe = document.createElement('iframe');
    iframe.title = 'Secure payment input frame';
    iframe.name = `__privateStripeFrame${this.log.mounts}`;
    iframe.className = 'fake-stripe-frame';
    iframe.setAttribute('frameborder', '0');
    iframe.width = '100%';
    iframe.height = '150';
    iframe.addEventListener('load', () => {
      const doc = iframe.contentDocument!;
      doc.addEventListener('input', () => this.emit('change', { elementType: 'payment', ...this.state() }));
      // As Stripe's iframe does: Escape inside it never reaches the page, so the element reports it.
      doc.addEventListener('keydown', (event) => event.key === 'Escape' && this.emit('escape', {}));
      this.emit('ready', { elementType: 'payment' });
    });
    iframe.srcdoc = FRAME_DOCUMENT(this.locale || 'en');
    node.replaceChildren(iframe);
    this.iframe = iframe;
  }

  state(): { empty: boolean; complete: boolean } {
    const card = this.card();
    return {
      empty: !card.number && !card.expiry && !card.cvc,
      complete: card.number.length >= 13 && /^\d{2}\s*\/?\s*\d{2}$/.test(card.expiry) && /^\d{3,4}$/.test(card.cvc),
    };
  }

  card(): { number: string; expiry: string; cvc: string } {
    const value = (name: string) =>
      this.iframe?.contentDocument?.querySelector<HTMLInputElement>(`input[name=${name}]`)?.value.trim() ?? '';
    return { number: value('number').replace(/\D/g, ''), expiry: value('expiry'), cvc: value('cvc') };
  }

  /** The card as the processor would save it (number, expiry), when the fields hold one. */
  savedCard(): StoredCard | undefined {
    const card = this.card();
    const expiry = card.expiry.match(/^(\d{2})\s*\/?\s*(\d{2})$/);
    if (!expiry) return undefined;
    return { number: card.number, expMonth: Number(expiry[1]), expYear: 2000 + Number(expiry[2]) };
  }

  unmount(): void {
    this.iframe?.remove();
    this.iframe = undefined;
  }

  destroy(): void {
    this.unmount();
    this.handlers.clear();
  }
}

/** The 3-D Secure challenge: Stripe's test page offers to complete or fail the authentication. */
function challenge(): Promise<boolean> {
  return new Promise((resolve) => {
    const overlay = document.createElement('div');
    overlay.className = 'fake-stripe-3ds';
    overlay.setAttribute('role', 'dialog');
    overlay.setAttribute('aria-label', '3D Secure test payment');
    Object.assign(overlay.style, {
      position: 'fixed',
      inset: '0',
      zIndex: '2147483647',
      display: 'grid',
      placeItems: 'center',
      background: 'rgb(0 0 0 / 50%)',
    });
    const box = document.createElement('div');
    Object.assign(box.style, {
      background: '#fff',
      color: '#1b1b1f',
      padding: '24px',
      borderRadius: '8px',
      font: '15px system-ui',
    });
    const text = document.createElement('p');
    text.textContent = '3D Secure test payment: complete or fail the authentication.';
    const finish = (ok: boolean) => () => {
      overlay.remove();
      resolve(ok);
    };
    const complete = document.createElement('button');
    complete.textContent = 'Complete authentication';
    complete.addEventListener('click', finish(true));
    const fail = document.createElement('button');
    fail.textContent = 'Fail authentication';
    fail.addEventListener('click', finish(false));
    box.append(text, complete, ' ', fail);
    overlay.append(box);
    document.body.append(overlay);
    complete.focus();
  });
}

const STRIPE_ERRORS: Record<string, { code: string; decline_code?: string; message: string }> = {
  card_declined: { code: 'card_declined', decline_code: 'generic_decline', message: 'Your card was declined.' },
  insufficient_funds: {
    code: 'card_declined',
    decline_code: 'insufficient_funds',
    message: 'Your card has insufficient funds.',
  },
  expired_card: { code: 'expired_card', message: 'Your card has expired.' },
  incorrect_cvc: { code: 'incorrect_cvc', message: "Your card's security code is incorrect." },
  processing_error: { code: 'processing_error', message: 'An error occurred while processing your card.' },
};

const log: FakeStripeLog = { constructed: [], elementsOptions: [], confirmCalls: 0, mounts: 0 };

/** What `stripe.elements()` returns, as the fake's confirm methods read it. */
interface FakeElements {
  _clientSecret: string;
  _element: () => FakePaymentElement | undefined;
}

/** A PaymentIntent or a SetupIntent as the fake confirms it, and where it tells the outcome. */
interface IntentKind {
  noun: 'payment_intent' | 'setup_intent';
  read(clientSecret: string): Promise<{ status?: string } | undefined>;
  failed(clientSecret: string, code: CardFailure): unknown;
  succeeded(clientSecret: string, card: StoredCard | undefined): unknown;
}
type CardFailure = Parameters<PaymentBackend['paymentFailed']>[1];

/**
 * Confirms an intent with what was typed, as Stripe.js does: a missing intent, one already
 * succeeded, an incomplete card, the test cards' declines and 3-D Secure, each with Stripe's error.
 */
async function confirmIntent(elements: FakeElements, kind: IntentKind) {
  log.confirmCalls += 1;
  await new Promise((resolve) => setTimeout(resolve, 40));
  const clientSecret = elements._clientSecret;
  const name = kind.noun === 'payment_intent' ? 'PaymentIntent' : 'SetupIntent';
  const intent = await kind.read(clientSecret);
  if (!intent) {
    return { error: { type: 'invalid_request_error', code: 'resource_missing', message: `No such ${kind.noun}.` } };
  }
  if (intent.status === 'succeeded') {
    return {
      error: {
        type: 'invalid_request_error',
        code: `${kind.noun}_unexpected_state`,
        message: `This ${name} has already succeeded.`,
      },
    };
  }
  const element = elements._element();
  const card = element?.card() ?? { number: '', expiry: '', cvc: '' };
  if (card.number.length < 13)
    return {
      error: { type: 'validation_error', code: 'incomplete_number', message: 'Your card number is incomplete.' },
    };
  if (!element?.state().complete)
    return {
      error: {
        type: 'validation_error',
        code: 'incomplete_expiry',
        message: "Your card's expiration date is incomplete.",
      },
    };
  const outcome = cardOutcome(card.number);
  if (outcome.kind === 'declined') {
    await kind.failed(clientSecret, outcome.code);
    return {
      error: { type: 'card_error', ...STRIPE_ERRORS[outcome.code]!, [kind.noun]: await kind.read(clientSecret) },
    };
  }
  if (outcome.kind === 'three-d-secure' && !(await challenge())) {
    await kind.failed(clientSecret, 'authentication_failed');
    return {
      error: {
        type: 'invalid_request_error',
        code: `${kind.noun}_authentication_failure`,
        message: 'We are unable to authenticate your payment method.',
        [kind.noun]: await kind.read(clientSecret),
      },
    };
  }
  // The webhook: the service marks it done (and learns which card it was).
  await kind.succeeded(clientSecret, element.savedCard());
  const result = kind.noun === 'payment_intent' ? 'paymentIntent' : 'setupIntent';
  return { [result]: { ...(await kind.read(clientSecret)), status: 'succeeded' } };
}
let installed: PaymentBackend | undefined;

/**
 * Installs the fake as `window.Stripe` (once per page: Stripe's loader keeps the constructor it
 * first found) and returns what it saw, for assertions; a later call clears the record.
 */
export function installFakeStripe(service: PaymentBackend): FakeStripeLog {
  Object.assign(log, { constructed: [], elementsOptions: [], confirmCalls: 0, mounts: 0 });
  if (installed) {
    if (installed !== service) throw new Error('The fake Stripe.js is already installed for another mock service.');
    return log;
  }
  installed = service;

  function Stripe(key: string, options?: unknown) {
    log.constructed.push({ key, options });
    const paymentIntent = async (clientSecret: string) => {
      const intent = await service.paymentIntent(clientSecret);
      return (
        intent && {
          id: intent.id,
          object: 'payment_intent',
          amount: intent.amount,
          currency: intent.currency.toLowerCase(),
          status: intent.status,
          client_secret: clientSecret,
        }
      );
    };
    const setupIntent = async (clientSecret: string) => {
      const setup = await service.setupIntent(clientSecret);
      // After a failed attempt Stripe asks for a payment method again (the mock keeps it confirmable).
      const status = setup?.status === 'requires_confirmation' ? 'requires_payment_method' : setup?.status;
      return setup && { id: setup.id, object: 'setup_intent', status, client_secret: clientSecret };
    };
    return {
      elements(options: Record<string, unknown>) {
        log.elementsOptions.push(options);
        let element: FakePaymentElement | undefined;
        return {
          create(type: string) {
            if (type !== 'payment')
              throw new Error(`The fake Stripe.js only supports the payment element, not ${type}.`);
            element = new FakePaymentElement(log, String(options.locale ?? 'en'));
            return element;
          },
          getElement: () => element ?? null,
          _clientSecret: String(options.clientSecret ?? ''),
          _element: () => element,
        };
      },
      /** A payment (the purchase's card step): the test cards, 3-D Secure, the outcome told to the service. */
      confirmPayment({ elements }: { elements: FakeElements }) {
        return confirmIntent(elements, {
          noun: 'payment_intent',
          read: paymentIntent,
          failed: (secret, code) => service.paymentFailed(secret, code),
          succeeded: (secret, card) => service.paymentSucceeded(secret, card),
        });
      },
      /**
       * A card update (Payment Element in setup mode): the same checks and test cards as a payment;
       * 3-D Secure shows the same challenge. Success or failure is told to the service.
       */
      confirmSetup({ elements }: { elements: FakeElements }) {
        return confirmIntent(elements, {
          noun: 'setup_intent',
          read: setupIntent,
          failed: (secret) => service.setupFailed(secret),
          succeeded: (secret, card) => card && service.setupSucceeded(secret, card),
        });
      },
      /**
       * The 3-D Secure step of a charge the service made off-session (adding licenses, paying an
       * invoice with the saved card): the challenge, then the outcome told to the service.
       */
      async handleNextAction({ clientSecret }: { clientSecret: string }) {
        const intent = await paymentIntent(clientSecret);
        if (!intent) {
          return {
            error: { type: 'invalid_request_error', code: 'resource_missing', message: 'No such payment_intent.' },
          };
        }
        if (intent.status === 'succeeded') return { paymentIntent: intent };
        if (intent.status !== 'requires_action') {
          return {
            error: {
              type: 'invalid_request_error',
              code: 'payment_intent_unexpected_state',
              message: `This PaymentIntent's status is ${intent.status}; it needs no action.`,
              payment_intent: intent,
            },
          };
        }
        if (!(await challenge())) {
          await service.paymentFailed(clientSecret, 'authentication_failed');
          return {
            error: {
              type: 'invalid_request_error',
              code: 'payment_intent_authentication_failure',
              message: 'We are unable to authenticate your payment method.',
              payment_intent: await paymentIntent(clientSecret),
            },
          };
        }
        await service.paymentSucceeded(clientSecret);
        return { paymentIntent: { ...(await paymentIntent(clientSecret)), status: 'succeeded' } };
      },
      async retrievePaymentIntent(clientSecret: string) {
        const intent = await paymentIntent(clientSecret);
        return intent
          ? { paymentIntent: intent }
          : { error: { type: 'invalid_request_error', code: 'resource_missing' } };
      },
    };
  }
  Stripe.version = 'endive';
  (window as unknown as { Stripe: unknown }).Stripe = Stripe;
  return log;
}
