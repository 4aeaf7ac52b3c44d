// Its own page: the flow's later chunk must not have been loaded before this test.
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { sv } from '../src/i18n/locales/start/sv.js';
import {
  clickUntilEmailUsable,
  emailField,
  emailGate,
  flowStep,
  msalBuyButton,
  submitEmailStep,
  typeEmail,
} from './helpers/email-step.js';
import { mockCheckout } from './helpers/mock-checkout.js';
import { waitUntil } from './helpers/wait.js';

describe('the email step when the rest of the flow cannot be loaded', () => {
  it('says so in the person’s language, keeps the email, and a second submit tries again', async function () {
    this.timeout(30000);
    const mock = await mockCheckout();
    mock.worker.use(http.get(/\/components\/after-email\.(js|ts)/, () => HttpResponse.error()));
    const button = await msalBuyButton('sv');
    await clickUntilEmailUsable(button);

    typeEmail(button, 'megan@contoso.com');
    submitEmailStep(button);
    const error = () => emailGate(button)?.shadowRoot?.querySelector('[part=error]')?.textContent?.trim() ?? '';
    await waitUntil(() => error() !== '', 'an error on the email step');
    expect(error()).to.equal(sv.errorNetwork);
    expect(flowStep(button)).to.equal('email');
    expect(emailField(button)!.value).to.equal('megan@contoso.com');

    mock.worker.resetHandlers(); // the network is back
    submitEmailStep(button);
    await waitUntil(() => flowStep(button) === 'sign-in', 'the sign-in step', { timeout: 10000 });
  });
});
