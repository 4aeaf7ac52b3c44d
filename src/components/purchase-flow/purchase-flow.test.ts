import { expect } from '@open-wc/testing';
import { TestAuthProvider } from '../../../mocks/test-auth.js';
import { AuthError } from '../../auth/types.js';
import {
  freshWorld,
  inStep,
  mountFlow,
  signIn,
  stepView,
  submitEmail,
  type,
  untilStep,
} from '../../../test/helpers/flow.js';
import { waitUntil } from '../../../test/helpers/wait.js';

/** The test sign-in, with `restore` held until the test releases it. */
class HeldRestore extends TestAuthProvider {
  private readonly held = new Promise<void>((resolve) => (this.release = resolve));
  release!: () => void;
  override async restore(loginHint?: string) {
    await this.held;
    return super.restore(loginHint);
  }
}

// The flow shows its first step before its effects (checkout client, sign-in, payment) have loaded.
// In a fresh page, as here, they are still on their way when the first test types and submits.
describe('<ssp-purchase-flow> first screen', () => {
  before(freshWorld);

  it('takes an email typed and submitted the moment the step appears, effects loaded or not', async () => {
    const { flow, events } = await mountFlow('power-bi-pro');
    await waitUntil(() => stepView(flow)?.shadowRoot?.querySelector('input[type=email]'), 'email field');
    type(inStep<HTMLInputElement>(flow, 'input[type=email]'), 'megan@contoso.com');
    inStep<HTMLButtonElement>(flow, 'button[type=submit]').click();
    await untilStep(flow, 'sign-in');
    const steps = events.filter((event) => event.type === 'ssp-step-change') as (Event & { step: string })[];
    expect(steps.map((event) => event.step)).to.deep.equal(['email', 'sign-in']);
  });

  it('shows "loading" (and no step) while a stored flow is picked up, then where it stands', async () => {
    const tenant = { displayName: 'Contoso', domainHint: 'contoso.com' };
    sessionStorage.setItem(
      'ssp-widgets:flow:visio-plan-1',
      JSON.stringify({ v: 1, step: 'seats', email: 'megan@contoso.com', tenant, keys: {} }),
    );
    // Asking sign-in where the person stands takes a moment (held here until the first checks).
    const auth = new HeldRestore();
    const { flow } = await mountFlow('visio-plan-1', { auth });
    expect(flow.shadowRoot!.querySelector('[role=status].muted')?.textContent).to.equal('Loading…');
    expect(stepView(flow), 'no step view yet').to.equal(null);
    expect(flow.hasAttribute('step')).to.equal(false);
    auth.release();
    // Nobody is signed in (the test sign-in has no session): the stored flow continues at sign-in.
    await untilStep(flow, 'sign-in');
    expect(stepView(flow)!.localName).to.equal('ssp-sign-in');
    sessionStorage.clear();
  });

  it('shows a stored last step as it was', async () => {
    const final = {
      step: 'ineligible',
      reason: 'no-tenant',
      email: 'x@unknown.example',
      licenseRequest: 'unavailable',
    };
    sessionStorage.setItem(
      'ssp-widgets:flow:visio-plan-1',
      JSON.stringify({ v: 1, step: 'ineligible', email: final.email, keys: {}, final }),
    );
    const { flow, events } = await mountFlow('visio-plan-1');
    await untilStep(flow, 'ineligible');
    expect(events.map((event) => event.type)).to.deep.equal(['ssp-step-change', 'ssp-ineligible']);
    expect(stepView(flow)!.localName).to.equal('ssp-ineligible-notice');
    sessionStorage.clear();
  });
});

/** The test sign-in, whose token never comes (a token window the person closed: MSAL never answers). */
class TokenNeverComes extends TestAuthProvider {
  override getAccessToken(): Promise<string> {
    return new Promise(() => undefined);
  }
}

/** The test sign-in, whose token comes or fails when the test says. */
class HeldToken extends TestAuthProvider {
  private readonly held = new Promise<string>((_, reject) => (this.fail = reject));
  fail!: (error: Error) => void;
  override getAccessToken(): Promise<string> {
    return this.held;
  }
}

describe('<ssp-purchase-flow> while it checks what the person can buy', () => {
  it('after Start over, a late answer of the check it left (here: sign-in failed) changes nothing', async () => {
    const auth = new HeldToken();
    const { flow } = await mountFlow('power-bi-pro', { auth });
    await submitEmail(flow, 'megan@contoso.com');
    await signIn(flow);
    await untilStep(flow, 'checking');
    [...flow.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Start over')!.click();
    await untilStep(flow, 'email');
    auth.fail(new AuthError('token-failed', 'the window was closed'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(flow.getAttribute('step')).to.equal('email');
    await waitUntil(() => stepView(flow)?.shadowRoot?.querySelector('input[type=email]'), 'email field');
    expect(stepView(flow)!.shadowRoot!.querySelector('[role=alert]')?.textContent?.trim() ?? '').to.equal('');
    sessionStorage.clear();
  });

  it('offers "Start over" at once: a check that never ends does not trap the person', async () => {
    const { flow } = await mountFlow('power-bi-pro', { auth: new TokenNeverComes() });
    await submitEmail(flow, 'megan@contoso.com');
    await signIn(flow);
    await untilStep(flow, 'checking');
    const startOver = [...flow.shadowRoot!.querySelectorAll('button')].find(
      (b) => b.textContent!.trim() === 'Start over',
    );
    expect(startOver, 'a Start over button').to.not.equal(undefined);
    startOver!.click();
    await untilStep(flow, 'email');
    await waitUntil(() => stepView(flow)?.shadowRoot?.querySelector('input[type=email]'), 'email field');
    expect(inStep<HTMLInputElement>(flow, 'input[type=email]').value).to.equal('megan@contoso.com');
    sessionStorage.clear();
  });
});
