// The bench page's stand-ins for the hosted services (mock checkout, fake Stripe.js, test sign-in);
// the SDK itself is the built CDN bundle, loaded afterwards exactly as a host page would load it.
import { startMockCheckout } from '../mocks/browser.js';
import { installFakeStripe } from '../mocks/fake-stripe.js';
import { TestAuthProvider } from '../mocks/test-auth.js';

const mock = await startMockCheckout({ processingMs: 300 });
mock.service.reset();
sessionStorage.clear();
installFakeStripe(mock.service);

const button = document.createElement('ssp-buy-button');
button.setAttribute('product', 'power-bi-pro');
button.setAttribute('api-base', mock.baseUrl);
button.setAttribute('stripe-key', 'pk_test_ssp_widgets_bench');
(button as HTMLElement & { authProvider: unknown }).authProvider = new TestAuthProvider();
document.body.append(button);
(window as unknown as { benchReady: boolean }).benchReady = true;
