// Its own page: the flow's later chunk must not have been loaded before this test.
import { expect } from '@open-wc/testing';
import { http, passthrough } from 'msw';
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

describe('the email step while the rest of the flow is held back', () => {
  it('is usable from the flow’s first chunk alone, keeps what was typed, and goes on once the rest arrives', async function () {
    this.timeout(30000);
    const mock = await mockCheckout();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked = false;
    mock.worker.use(
      http.get(/\/components\/after-email\.(js|ts)/, async () => {
        asked = true;
        await held;
        return passthrough();
      }),
    );
    const button = await msalBuyButton();
    await clickUntilEmailUsable(button);
    await waitUntil(() => asked, 'the rest of the flow is asked for once the email step is on screen');

    typeEmail(button, 'megan@contoso.com');
    submitEmailStep(button);
    // A submit before the rest has arrived waits for it: the step stays, and so does the email.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(flowStep(button)).to.equal('email');
    expect(emailField(button)!.value).to.equal('megan@contoso.com');
    expect(emailGate(button)!.shadowRoot!.querySelector('[part=error]')?.textContent ?? '').to.equal('');

    release();
    await waitUntil(() => flowStep(button) === 'sign-in', 'the sign-in step', { timeout: 10000 });
  });
});
