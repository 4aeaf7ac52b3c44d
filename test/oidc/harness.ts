// A page of its own for sign-in scenarios that navigate (redirect sign-in): the flow with SDK-owned
// MSAL against the local OpenID provider, the mock checkout service trusting that provider's keys.
import { startMockCheckout } from '../../mocks/browser.js';
import { installFakeStripe } from '../../mocks/fake-stripe.js';
import { localSignIn, useLocalSignIn } from '../../mocks/local-sign-in.js';
import { loadAll } from '../../src/elements.js';

const params = new URLSearchParams(location.search);
const events: string[] = ((window as unknown as { __events: string[] }).__events = []);
for (const type of ['ssp-step-change', 'ssp-ineligible', 'ssp-error']) {
  document.addEventListener(type, (event) => events.push(`${type}:${(event as Event & { step?: string }).step ?? ''}`));
}
if (params.get('blockPopup')) window.open = () => null; // as a popup blocker does

const mock = await startMockCheckout({ processingMs: 50 });
const oidc = (await localSignIn())!;
installFakeStripe(mock.service);
await loadAll();

const flow = document.createElement('ssp-purchase-flow');
flow.setAttribute('product', params.get('product') ?? 'power-bi-pro');
flow.setAttribute('api-base', mock.baseUrl);
flow.setAttribute('stripe-key', 'pk_test_ssp_widgets');
useLocalSignIn(flow, oidc);
document.querySelector('#main')!.append(flow);
