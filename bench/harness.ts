// The bench page's side (bundled by bench/bench.mjs): it sets the page up for one scenario, loads
// that scenario's code when asked, and marks in the trace (User Timing) when a phase starts (the
// person's click or key) and when its result is usable. The stand-ins for the hosted services are
// those a host's own tests use (`ssp-widgets/testing`): the mock checkout server over HTTP, a fake
// Stripe.js and test tokens; none of them runs while a phase of the SDK is measured, except the
// fake Stripe.js frame, which stands where Stripe's would.
import { connectTestCheckout } from '../mocks/testing.js';
import { issueTestToken } from '../mocks/tokens.js';

type Condition = () => boolean;
type Scenario = 'empty' | 'lit' | 'adyen' | 'ssp-delegated' | 'ssp-msal';

const params = new URLSearchParams(location.search);
const scenario = (params.get('scenario') ?? 'empty') as Scenario;

/** The first element matching `selector`, in the page or any open shadow root. */
function deep(selector: string, root: ParentNode = document): HTMLElement | null {
  const found = root.querySelector<HTMLElement>(selector);
  if (found) return found;
  for (const element of root.querySelectorAll('*')) {
    const inner = element.shadowRoot && deep(selector, element.shadowRoot);
    if (inner) return inner;
  }
  return null;
}

/** The first element matching `selector` inside the shadow root of the first `host`. */
function inside(host: string, selector: string): HTMLElement | null {
  const root = deep(host)?.shadowRoot;
  return root ? deep(selector, root) : null;
}

/** Shown, enabled, and (for a button) not waiting: what a person can use. */
function usable(element: HTMLElement | null, text?: string): boolean {
  if (!element?.isConnected || (element as HTMLInputElement).disabled) return false;
  if (element.getAttribute('aria-disabled') === 'true') return false;
  if (text !== undefined && element.textContent?.trim() !== text) return false;
  return element.checkVisibility();
}

function cardField(): HTMLElement | null {
  const frame = document.querySelector<HTMLIFrameElement>('iframe.fake-stripe-frame');
  return frame?.contentDocument?.querySelector<HTMLElement>('input[name=number]') ?? null;
}

const CONDITIONS: Record<string, Condition> = {
  // The empty page: a plain button, and its click (nothing happens: the next frame ends it).
  empty: () => Boolean(window.benchEmptyLoaded),
  clicked: () => true,
  lit: () => usable(inside('bench-lit', 'button')),
  // Drop-in's card form is in the page (its card fields are Adyen-hosted iframes: offline, their
  // content never arrives, so the form stays behind Adyen's loading state).
  adyen: () => Boolean(deep('.adyen-checkout__field--cardNumber')),
  button: () => usable(inside('ssp-buy-button', '[part=button]'), 'Buy Power BI Pro'),
  email: () => Boolean(inside('ssp-buy-button', 'dialog[open]')) && usable(inside('ssp-email-gate', 'input')),
  'sign-in': () => usable(inside('ssp-sign-in', 'button[part=button]')),
  seats: () => usable(inside('ssp-seat-picker', 'input')),
  payment: () => usable(cardField()),
  complete: () => inside('ssp-purchase-complete', '[part=title]')?.textContent?.trim() === 'You’re all set',
};

/** Marks `<phase>:end` in the frame where `condition` first holds (checked once per frame). */
function until(phase: string, condition: Condition): Promise<void> {
  const given = performance.now();
  return new Promise((resolve, reject) => {
    const check = () => {
      if (performance.now() - given > 30_000) return reject(new Error(`${phase}: not usable within 30 s`));
      if (!condition()) return void requestAnimationFrame(check);
      performance.mark(`${phase}:end`);
      resolve();
    };
    requestAnimationFrame(check);
  });
}

/** The phase the next click or key starts, and what ends it. */
let armed: { phase: string; condition: Condition; done: (result: Promise<void>) => void } | undefined;
// The mouse's move onto the target counts: the buy button starts loading the flow on hover.
for (const type of ['pointermove', 'pointerdown', 'keydown']) {
  addEventListener(
    type,
    () => {
      if (!armed) return;
      const { phase, condition, done } = armed;
      armed = undefined;
      performance.mark(`${phase}:start`);
      done(until(phase, condition));
    },
    true,
  );
}
let ended: Promise<void> = Promise.resolve();

const CODE: Record<Scenario, string> = {
  empty: '/peers/empty.js',
  lit: '/peers/lit-floor.js',
  adyen: '/peers/adyen.js',
  'ssp-delegated': '/cdn/ssp-widgets.js',
  'ssp-msal': '/cdn/ssp-widgets.js',
};

const bench = {
  scenario,
  /** Loads the scenario's code (as a host page's script would) and resolves once it rendered. */
  async load(phase: string, condition: string): Promise<void> {
    performance.mark(`${phase}:start`);
    const done = until(phase, CONDITIONS[condition]!);
    await import(/* @vite-ignore */ CODE[scenario]);
    await done;
  },
  /** The next click or key starts `phase`, which ends once `condition` holds (see `ended`). */
  arm(phase: string, condition: string): void {
    ended = new Promise((resolve) => {
      armed = { phase, condition: CONDITIONS[condition]!, done: resolve };
    });
  },
  /** Resolves once the armed phase ended. */
  ended(): Promise<void> {
    return ended;
  },
};

declare global {
  interface Window {
    bench: typeof bench;
    benchReady: boolean;
    benchEmptyLoaded?: boolean;
  }
}

async function setUp(): Promise<void> {
  if (scenario === 'empty') {
    const button = document.createElement('button');
    button.id = 'target';
    button.textContent = 'Nothing';
    document.body.append(button);
    return;
  }
  if (!scenario.startsWith('ssp-')) return;
  const { settings } = connectTestCheckout(params.get('checkout')!);
  const button = document.createElement('ssp-buy-button');
  button.setAttribute('product', 'power-bi-pro');
  button.setAttribute('api-base', settings.apiBase);
  button.setAttribute('stripe-key', settings.stripeKey);
  if (scenario === 'ssp-delegated') {
    // The host's own MSAL signed the person in: the SDK asks it for tokens.
    const token = await issueTestToken('megan@contoso.com');
    Object.assign(button, { getAccessToken: () => Promise.resolve(token) });
  } else {
    // SDK-owned sign-in, as in the README's embed example (the bench never completes a sign-in).
    button.setAttribute('client-id', '00000000-0000-0000-0000-000000000000');
    button.setAttribute('authority', 'https://login.microsoftonline.com/organizations');
    button.setAttribute('redirect-uri', `${location.origin}/auth-redirect.html`);
  }
  document.body.append(button);
}

sessionStorage.clear();
await setUp();
window.bench = bench;
window.benchReady = true;
