import { expect, fixture, html } from '@open-wc/testing';
import { nextEvent } from '../../../test/helpers/events.js';
import { loadAll } from '../../elements.js';
import type { SspEmailGate } from './email-gate.js';

const input = (el: SspEmailGate) => el.shadowRoot!.querySelector('input')!;
const submit = (el: SspEmailGate) => el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!;
const error = (el: SspEmailGate) => el.shadowRoot!.querySelector('[part=error]');

async function typeAndSubmit(el: SspEmailGate, value: string): Promise<void> {
  input(el).value = value;
  input(el).dispatchEvent(new InputEvent('input'));
  submit(el).click();
  await el.updateComplete;
}

describe('<ssp-email-gate>', () => {
  before(loadAll);

  it('fires ssp-email-submit with the trimmed, lower-cased email', async () => {
    const el = await fixture<SspEmailGate>(html`<ssp-email-gate product="power-bi-pro"></ssp-email-gate>`);
    const submitted = nextEvent(el, 'ssp-email-submit');
    await typeAndSubmit(el, '  Megan+BI@Contoso.COM ');
    expect((await submitted).email).to.equal('megan+bi@contoso.com');
    await expect(el).to.be.accessible();
  });

  it('has a labelled email field with autocomplete and the product in its heading', async () => {
    const el = await fixture<SspEmailGate>(html`<ssp-email-gate product="visio-plan-1"></ssp-email-gate>`);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Buy Visio Plan 1');
    expect(input(el).labels![0]!.textContent).to.equal('Work or school email');
    expect([input(el).type, input(el).autocomplete, input(el).inputMode]).to.deep.equal(['email', 'email', 'email']);
  });

  const bad: Array<[string, RegExp]> = [
    ['', /Enter your work or school email/],
    ['megan', /name@company\.com/],
    ['a@b@contoso.com', /name@company\.com/],
    [`${'x'.repeat(250)}@contoso.com`, /at most 254/],
    ['<img src=x onerror=alert(1)>', /name@company\.com/],
    ['admin\u202Emoc.liamg@contoso.com', /hidden characters/],
    ['meg\u200Ban@contoso.com', /hidden characters/],
  ];
  for (const [value, message] of bad) {
    it(`explains ${JSON.stringify(value.slice(0, 20))} inline, keeps it, and fires nothing`, async () => {
      const el = await fixture<SspEmailGate>(html`<ssp-email-gate product="power-bi-pro"></ssp-email-gate>`);
      let fired = false;
      el.addEventListener('ssp-email-submit', () => (fired = true));
      await typeAndSubmit(el, value);
      expect(error(el)!.textContent).to.match(message);
      expect(input(el).getAttribute('aria-invalid')).to.equal('true');
      expect(input(el).getAttribute('aria-describedby')).to.contain('email-error');
      expect(input(el).value).to.equal(value);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(fired).to.equal(false);
      await expect(el).to.be.accessible();
    });
  }

  it('ignores submits while busy and shows progress', async () => {
    const el = await fixture<SspEmailGate>(html`<ssp-email-gate product="power-bi-pro" busy></ssp-email-gate>`);
    let fired = false;
    el.addEventListener('ssp-email-submit', () => (fired = true));
    await typeAndSubmit(el, 'megan@contoso.com');
    expect(fired).to.equal(false);
    expect(submit(el).textContent!.trim()).to.equal('Checking…');
    expect(submit(el).getAttribute('aria-disabled')).to.equal('true');
  });

  it('shows a message from the flow', async () => {
    const el = await fixture<SspEmailGate>(
      html`<ssp-email-gate product="power-bi-pro" error="You’re offline."></ssp-email-gate>`,
    );
    expect(error(el)!.textContent).to.equal('You’re offline.');
    expect(input(el).getAttribute('aria-invalid'), 'not the field’s fault').to.equal('false');
  });

  it('marks a refused email invalid, with the flow’s message tied to it, and focuses the field', async () => {
    const el = await fixture<SspEmailGate>(
      html`<ssp-email-gate
        product="power-bi-pro"
        email="someone@gmail.com"
        rejected
        error="Use your work or school email."
      ></ssp-email-gate>`,
    );
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.getElementById('email-error')!.textContent!.trim()).to.equal(
      'Use your work or school email.',
    );
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
    await expect(el).to.be.accessible();
  });
});
