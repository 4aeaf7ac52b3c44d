// SDK-owned sign-in with the real @azure/msal-browser against a real OpenID Connect provider
// (oidc-provider on loopback, started by the test command), and the mock checkout service
// validating the provider's RS256 tokens.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { executeServerCommand, sendMouse } from '@web/test-runner-commands';
import { localSignIn, type LocalSignIn } from '../mocks/local-sign-in.js';
import type { SspPurchaseFlow } from '../src/components/purchase-flow/purchase-flow.js';
import type { SspIneligibleEvent } from '../src/shared/events.js';
import { installFakeStripe } from '../mocks/fake-stripe.js';
import { chooseSeats, freshWorld, inStep, stepView, submitEmail, untilStep } from './helpers/flow.js';
import { mockCheckout, requestsTo } from './helpers/mock-checkout.js';

let oidc: LocalSignIn;

async function mountMsalFlow(product = 'power-bi-pro', popupTimeout = 60000): Promise<SspPurchaseFlow> {
  const mock = await mockCheckout();
  const wrapper = await fixture<HTMLElement>(
    html`<div>
      <ssp-purchase-flow
        product=${product}
        api-base=${mock.baseUrl}
        stripe-key="pk_test_ssp_widgets"
        client-id=${oidc.clientId}
        authority=${oidc.authority}
        known-authorities=${oidc.knownAuthorities.join(' ')}
        authority-metadata=${oidc.authorityMetadata}
        redirect-uri=${oidc.redirectUri}
        api-scopes=${oidc.scope}
        protocol-mode="OIDC"
        popup-timeout=${popupTimeout}
      ></ssp-purchase-flow>
    </div>`,
  );
  return wrapper.querySelector('ssp-purchase-flow')!;
}

/** A real mouse click: the popup needs the user's gesture, as in a browser. */
async function clickSignIn(flow: SspPurchaseFlow): Promise<void> {
  await untilStep(flow, 'sign-in');
  await waitUntil(() => inStep(flow, 'button[part=button]').getAttribute('aria-disabled') === 'false', 'MSAL loaded', {
    timeout: 15000,
  });
  const box = inStep(flow, 'button[part=button]').getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

function tokenOf(authorization: string | null): { alg: string; kid: string } & Record<string, unknown> {
  const [header, payload] = (authorization ?? '').replace(/^Bearer /, '').split('.');
  const decode = (part = '') => JSON.parse(atob(part.replace(/-/g, '+').replace(/_/g, '/')));
  return { ...decode(payload), alg: decode(header).alg, kid: decode(header).kid };
}

describe('SDK-owned sign-in: real MSAL against a local OpenID Connect provider', function () {
  this.timeout(60000);

  before(async () => {
    oidc = (await localSignIn())!;
  });
  beforeEach(async () => {
    await executeServerCommand('oidc-reset-session', {});
    await freshWorld();
    installFakeStripe((await mockCheckout()).service);
  });

  it('signs in with a popup, sends the provider’s token, and renews it silently on a 401', async () => {
    const flow = await mountMsalFlow();
    await submitEmail(flow, 'megan@contoso.com');
    const started = performance.now();
    await clickSignIn(flow);
    await executeServerCommand('oidc-popup-login', { login: 'megan@contoso.com' });
    await untilStep(flow, 'seats', 20000);
    console.log(`interactive popup sign-in took ${Math.round(performance.now() - started)} ms`);

    const offer = requestsTo('/offer')[0]!;
    const claims = tokenOf(offer.headers.get('Authorization'));
    expect(claims).to.include({
      alg: 'RS256',
      kid: 'ssp-local-1',
      aud: 'api://ssp-checkout',
      preferred_username: 'megan@contoso.com',
      acct: 0,
    });
    expect(claims.tid).to.equal('5f8f8b2c-0c1a-4d5e-9a0b-0000000c0470');

    // The service rejects the token once: MSAL renews it without interaction and the request is retried once.
    (await mockCheckout()).faults.set('purchase', { kind: '401', times: 1 });
    await chooseSeats(flow, '2');
    await untilStep(flow, 'payment', 20000);
    const posts = requestsTo('/purchases', 'POST');
    expect(posts).to.have.length(2);
    const [first, second] = posts.map((p) => tokenOf(p.headers.get('Authorization')));
    expect(second!.iat as number, 'a renewed token').to.be.at.least(first!.iat as number);
    expect(second!.jti).to.not.equal(first!.jti);
  });

  it('decides guest eligibility from the provider’s token claims', async () => {
    const flow = await mountMsalFlow();
    const ineligible = new Promise<SspIneligibleEvent>((resolve) =>
      document.addEventListener('ssp-ineligible', resolve, { once: true }),
    );
    await submitEmail(flow, 'guest.kim@contoso.com');
    await clickSignIn(flow);
    await executeServerCommand('oidc-popup-login', { login: 'guest.kim@contoso.com' });
    expect((await ineligible).reason).to.equal('guest-user');
  });

  it('never ends a sign-in by itself: a closed popup is met with an offer to open it again, which signs in', async () => {
    const flow = await mountMsalFlow('power-bi-pro', 1500);
    await submitEmail(flow, 'megan@contoso.com');
    await clickSignIn(flow);
    await executeServerCommand('oidc-popup-close', {});
    // MSAL cannot see the popup close: after popup-timeout the step says so politely and offers a way on.
    await waitUntil(() => /open it again/.test(inStep(flow, '[role=status]').textContent ?? ''), 'offer shown', {
      timeout: 10000,
    });
    expect(inStep(flow, 'button[part=button]').textContent!.trim()).to.equal('Open the sign-in window again');
    expect(stepView(flow)!.shadowRoot!.querySelector('[part=error]'), 'no error, nothing ended').to.equal(null);
    await expect(stepView(flow)).to.be.accessible();
    await clickSignIn(flow);
    await executeServerCommand('oidc-popup-login', { login: 'megan@contoso.com' });
    await untilStep(flow, 'seats', 20000);
  });

  it('lets the person cancel a sign-in whose popup is still open, and sign in again in a new one', async () => {
    const flow = await mountMsalFlow();
    await submitEmail(flow, 'megan@contoso.com');
    await clickSignIn(flow);
    await waitUntil(() => stepView(flow)?.shadowRoot?.querySelector('button.secondary'), 'Cancel offered');
    inStep<HTMLButtonElement>(flow, 'button.secondary').click();
    await waitUntil(() => inStep(flow, 'button[part=button]').textContent!.trim() === 'Sign in', 'cancelled');
    await executeServerCommand('oidc-popup-close', {}); // the person closes the forgotten window too
    await clickSignIn(flow);
    await executeServerCommand('oidc-popup-login', { login: 'megan@contoso.com' });
    await untilStep(flow, 'seats', 20000);
  });

  it('says so when another MSAL instance on the page holds the interaction lock', async () => {
    const flow = await mountMsalFlow();
    await submitEmail(flow, 'megan@contoso.com');
    // What the host page's own MSAL writes while its sign-in is open.
    sessionStorage.setItem('msal.interaction.status', JSON.stringify({ clientId: 'host-app', type: 'signin' }));
    await clickSignIn(flow);
    await waitUntil(() => stepView(flow)?.shadowRoot?.querySelector('[part=error]'), 'lock shown', { timeout: 10000 });
    expect(inStep(flow, '[part=error]').textContent).to.match(/Another sign-in is already open/);
    sessionStorage.removeItem('msal.interaction.status');
  });

  it('falls back to a redirect when the popup is blocked, and resumes at the right step', async () => {
    const result = (await executeServerCommand('oidc-redirect-scenario', {
      login: 'anna@contoso.se',
      query: { blockPopup: '1', product: 'visio-plan-1' },
    })) as { step: string; url: string; log: string[] };
    expect(result.step).to.equal('seats');
    expect(result.url).to.not.match(/[?&#](code|state)=/);
    expect(result.log[0], 'the reloaded page starts where the redirect left off').to.equal('ssp-step-change:checking');
  });
});
