// Settings as host frameworks set them (late, after an await; changed mid-flow), and one locale per
// flow that follows `lang` wherever it is set.
import { expect, fixture, html } from '@open-wc/testing';
import { FakePaymentProvider } from '../mocks/fake-payment.js';
import { TestAuthProvider } from '../mocks/test-auth.js';
import { SspBuyButton } from '../src/components/buy-button/buy-button.js';
import { SspPurchaseFlow } from '../src/components/purchase-flow/purchase-flow.js';
import { SETTING_NAMES, SETTINGS, type HostSettings } from '../src/shared/settings.js';
import { freshWorld, inStep, signIn, submitEmail, untilStep } from './helpers/flow.js';
import { mockCheckout, requestsTo, resetMockCheckout } from './helpers/mock-checkout.js';
import { waitUntil } from './helpers/wait.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

/** A flow inserted with nothing but its product, as a framework renders it before its data arrives. */
async function bareFlow(product = 'power-bi-pro'): Promise<SspPurchaseFlow> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang="en"><ssp-purchase-flow product=${product}></ssp-purchase-flow></div>`,
  );
  return wrapper.querySelector('ssp-purchase-flow')!;
}

async function completeSettings(flow: SspPurchaseFlow): Promise<void> {
  const mock = await mockCheckout();
  flow.apiBase = mock.baseUrl;
  flow.authProvider = new TestAuthProvider();
  flow.paymentProvider = new FakePaymentProvider(mock.service);
}

describe('settings', () => {
  before(freshWorld);
  afterEach(() => {
    sessionStorage.clear();
    document.documentElement.lang = 'en';
  });

  it('the buy button and the flow accept exactly the same settings', async () => {
    const observed = (tags: readonly string[]) => [...tags].filter((name) => name !== 'lang' && name !== 'step').sort();
    expect(observed(SspBuyButton.observedAttributes)).to.deep.equal(observed(SspPurchaseFlow.observedAttributes));
    expect(observed(SspPurchaseFlow.observedAttributes)).to.have.length(
      SETTING_NAMES.filter((name) => SETTINGS[name].attribute).length,
    );
  });

  it('the buy button hands every setting, set as a property, to its flow', async () => {
    const element = await fixture<SspBuyButton>(html`<ssp-buy-button></ssp-buy-button>`);
    const values: Record<string, unknown> = {};
    for (const name of SETTING_NAMES) {
      const { kind } = SETTINGS[name];
      values[name] =
        kind === 'boolean' ? true : kind === 'number' ? 1234 : kind === 'object' ? { marker: name } : `${name}-value`;
    }
    values.product = 'visio-plan-1';
    Object.assign(element, values);
    await element.show();
    const flow = element.shadowRoot!.querySelector('ssp-purchase-flow')!;
    for (const name of SETTING_NAMES) {
      expect(flow[name as keyof HostSettings], name).to.deep.equal(values[name]);
    }
    element.hide();
  });

  it('a flow whose settings arrive after it is in the page (after an await) works', async () => {
    const flow = await bareFlow();
    await untilStep(flow, 'error');
    await tick();
    await completeSettings(flow);
    await untilStep(flow, 'email');
    await submitEmail(flow, 'megan@contoso.com');
    await signIn(flow);
    await untilStep(flow, 'seats');
  });

  it('reset() on a flow that is not set up keeps saying so, and works once it is', async () => {
    const flow = await bareFlow();
    await untilStep(flow, 'error');
    flow.reset();
    await flow.updateComplete;
    expect(flow.getAttribute('step')).to.equal('error');
    expect(flow.shadowRoot!.querySelector('[part=error]')!.textContent).to.contain('checkout service address');
    await completeSettings(flow);
    flow.reset();
    await submitEmail(flow, 'megan@contoso.com');
    await untilStep(flow, 'sign-in');
  });

  it('a new product mid-flow starts the flow over for that product', async () => {
    await resetMockCheckout();
    const flow = await bareFlow();
    await completeSettings(flow);
    await submitEmail(flow, 'megan@contoso.com');
    await untilStep(flow, 'sign-in');
    flow.product = 'visio-plan-2';
    await untilStep(flow, 'email');
    expect(inStep(flow, 'h2').textContent).to.contain('Visio Plan 2');
    await submitEmail(flow, 'megan@contoso.com');
    await signIn(flow);
    await untilStep(flow, 'seats');
    expect(requestsTo('/products/visio-plan-2/offer'), 'the offer asked for').to.have.length(1);
    expect(requestsTo('/products/power-bi-pro/offer')).to.have.length(0);
  });

  it('a configuration error that appears mid-flow is shown, and clears when fixed', async () => {
    const flow = await bareFlow();
    await completeSettings(flow);
    await untilStep(flow, 'email');
    const base = flow.apiBase;
    flow.apiBase = 'http://checkout.example.com';
    await untilStep(flow, 'error');
    flow.apiBase = base;
    await untilStep(flow, 'email');
  });
});

describe('one locale per flow', () => {
  before(freshWorld);
  afterEach(() => {
    document.documentElement.lang = 'en';
  });

  it('the buy button’s open flow follows <html lang>', async () => {
    const mock = await mockCheckout();
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <ssp-buy-button
          product="power-bi-pro"
          api-base=${mock.baseUrl}
          .authProvider=${new TestAuthProvider()}
          .paymentProvider=${new FakePaymentProvider(mock.service)}
        ></ssp-buy-button>
      </div>`,
    );
    const button = wrapper.querySelector('ssp-buy-button')!;
    await button.show();
    const flow = button.shadowRoot!.querySelector('ssp-purchase-flow')!;
    await untilStep(flow, 'email');
    await waitUntil(() => inStep(flow, 'h2').textContent?.includes('Buy Power BI Pro'), 'English title');
    document.documentElement.lang = 'sv';
    await waitUntil(() => inStep(flow, 'h2').textContent?.includes('Köp Power BI Pro'), 'Swedish title in the flow');
    expect(button.shadowRoot!.querySelector('[part=button]')!.textContent).to.contain('Köp Power BI Pro');
    button.hide();
  });

  it('an inline flow follows a lang set on an ancestor', async () => {
    const flow = await bareFlow();
    await completeSettings(flow);
    await untilStep(flow, 'email');
    flow.parentElement!.lang = 'sv';
    await waitUntil(() => inStep(flow, 'h2').textContent?.includes('Köp Power BI Pro'), 'Swedish title');
  });
});
