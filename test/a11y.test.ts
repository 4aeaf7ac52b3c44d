// WCAG 2.2 AA, proven per state: axe with the WCAG A/AA rule tags on every step view in every state,
// in English, in right-to-left Arabic and in the pseudo-locale, and reflow at 320 CSS px.
import { fixture, html, expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { IneligibleReason } from '../src/api/client.js';
import { loadAll } from '../src/elements.js';
import { loadLocale } from '../src/i18n/i18n.js';
import { expectWcagAA } from './helpers/axe.js';
import { applyTextSpacing, layoutProblems, removeTextSpacing, setTextSize } from './helpers/layout.js';
import { offerFixture } from './helpers/offers.js';

const money = { value: 4200, currency: 'USD' };
const reasons: IneligibleReason[] = [
  'personal-email',
  'no-tenant',
  'unmanaged-tenant',
  'government-tenant',
  'education-tenant',
  'guest-user',
  'market-unavailable',
  'disabled-by-admin',
  'trials-only',
];

const states: Array<[string, TemplateResult]> = [
  ['email idle', html`<ssp-email-gate product="visio-plan-1"></ssp-email-gate>`],
  ['email busy', html`<ssp-email-gate product="visio-plan-1" email="megan@contoso.com" busy></ssp-email-gate>`],
  ['email error', html`<ssp-email-gate product="visio-plan-1" error="You’re offline."></ssp-email-gate>`],
  ['sign-in preparing', html`<ssp-sign-in email="megan@contoso.com" organization="Contoso"></ssp-sign-in>`],
  ['sign-in ready', html`<ssp-sign-in ready email="megan@contoso.com" organization="Contoso"></ssp-sign-in>`],
  ['sign-in busy', html`<ssp-sign-in ready busy email="megan@contoso.com" organization="Contoso"></ssp-sign-in>`],
  [
    'sign-in waiting for its window',
    html`<ssp-sign-in ready busy stalled email="megan@contoso.com" organization="Contoso"></ssp-sign-in>`,
  ],
  ['sign-in error', html`<ssp-sign-in ready error="Sign-in was cancelled." email="a@b.se"></ssp-sign-in>`],
  ['seats', html`<ssp-seat-picker .offer=${offerFixture()}></ssp-seat-picker>`],
  ['seats busy', html`<ssp-seat-picker busy .offer=${offerFixture()}></ssp-seat-picker>`],
  ['seats error', html`<ssp-seat-picker error="Try again." .offer=${offerFixture()}></ssp-seat-picker>`],
  [
    'seats add licenses',
    html`<ssp-seat-picker
      .offer=${offerFixture({ kind: 'add-licenses', existingSubscription: { subscriptionId: 's', quantity: 5, billingPeriod: 'month' } })}
    ></ssp-seat-picker>`,
  ],
  [
    'trial',
    html`<ssp-seat-picker
      .offer=${offerFixture({ kind: 'trial', plans: [], trialAvailable: true, trialDays: 30 })}
    ></ssp-seat-picker>`,
  ],
  ['payment loading', html`<ssp-card-payment product="power-bi-pro" .amount=${money}></ssp-card-payment>`],
  ['payment ready', html`<ssp-card-payment ready product="power-bi-pro" .amount=${money}></ssp-card-payment>`],
  ['payment busy', html`<ssp-card-payment ready busy product="power-bi-pro" .amount=${money}></ssp-card-payment>`],
  [
    'payment declined',
    html`<ssp-card-payment
      ready
      error="Your card was declined."
      product="power-bi-pro"
      .amount=${money}
    ></ssp-card-payment>`,
  ],
  ...reasons.map((reason): [string, TemplateResult] => [
    `ineligible ${reason}`,
    html`<ssp-ineligible-notice
      reason=${reason}
      product="project-plan-3"
      organization="Litware"
      admin-message="Ask in the portal."
      admin-url="https://it.litware.com/requests"
      license-request="idle"
    ></ssp-ineligible-notice>`,
  ]),
  [
    'license request sending',
    html`<ssp-ineligible-notice reason="disabled-by-admin" license-request="sending"></ssp-ineligible-notice>`,
  ],
  [
    'license request sent',
    html`<ssp-ineligible-notice reason="disabled-by-admin" license-request="sent"></ssp-ineligible-notice>`,
  ],
  [
    'complete',
    html`<ssp-purchase-complete
      product="power-bi-pro"
      .quantity=${3}
      .amount=${4200}
      currency="USD"
      admin-center-url="https://admin.microsoft.com/"
    ></ssp-purchase-complete>`,
  ],
  [
    'complete trial',
    html`<ssp-purchase-complete
      product="visio-plan-1"
      kind="trial"
      trial-ends-at="2026-12-23T00:00:00Z"
    ></ssp-purchase-complete>`,
  ],
  ['flow configuration error', html`<ssp-purchase-flow product="nope"></ssp-purchase-flow>`],
  ['buy button', html`<ssp-buy-button product="visio-plan-1"></ssp-buy-button>`],
];

describe('accessibility: WCAG 2.2 AA rules on every state', function () {
  this.timeout(30000);
  before(() => Promise.all([loadAll(), loadLocale('ar'), loadLocale('he'), loadLocale('en-XA')]));
  after(() => setViewport({ width: 800, height: 600 }));

  // Arabic and Hebrew: two right-to-left languages, one with its own digits' neighbours and one without.
  for (const lang of ['en', 'ar', 'he', 'en-XA']) {
    it(`has no WCAG A/AA violation in any state (${lang})`, async () => {
      for (const [name, template] of states) {
        const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}>${template}</div>`);
        const element = wrapper.firstElementChild as HTMLElement & { updateComplete?: Promise<unknown> };
        await element.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 30)); // the flow starts after its first update
        await expectWcagAA(wrapper, `${name} (${lang})`);
      }
    });
  }

  it('reflows at 320 CSS px without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    for (const [name, template] of states) {
      const wrapper = await fixture<HTMLElement>(html`<div>${template}</div>`);
      await (wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(document.documentElement.scrollWidth, name).to.be.at.most(320);
    }
  });

  it('gives every interactive target at least 24 × 24 CSS px', async () => {
    for (const [name, template] of states) {
      const wrapper = await fixture<HTMLElement>(html`<div>${template}</div>`);
      const element = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
      await element.updateComplete;
      const targets = element.shadowRoot?.querySelectorAll<HTMLElement>('button, input, a[href], textarea') ?? [];
      for (const target of targets) {
        const box = target.getBoundingClientRect();
        if (box.width === 0) continue; // hidden
        expect(
          [Math.round(box.width) >= 24, Math.round(box.height) >= 24],
          `${name}: ${target.outerHTML.slice(0, 60)}`,
        ).to.deep.equal([true, true]);
      }
    }
  });
});

/** A busy (aria-disabled) main button and the same button ready, per step: each pair must look different. */
const busyPairs: Array<[string, TemplateResult, TemplateResult]> = [
  [
    'email',
    html`<ssp-email-gate product="visio-plan-1" busy></ssp-email-gate>`,
    html`<ssp-email-gate product="visio-plan-1"></ssp-email-gate>`,
  ],
  [
    'sign-in',
    html`<ssp-sign-in ready busy email="a@b.se"></ssp-sign-in>`,
    html`<ssp-sign-in ready email="a@b.se"></ssp-sign-in>`,
  ],
  [
    'seats',
    html`<ssp-seat-picker busy .offer=${offerFixture()}></ssp-seat-picker>`,
    html`<ssp-seat-picker .offer=${offerFixture()}></ssp-seat-picker>`,
  ],
  [
    'payment',
    html`<ssp-card-payment ready busy product="power-bi-pro" .amount=${money}></ssp-card-payment>`,
    html`<ssp-card-payment ready product="power-bi-pro" .amount=${money}></ssp-card-payment>`,
  ],
  [
    'license request',
    html`<ssp-ineligible-notice reason="disabled-by-admin" license-request="sending"></ssp-ineligible-notice>`,
    html`<ssp-ineligible-notice reason="disabled-by-admin" license-request="idle"></ssp-ineligible-notice>`,
  ],
];

describe('accessibility: busy buttons in forced colors (Windows High Contrast)', () => {
  before(loadAll);
  after(() => emulateMedia({ forcedColors: 'none' }));

  it('shows a busy (aria-disabled) button differently from a ready one, not by opacity alone', async () => {
    await emulateMedia({ forcedColors: 'active' });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const look = async (template: TemplateResult) => {
      const element = (await fixture<HTMLElement>(html`<div>${template}</div>`)).firstElementChild as HTMLElement & {
        updateComplete: Promise<unknown>;
      };
      await element.updateComplete;
      const style = getComputedStyle(element.shadowRoot!.querySelector('button[part=button]')!);
      return `color ${style.color}, border ${style.borderTopColor}`;
    };
    for (const [step, busy, ready] of busyPairs) {
      expect(await look(busy), step).to.not.equal(await look(ready));
    }
  });
});

describe('accessibility: text spacing (1.4.12) and 200 % text (1.4.4) in every state', function () {
  this.timeout(60000);
  before(() => Promise.all([loadAll(), loadLocale('ar')]));
  afterEach(() => {
    removeTextSpacing();
    setTextSize(100);
  });

  it('finds what it looks for: text cut off, text over text, a covered control', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <p class="cut">Some words that need more room than this box gives them, so they are cut off</p>
        <p class="a">Text drawn</p>
        <p class="b">over other text</p>
        <button class="under">Hidden</button>
        <div class="cover"></div>
      </div>`,
    );
    const place = (selector: string, style: Record<string, string>) =>
      Object.assign(wrapper.querySelector<HTMLElement>(selector)!.style, style);
    place('.cut', { width: '5rem', height: '1.5rem', overflow: 'hidden' });
    place('.b', { marginTop: '-1.5em' });
    place('.cover', { position: 'relative', height: '3rem', marginTop: '-3rem', background: 'white' });
    const problems = layoutProblems(wrapper).join('\n');
    expect(problems).to.match(/cut off \(height/);
    expect(problems).to.match(/overlap: text “Text drawn” and text “over other text”/);
    expect(problems).to.match(/covered by div.cover[^\n]*: button.under/);
  });

  const adjustments: Array<[string, () => void]> = [
    ['text spacing', () => applyTextSpacing()],
    ['200 % text', () => setTextSize(200)],
  ];
  for (const lang of ['en', 'ar']) {
    for (const [adjustment, apply] of adjustments) {
      it(`cuts nothing off, draws nothing over anything, and keeps every control usable with ${adjustment} (${lang})`, async () => {
        const problems: string[] = [];
        for (const [name, template] of states) {
          const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}>${template}</div>`);
          const element = wrapper.firstElementChild as HTMLElement & { updateComplete?: Promise<unknown> };
          await element.updateComplete;
          await new Promise((resolve) => setTimeout(resolve, 30)); // the flow starts after its first update
          apply();
          await new Promise(requestAnimationFrame);
          problems.push(...layoutProblems(element).map((problem) => `${name}: ${problem}`));
          removeTextSpacing();
          setTextSize(100);
        }
        expect(problems, problems.join('\n')).to.deep.equal([]);
      });
    }
  }
});
