/**
 * Theming as a host page does it: every `::part` and `--ssp-*` token that the JSDoc headers of
 * `<ssp-purchase-flow>` and `<ssp-buy-button>` document (read from the headers themselves, the
 * source of the Custom Elements Manifest) is set from a page style sheet and measured with
 * `getComputedStyle` on the real element inside the shadow roots. A part or token added to a
 * header without a row here fails.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendMouse } from '@web/test-runner-commands';
import { render, type LitElement } from 'lit';
import { FakePaymentProvider } from '../mocks/fake-payment.js';
import { TestAuthProvider } from '../mocks/test-auth.js';
import type { SspBuyButton } from '../src/components/buy-button/buy-button.js';
import type { SspPurchaseFlow } from '../src/components/purchase-flow/purchase-flow.js';
import { BUY_BUTTON_FLOW_PARTS, FLOW_PARTS, STEP_PARTS, type FlowPart } from '../src/shared/parts.js';
import {
  chooseSeats,
  freshWorld,
  inStep,
  mountFlow,
  pay,
  signIn,
  stepView,
  submitEmail,
  untilStep,
} from './helpers/flow.js';
import { mockCheckout } from './helpers/mock-checkout.js';
import { waitUntil } from './helpers/wait.js';

interface ElementDoc {
  file: string;
  parts: Array<{ name: string; description: string }>;
  props: Array<{ name: string; default: string; description: string }>;
}

const DOCS = await executeServerCommand<Record<string, ElementDoc>, undefined>('element-docs');
const FLOW = 'ssp-purchase-flow';
const BUY = 'ssp-buy-button';
/** The step views the flow shows (each renders its parts in its own shadow root). */
const STEP_TAGS = [
  'ssp-email-gate',
  'ssp-sign-in',
  'ssp-seat-picker',
  'ssp-card-payment',
  'ssp-ineligible-notice',
  'ssp-purchase-complete',
];
const partsOf = (tag: string) => DOCS[tag]!.parts.map((part) => part.name);
const tokensOf = (tag: string) => DOCS[tag]!.props.map((prop) => prop.name);

/** A distinct color for each part of a host, so a rule that reaches the wrong element shows. */
const partColor = (tag: string, part: string) => `rgb(${tag === FLOW ? 1 : 2}, ${partsOf(tag).indexOf(part) + 1}, 9)`;

function pageStyle(text: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = text;
  document.head.append(style);
  return style;
}

/** One part element as a host sees it: the name the host styles, and the outline color it got. */
interface Seen {
  name: string;
  /** The element whose shadow root it is in, and a description for messages. */
  tag: string;
  where: string;
  color: string;
}

/** Every element with a part in `root` (the shadow root of `tag`), by the name a host styles it by. */
function measure(root: ShadowRoot, rename: (part: string) => string, at = ''): Seen[] {
  const tag = (root.host as Element).localName;
  return [...root.querySelectorAll('[part]')].map((element) => ({
    name: rename(element.getAttribute('part')!),
    tag,
    where: `${element.localName}[part=${element.getAttribute('part')}] in ${tag}${at}`,
    color: getComputedStyle(element).outlineColor,
  }));
}

/** The parts in the flow's shadow root and in its step view's. */
function measureFlow(flow: SspPurchaseFlow, rename: (part: string) => string): Seen[] {
  const at = ` at ${flow.getAttribute('step')}`;
  const view = stepView(flow)?.shadowRoot;
  return [...measure(flow.shadowRoot!, rename, at), ...(view ? measure(view, rename, at) : [])];
}

function errorShown(flow: SspPurchaseFlow) {
  return waitUntil(
    () => stepView(flow)?.shadowRoot?.querySelector('[part=error]'),
    `error at ${flow.getAttribute('step')}`,
  );
}

/** The email step with its inline error (an empty email submitted). */
async function emailWithError(flow: SspPurchaseFlow): Promise<void> {
  await untilStep(flow, 'email');
  inStep<HTMLButtonElement>(flow, 'button[type=submit]').click();
  await errorShown(flow);
}

describe('the styling API documented in the JSDoc headers', () => {
  before(freshWorld);

  it('the flow documents its own part and every step part, as the code exports them', () => {
    expect(partsOf(FLOW)).to.have.members([...FLOW_PARTS]);
    for (const tag of STEP_TAGS) expect(STEP_PARTS, tag).to.include.members(partsOf(tag));
  });

  it('the buy button documents every flow part under the name it exports it by', () => {
    expect(partsOf(BUY)).to.include.members(Object.values(BUY_BUTTON_FLOW_PARTS));
  });

  it('each token has one default, the same in every header', () => {
    const defaults = new Map<string, Set<string>>();
    for (const doc of Object.values(DOCS))
      for (const prop of doc.props) defaults.set(prop.name, (defaults.get(prop.name) ?? new Set()).add(prop.default));
    for (const [name, values] of defaults) expect([...values], name).to.have.length(1);
  });

  it('the flow documents every token its style sheets and its steps’ read, and no other', () => {
    const read = new Set(
      [FLOW, ...STEP_TAGS].flatMap((tag) => {
        const element = customElements.get(tag) as unknown as typeof LitElement;
        const text = element.elementStyles.map((style) => ('cssText' in style ? style.cssText : '')).join('\n');
        const own = new Set(text.match(/--ssp-[a-z-]+/g));
        // A step documents the tokens that affect it (all of them read by its sheets).
        if (tag !== FLOW) expect([...own], `${tag} reads`).to.include.members(tokensOf(tag));
        return [...own];
      }),
    );
    expect(tokensOf(FLOW)).to.have.members([...read]);
  });

  it('the buy button documents the flow’s tokens and the ones its own style sheet reads', async () => {
    const el = await fixture<SspBuyButton>(html`<ssp-buy-button product="power-bi-pro"></ssp-buy-button>`);
    const text = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText));
    const read = new Set([...tokensOf(FLOW), ...text.join('\n').match(/--ssp-[a-z-]+/g)!]);
    expect(tokensOf(BUY)).to.have.members([...read]);
  });
});

describe('ssp-purchase-flow::part(…) from the page', () => {
  const seen: Seen[] = [];
  let style: HTMLStyleElement;

  before(async function () {
    this.timeout(20000);
    await freshWorld();
    style = pageStyle(
      partsOf(FLOW)
        .map((part) => `${FLOW}::part(${part}) { outline-color: ${partColor(FLOW, part)} }`)
        .join('\n'),
    );
    const mock = await mockCheckout();
    const record = (flow: SspPurchaseFlow) => seen.push(...measureFlow(flow, (part) => part));

    // Every step of a purchase, each with its inline error, and the flow's own error step.
    const { flow, auth } = await mountFlow('power-bi-pro');
    await emailWithError(flow);
    record(flow);
    auth.failNext = 'popup-blocked';
    await submitEmail(flow, 'megan@contoso.com');
    await signIn(flow);
    await errorShown(flow);
    record(flow);
    mock.faults.set('offer', { kind: 'malformed', times: 1 });
    await signIn(flow);
    await untilStep(flow, 'error');
    record(flow);
    flow.shadowRoot!.querySelector<HTMLButtonElement>('button[part=button]')!.click();
    await chooseSeats(flow, '0');
    await errorShown(flow);
    record(flow);
    await chooseSeats(flow, '3');
    await pay(flow, '4000 0000 0000 0002');
    await errorShown(flow);
    record(flow);
    await pay(flow, '4242 4242 4242 4242');
    await untilStep(flow, 'complete');
    record(flow);

    // The ineligible notice, with its license request and that request's error.
    const litware = await mountFlow('project-plan-3');
    await submitEmail(litware.flow, 'chris@litware.com');
    await signIn(litware.flow);
    await untilStep(litware.flow, 'ineligible');
    mock.faults.set('license-request', { kind: 'malformed', times: 1 });
    inStep<HTMLButtonElement>(litware.flow, 'form button[type=submit]').click();
    await errorShown(litware.flow);
    record(litware.flow);
  });

  after(() => style.remove());

  it('finds only parts that the header of the element they are in documents', () => {
    for (const { name, tag, where } of seen) expect(partsOf(tag), where).to.include(name);
  });

  for (const part of partsOf(FLOW)) {
    const steps = STEP_TAGS.filter((tag) => partsOf(tag).includes(part));
    it(`::part(${part}) restyles it${steps.length ? ` in ${steps.join(', ')}` : ''}`, () => {
      const styled = seen.filter((s) => s.name === part);
      expect(styled, 'measured').to.not.be.empty;
      for (const { where, color } of styled) expect(color, where).to.equal(partColor(FLOW, part));
      expect(
        styled.map((s) => s.tag),
        'step views measured',
      ).to.include.members(steps);
    });
  }
});

describe('ssp-buy-button::part(…) from the page', () => {
  const seen: Seen[] = [];
  let style: HTMLStyleElement;

  before(async function () {
    this.timeout(10000);
    await freshWorld();
    // The buy button's own parts come last: a flow part exported under one of their names would take their color.
    const own = partsOf(BUY).filter((part) => !Object.values(BUY_BUTTON_FLOW_PARTS).includes(part));
    const order = [...partsOf(BUY).filter((part) => !own.includes(part)), ...own];
    style = pageStyle(
      order.map((part) => `${BUY}::part(${part}) { outline-color: ${partColor(BUY, part)} }`).join('\n'),
    );
    const mock = await mockCheckout();
    const el = await fixture<SspBuyButton>(
      html`<ssp-buy-button
        product="power-bi-pro"
        api-base=${mock.baseUrl}
        .authProvider=${new TestAuthProvider()}
        .paymentProvider=${new FakePaymentProvider(mock.service)}
      ></ssp-buy-button>`,
    );
    await el.show();
    const flow = el.shadowRoot!.querySelector(FLOW)!;
    await emailWithError(flow);
    seen.push(...measureFlow(flow, (part) => BUY_BUTTON_FLOW_PARTS[part as FlowPart]));
    seen.push(...measure(el.shadowRoot!, (part) => part));
    el.hide();
    // The error shown instead of the button for an unknown product.
    const unknown = await fixture<SspBuyButton>(html`<ssp-buy-button product="office-xyz"></ssp-buy-button>`);
    seen.push(...measure(unknown.shadowRoot!, (part) => part, ' (unknown product)'));
  });

  after(() => style.remove());

  for (const part of partsOf(BUY)) {
    it(`::part(${part}) restyles it`, () => {
      const styled = seen.filter((s) => s.name === part);
      expect(styled, 'measured').to.not.be.empty;
      for (const { where, color } of styled) expect(color, where).to.equal(partColor(BUY, part));
    });
  }
});

/** Where a token is measured: the host it is set on, its flow, and the buy button's shadow root. */
interface Stage {
  host: HTMLElement;
  flow: SspPurchaseFlow;
  own: ParentNode | undefined;
  step: (typeof STAGE_STEPS)[number];
}
/** The steps a stage goes through, in order. */
const STAGE_STEPS = ['email', 'email-error', 'sign-in'] as const;

/** Moves a stage on to `step` (never back: the tests of later steps run last). */
async function reach(stage: Stage, step: Stage['step']): Promise<void> {
  const { flow } = stage;
  if (STAGE_STEPS.indexOf(step) < STAGE_STEPS.indexOf(stage.step)) throw new Error(`${stage.step} is past ${step}`);
  if (stage.step === 'email' && step !== 'email') await emailWithError(flow);
  if (step === 'sign-in' && stage.step !== 'sign-in') {
    await submitEmail(flow, 'megan@contoso.com');
    await untilStep(flow, 'sign-in');
  }
  stage.step = step;
}
const view = (s: Stage, selector: string) => [inStep(s.flow, selector)];
const own = (s: Stage, selector: string) => [...(s.own?.querySelectorAll(selector) ?? [])];

interface TokenCase {
  /** The step the measured elements are in (`email-error`: the email step showing its inline error). */
  step: Stage['step'];
  property: string;
  /** Set on the host, and the computed value expected (each differs from every default). */
  value: string;
  targets: (s: Stage) => Element[];
  /** Measured under the pointer, or with focus. */
  state?: 'hover' | 'focus';
}

const TOKEN_CASES: Record<string, TokenCase> = {
  '--ssp-color-accent': {
    step: 'email',
    property: 'background-color',
    value: 'rgb(1, 2, 3)',
    targets: (s) => [...view(s, '[part=button]'), ...own(s, '[part=button]')],
  },
  '--ssp-color-accent-hover': {
    step: 'email',
    property: 'background-color',
    value: 'rgb(4, 5, 6)',
    targets: (s) => view(s, '[part=button]'),
    state: 'hover',
  },
  '--ssp-color-on-accent': {
    step: 'email',
    property: 'color',
    value: 'rgb(7, 8, 9)',
    targets: (s) => [...view(s, '[part=button]'), ...own(s, '[part=button]')],
  },
  '--ssp-color-text': {
    step: 'email',
    property: 'color',
    value: 'rgb(10, 11, 12)',
    targets: (s) => [...view(s, '[part=title]'), ...own(s, 'dialog')],
  },
  '--ssp-color-muted': { step: 'email', property: 'color', value: 'rgb(13, 14, 15)', targets: (s) => view(s, '.hint') },
  '--ssp-color-surface': {
    step: 'email',
    property: 'background-color',
    value: 'rgb(16, 17, 18)',
    targets: (s) => [...view(s, '[part=input]'), ...own(s, 'dialog')],
  },
  '--ssp-color-border': {
    step: 'email',
    property: 'border-top-color',
    value: 'rgb(19, 20, 21)',
    targets: (s) => view(s, '[part=input]'),
  },
  '--ssp-color-danger': {
    property: 'color',
    value: 'rgb(22, 23, 24)',
    targets: (s) => view(s, '[part=error]'),
    step: 'email-error',
  },
  '--ssp-color-focus': {
    step: 'email',
    property: 'outline-color',
    value: 'rgb(25, 26, 27)',
    targets: (s) => view(s, '[part=input]'),
    state: 'focus',
  },
  '--ssp-font-family': {
    step: 'email',
    property: 'font-family',
    value: 'monospace',
    targets: (s) => [...view(s, '[part=title]'), ...view(s, '[part=input]'), ...own(s, '[part=button]')],
  },
  '--ssp-font-size': { step: 'email', property: 'font-size', value: '21px', targets: (s) => view(s, 'p') },
  '--ssp-title-size': { step: 'email', property: 'font-size', value: '31px', targets: (s) => view(s, '[part=title]') },
  '--ssp-radius': {
    step: 'email',
    property: 'border-top-left-radius',
    value: '7px',
    targets: (s) => [...view(s, '[part=input]'), ...view(s, '[part=button]'), ...own(s, '[part=button]')],
  },
  '--ssp-flow-max-width': { step: 'email', property: 'max-width', value: '333px', targets: (s) => [s.flow] },
  '--ssp-radius-dialog': {
    step: 'email',
    property: 'border-top-left-radius',
    value: '9px',
    targets: (s) => own(s, 'dialog'),
  },
  '--ssp-color-link': {
    step: 'sign-in',
    property: 'color',
    value: 'rgb(28, 29, 30)',
    targets: (s) => view(s, '.link'),
  },
};

async function enterState(element: Element, state: TokenCase['state']): Promise<() => Promise<void>> {
  if (state === 'focus') {
    (element as HTMLElement).focus();
    return async () => (element as HTMLElement).blur();
  }
  if (state === 'hover') {
    const box = element.getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
    return () => sendMouse({ type: 'move', position: [0, 0] });
  }
  return async () => undefined;
}

/** Sets `token` on the host from a page style sheet, reads `property` of each target, and removes it. */
function withToken(stage: Stage, token: string, value: string | undefined, targets: Element[], property: string) {
  const style = value === undefined ? undefined : pageStyle(`[data-theming] { ${token}: ${value} }`);
  stage.host.setAttribute('data-theming', '');
  const values = targets.map((target) => getComputedStyle(target).getPropertyValue(property));
  style?.remove();
  stage.host.removeAttribute('data-theming');
  return values;
}

function tokenTests(tag: string, mount: () => Promise<Stage>) {
  let stage: Stage;
  let container: HTMLElement | undefined;

  before(async function () {
    this.timeout(10000);
    await freshWorld();
    stage = await mount();
    container = stage.host.parentElement!;
    await untilStep(stage.flow, 'email');
  });

  after(() => container?.remove());

  // The cases of the first step run first; the stage moves on to later steps.
  const order = (token: string) => STAGE_STEPS.indexOf(TOKEN_CASES[token]?.step ?? 'email');
  for (const token of [...tokensOf(tag)].sort((a, b) => order(a) - order(b))) {
    it(`${token} restyles what it names, and its documented default is the default`, async () => {
      const test = TOKEN_CASES[token];
      expect(test, `a measurement for ${token}`).to.exist;
      await reach(stage, test!.step);
      const targets = test!.targets(stage);
      expect(targets, 'targets').to.not.be.empty;
      const documented = DOCS[tag]!.props.find((prop) => prop.name === token)!.default;
      const leave = await Promise.all(targets.map((target) => enterState(target, test!.state)));
      try {
        const before = withToken(stage, token, undefined, targets, test!.property);
        const byDefault = withToken(stage, token, documented, targets, test!.property);
        const after = withToken(stage, token, test!.value, targets, test!.property);
        expect(byDefault, 'the documented default').to.deep.equal(before);
        expect(after, 'restyled').to.deep.equal(targets.map(() => test!.value));
      } finally {
        for (const undo of leave) await undo();
      }
    });
  }
}

/** A host element in a page of its own (kept across the tests of one describe). */
function place(template: unknown): HTMLElement {
  const container = document.createElement('div');
  container.lang = 'en';
  document.body.append(container);
  render(template, container);
  return container.firstElementChild as HTMLElement;
}

describe('--ssp-* tokens set on <ssp-purchase-flow>', () => {
  tokenTests(FLOW, async () => {
    const mock = await mockCheckout();
    const host = place(
      html`<ssp-purchase-flow
        product="power-apps-per-user"
        api-base=${mock.baseUrl}
        .authProvider=${new TestAuthProvider()}
        .paymentProvider=${new FakePaymentProvider(mock.service)}
      ></ssp-purchase-flow>`,
    );
    return { host, flow: host as SspPurchaseFlow, own: undefined, step: 'email' };
  });
});

describe('--ssp-* tokens set on <ssp-buy-button>', () => {
  tokenTests(BUY, async () => {
    const mock = await mockCheckout();
    const host = place(
      html`<ssp-buy-button
        product="power-automate-per-user"
        api-base=${mock.baseUrl}
        .authProvider=${new TestAuthProvider()}
        .paymentProvider=${new FakePaymentProvider(mock.service)}
      ></ssp-buy-button>`,
    ) as SspBuyButton;
    await host.show();
    return { host, flow: host.shadowRoot!.querySelector(FLOW)!, own: host.shadowRoot!, step: 'email' };
  });
});
