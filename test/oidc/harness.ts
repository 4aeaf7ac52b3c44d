// A page of its own for sign-in scenarios that navigate (redirect sign-in): the flow with SDK-owned
// MSAL against the local OpenID provider, the mock checkout service trusting that provider's keys.
import { startMockCheckout } from '../../mocks/browser.js';
import { installFakeStripe } from '../../mocks/fake-stripe.js';
import { trustJwks } from '../../mocks/tokens.js';
import { loadAll } from '../../src/elements.js';

const params = new URLSearchParams(location.search);
const events: string[] = ((window as unknown as { __events: string[] }).__events = []);
for (const type of ['ssp-step-change', 'ssp-ineligible', 'ssp-error']) {
  document.addEventListener(type, (event) => events.push(`${type}:${(event as Event & { step?: string }).step ?? ''}`));
}
if (params.get('blockPopup')) window.open = () => null; // as a popup blocker does

const oidc = await (await fetch('/__oidc.json')).json();
const mock = await startMockCheckout({ processingMs: 50 });
await trustJwks(oidc.jwks);
installFakeStripe(mock.service);
await loadAll();

const flow = document.createElement('ssp-purchase-flow');
flow.setAttribute('product', params.get('product') ?? 'power-bi-pro');
flow.setAttribute('api-base', mock.baseUrl);
flow.setAttribute('stripe-key', 'pk_test_ssp_widgets');
flow.setAttribute('client-id', oidc.clientId);
flow.setAttribute('authority', oidc.authority);
flow.setAttribute('known-authorities', oidc.knownAuthorities.join(' '));
flow.setAttribute('authority-metadata', oidc.authorityMetadata);
flow.setAttribute('redirect-uri', oidc.redirectUri);
flow.setAttribute('api-scopes', oidc.scope);
flow.setAttribute('protocol-mode', 'OIDC');
document.querySelector('#main')!.append(flow);
