import { expect, fixture, html } from '@open-wc/testing';
import '../../define.js';
import type { SspBuyButton } from './buy-button.js';

function button(el: SspBuyButton): HTMLButtonElement {
  return el.shadowRoot!.querySelector('button')!;
}

describe('<ssp-buy-button>', () => {
  it('offers the named product in English by default', async () => {
    const el = await fixture<SspBuyButton>(html`<ssp-buy-button product="visio-plan-1"></ssp-buy-button>`);
    expect(button(el).textContent).to.equal('Buy Visio Plan 1');
    expect(button(el).type).to.equal('button');
    await expect(el).to.be.accessible();
  });

  it('speaks the language of its own lang attribute and follows changes to it', async () => {
    const el = await fixture<SspBuyButton>(html`<ssp-buy-button product="power-bi-pro" lang="sv"></ssp-buy-button>`);
    expect(button(el).textContent).to.equal('Köp Power BI Pro');
    el.setAttribute('lang', 'en-GB');
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    expect(button(el).textContent).to.equal('Buy Power BI Pro');
  });

  it('inherits the language of an ancestor', async () => {
    const wrapper = await fixture(
      html`<div lang="sv-SE"><ssp-buy-button product="project-plan-3"></ssp-buy-button></div>`,
    );
    const el = wrapper.querySelector('ssp-buy-button')!;
    expect(button(el).textContent).to.equal('Köp Project Plan 3');
  });

  it('lets the host override a message', async () => {
    const el = await fixture<SspBuyButton>(
      html`<ssp-buy-button
        product="visio-plan-2"
        .messages=${{ buyButtonLabel: (p: string) => `Upgrade to ${p}` }}
      ></ssp-buy-button>`,
    );
    expect(button(el).textContent).to.equal('Upgrade to Visio Plan 2');
  });

  it('shows a configuration error, not a broken button, for an unknown product', async () => {
    const el = await fixture<SspBuyButton>(html`<ssp-buy-button product="office-xyz"></ssp-buy-button>`);
    expect(el.shadowRoot!.querySelector('button')).to.equal(null);
    const error = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('“office-xyz”');
    await expect(el).to.be.accessible();
  });

  it('is registered once even when the definitions run twice', async () => {
    const before = customElements.get('ssp-buy-button');
    await import('../../define.js?second-copy' as string);
    expect(customElements.get('ssp-buy-button')).to.equal(before);
  });
});
