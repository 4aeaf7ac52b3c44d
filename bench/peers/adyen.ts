// Adyen Web Drop-in with its Card component, the closest payments peer, rendered offline: the
// payment methods are given (as a session's setup or a /paymentMethods call would return them),
// so Drop-in renders its card form without asking Adyen. Its stylesheet is part of what it costs.
import { AdyenCheckout, Card, Dropin } from '@adyen/adyen-web';

const link = document.createElement('link');
link.rel = 'stylesheet';
link.href = '/peers/adyen.css';
document.head.append(link);

const container = document.createElement('div');
document.body.append(container);

const checkout = await AdyenCheckout({
  environment: 'test',
  clientKey: 'test_BENCHBENCHBENCHBENCHBENCHBENCH',
  locale: 'en-US',
  countryCode: 'US',
  amount: { value: 1400, currency: 'USD' },
  paymentMethodsResponse: {
    paymentMethods: [{ name: 'Cards', type: 'scheme', brands: ['visa', 'mc', 'amex'] }],
  },
  analytics: { enabled: false },
  onSubmit: () => undefined,
  onAdditionalDetails: () => undefined,
});
new Dropin(checkout, { paymentMethodComponents: [Card] }).mount(container);
