// The QA demo. It uses the SDK only through its public entry points, as a host page would; the
// mock checkout service, test sign-in and fake card form come from mocks/ (never shipped).
import { installFakeStripe, type PaymentBackend } from '../mocks/fake-stripe.js';
import { ENDPOINTS, FAULT_KINDS, parseFaults } from '../mocks/faults.js';
import { startMockCheckout } from '../mocks/browser.js';
import { remoteCheckout, type LedgerEntry } from '../mocks/remote.js';
import { TEST_CARDS, TEST_IDENTITIES } from '../mocks/identities.js';
import { TestAuthProvider } from '../mocks/test-auth.js';
import { localSignIn, useLocalSignIn } from '../mocks/local-sign-in.js';
import { issueTestToken } from '../mocks/tokens.js';
import '../src/define.js';
import {
  FLOW_EVENTS,
  LOCALES,
  MANAGER_EVENTS,
  PRODUCT_IDS,
  PRODUCTS,
  type SspBuyButton,
  type SspPurchaseFlow,
  type SspSubscriptionManager,
} from '../src/index.js';
import { ADMIN_EVENTS } from '../src/shared/events.js';
import type { HostSettings } from '../src/shared/settings.js';

interface Settings {
  product: string;
  locale: string;
  theme: string;
  auth: string;
  hostUser: string;
  payment: string;
  stripeKey: string;
  fault: string;
  /** The host's `client-reference-id` (echoed on the purchase's events). */
  reference: string;
  /** Where the mock checkout service runs: an HTTP server on its own origin, or in the page (msw). */
  mock: string;
  /** Which admin element the Admin area shows: `purchases`, `policy` or `requests`. */
  admin: string;
  /**
   * Which of the dev server's checkout servers the page uses (`demo` by default): test pages that
   * run side by side each take their own, so that one's "reset" never wipes another's state.
   */
  scope: string;
}

const DEFAULTS: Settings = {
  product: 'visio-plan-1',
  locale: 'en',
  theme: 'light',
  auth: 'msal',
  hostUser: 'megan@contoso.com',
  payment: 'fake',
  stripeKey: '',
  fault: '',
  reference: '',
  mock: 'server',
  admin: 'purchases',
  scope: 'demo',
};

/** The Admin area's views: one admin element at a time (each signs in with the page's sign-in). */
const ADMIN_VIEWS: Record<string, 'ssp-admin-purchases' | 'ssp-purchase-policy' | 'ssp-license-requests'> = {
  purchases: 'ssp-admin-purchases',
  policy: 'ssp-purchase-policy',
  requests: 'ssp-license-requests',
};

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const form = $<HTMLFormElement>('#settings');

function readUrl(): Settings {
  const params = new URLSearchParams(location.search);
  const settings = { ...DEFAULTS };
  for (const key of Object.keys(DEFAULTS) as Array<keyof Settings>) settings[key] = params.get(key) ?? DEFAULTS[key];
  return settings;
}

function writeUrl(settings: Settings): void {
  const params = new URLSearchParams();
  for (const key of Object.keys(DEFAULTS) as Array<keyof Settings>) {
    if (settings[key] !== DEFAULTS[key]) params.set(key, settings[key]);
  }
  const query = params.toString();
  history.replaceState(null, '', (query ? `?${query}` : location.pathname) + location.hash);
}

/** The Admin area's view in force (it has buttons, not a field of the form). */
let adminView = '';

function readForm(): Settings {
  const data = new FormData(form);
  const settings = Object.fromEntries(
    Object.keys(DEFAULTS).map((key) => [key, String(data.get(key) ?? '')]),
  ) as unknown as Settings;
  return { ...settings, admin: adminView, scope: initial.scope };
}

function fillForm(settings: Settings): void {
  for (const [key, value] of Object.entries(settings)) {
    const field = form.elements.namedItem(key) as HTMLInputElement | HTMLSelectElement | null;
    if (field) field.value = value;
  }
}

function log(event: Event): void {
  const entry = document.createElement('li');
  const time = document.createElement('time');
  time.textContent =
    new Date().toLocaleTimeString('en-GB', { hour12: false }) + `.${String(Date.now() % 1000).padStart(3, '0')}`;
  const name = document.createElement('strong');
  name.textContent = event.type;
  const payload = document.createElement('code');
  const fields = Object.fromEntries(Object.entries(event).filter(([key]) => key !== 'isTrusted'));
  payload.textContent = JSON.stringify(fields);
  entry.append(time, ' ', name, ' ', payload);
  entry.dataset.type = event.type;
  $('#log').prepend(entry);
}

function copyButton(text: string, label: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy';
  button.textContent = label;
  button.setAttribute('aria-label', `Copy ${label}`);
  button.addEventListener('click', () => {
    void navigator.clipboard?.writeText(text).catch(() => undefined);
    button.dataset.copied = 'true';
    setTimeout(() => delete button.dataset.copied, 1200);
  });
  return button;
}

function fillReference(): void {
  for (const identity of TEST_IDENTITIES) {
    const row = $<HTMLTableSectionElement>('#identities').insertRow();
    row.insertCell().append(copyButton(identity.email, identity.email));
    row.insertCell().textContent = identity.outcome;
  }
  for (const card of TEST_CARDS) {
    const row = $<HTMLTableSectionElement>('#cards').insertRow();
    const spaced = card.number.replace(/(\d{4})(?=\d)/g, '$1 ');
    row.insertCell().append(copyButton(card.number, spaced));
    row.insertCell().textContent = card.label;
  }
  const select = form.elements.namedItem('product') as HTMLSelectElement;
  for (const id of PRODUCT_IDS) select.add(new Option(PRODUCTS[id].name, id));
  // Every language the SDK ships, each named in itself (“Polski”, “עברית”), with its tag. Chromium's
  // ICU names a few languages only in English: those are written here.
  const locales = form.elements.namedItem('locale') as HTMLSelectElement;
  const ownNames: Record<string, string> = {
    'en-XA': 'Pseudo-locale (accented, 40% longer)',
    eu: 'Euskara',
    gl: 'Galego',
  };
  for (const tag of LOCALES) {
    const name =
      ownNames[tag] ??
      new Intl.DisplayNames([tag], { type: 'language' }).of(tag)!.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
    const option = new Option(`${name} (${tag})`, tag);
    option.lang = tag;
    locales.add(option);
  }
  $('#fault-help').textContent =
    `Endpoints: ${ENDPOINTS.join(', ')}. Kinds: ${FAULT_KINDS.join(', ')}. Add =value (ms or seconds) and *times.`;
}

/** The mock checkout service as the demo drives it, wherever it runs. */
interface DemoMock {
  baseUrl: string;
  setFaults(faults: string): Promise<string[]>;
  reset(): Promise<void>;
  ledger(): Promise<LedgerEntry[]>;
  payments: PaymentBackend;
}

/** By default the HTTP checkout server on its own origin (as a real host has it); `?mock=page` runs it in the page. */
async function startMock(where: string, scope: string, jwks: unknown): Promise<DemoMock> {
  const remote = where === 'page' ? undefined : await remoteCheckout(scope);
  if (remote) {
    if (jwks) await remote.trustJwks(jwks);
    return remote;
  }
  const { baseUrl, service, faults } = await startMockCheckout();
  return {
    baseUrl,
    setFaults: async (text) => {
      const { faults: plan, rejected } = parseFaults(text);
      faults.clear();
      for (const [endpoint, fault] of plan) faults.set(endpoint, fault);
      return rejected;
    },
    reset: async () => service.reset(),
    ledger: async () => service.ledger(),
    payments: service,
  };
}

/** The service's truth: every purchase, its status and how many times it was charged. */
async function showLedger(): Promise<void> {
  const rows = (await mock.ledger().catch(() => [])).map((entry) => {
    const row = document.createElement('tr');
    for (const value of [
      entry.id,
      entry.status,
      `${entry.quantity} × ${PRODUCTS[entry.productId as keyof typeof PRODUCTS]?.name ?? entry.productId}`,
      String(entry.charges),
      entry.idempotencyKeys.join(' '),
    ]) {
      row.insertCell().textContent = value;
    }
    return row;
  });
  $('#ledger').replaceChildren(...rows);
}

const initial = readUrl();
const auth = new TestAuthProvider();
// The local OpenID Connect provider that `npm start` runs: a real sign-in page (any password).
const oidc = await localSignIn('demo');
const mock = await startMock(initial.mock, initial.scope, oidc?.jwks);
$('#mock-where').textContent = new URL(mock.baseUrl).origin;
// The fake Stripe.js sits under the SDK's real Stripe loader; with a real publishable key the page
// loads without it, and the real Stripe.js is requested from Stripe's CDN.
const fakeStripe = initial.payment === 'real' && initial.stripeKey ? undefined : installFakeStripe(mock.payments);

function apply(settings: Settings): void {
  adminView = settings.admin;
  writeUrl(settings);
  if (
    settings.payment !== initial.payment ||
    settings.stripeKey !== initial.stripeKey ||
    settings.mock !== initial.mock
  ) {
    location.reload(); // the fake Stripe.js and the mock service are set up when the page loads
    return;
  }
  document.documentElement.lang = settings.locale;
  document.body.dataset.theme = settings.theme;
  $('#host-user').textContent = settings.auth === 'delegated' ? settings.hostUser : '';
  void mock.setFaults(settings.fault).then((rejected) => {
    if (rejected.length) log(Object.assign(new Event('demo-fault-ignored'), { rejected }));
  });

  const configure = (
    element: SspBuyButton | SspPurchaseFlow | SspSubscriptionManager | (HTMLElement & HostSettings),
  ) => {
    element.setAttribute('product', settings.product);
    element.setAttribute('api-base', mock.baseUrl);
    element.setAttribute('stripe-key', fakeStripe ? 'pk_test_ssp_widgets_demo' : settings.stripeKey);
    if (settings.reference) element.setAttribute('client-reference-id', settings.reference);
    if (settings.auth === 'delegated') {
      element.getAccessToken = () => issueTestToken(settings.hostUser);
      element.email = settings.hostUser;
    } else if (settings.auth === 'msal' && oidc) {
      useLocalSignIn(element, oidc);
    } else {
      element.authProvider = auth;
    }
  };
  const button = document.createElement('ssp-buy-button');
  configure(button);
  $('#buy-slot').replaceChildren(button);
  const flow = document.createElement('ssp-purchase-flow');
  flow.setAttribute('flow-id', 'inline'); // its own resume state, apart from the dialog's
  configure(flow);
  $('#flow-slot').replaceChildren(flow);
  // Every product the person bought themselves (the QA panel's product is what the flows sell).
  const manager = document.createElement('ssp-subscription-manager');
  configure(manager);
  manager.removeAttribute('product');
  $('#manager-slot').replaceChildren(manager);
  const admin = document.createElement(ADMIN_VIEWS[settings.admin] ?? 'ssp-admin-purchases');
  configure(admin);
  admin.removeAttribute('product');
  $('#admin-slot').replaceChildren(admin);
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-admin]'))
    button.setAttribute('aria-pressed', String(button.dataset.admin === settings.admin));
}

fillReference();
fillForm(initial);
apply(initial);
for (const type of new Set([...FLOW_EVENTS, ...MANAGER_EVENTS, ...ADMIN_EVENTS])) {
  document.addEventListener(type, log);
  document.addEventListener(type, () => void showLedger());
}
// A purchase made in a flow shows in "My purchases" at once.
document.addEventListener(
  'ssp-purchase-complete',
  () => void document.querySelector('ssp-subscription-manager')?.refresh(),
);
if (location.hash === '#my-purchases') $('#my-purchases').scrollIntoView();
if (location.hash === '#admin') $('#admin').scrollIntoView();
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-admin]'))
  button.addEventListener('click', () => apply({ ...readForm(), admin: button.dataset.admin! }));
void showLedger();
$('#refresh-ledger').addEventListener('click', () => void showLedger());

form.addEventListener('submit', (event) => {
  event.preventDefault();
  apply(readForm());
});
$('#reset').addEventListener('click', () => {
  sessionStorage.clear();
  auth.signOut();
  void mock.reset().then(showLedger);
  $('#log').replaceChildren();
  apply(readForm());
});
$('#copy-link').addEventListener(
  'click',
  () => void navigator.clipboard?.writeText(location.href).catch(() => undefined),
);
$('#clear-log').addEventListener('click', () => $('#log').replaceChildren());
