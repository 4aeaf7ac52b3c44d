import { expect, fixture, html } from '@open-wc/testing';
import { nextEvent } from '../../../test/helpers/events.js';
import { loadAll } from '../../elements.js';
import type { SspSignIn } from './sign-in.js';

const signInButton = (el: SspSignIn) => el.shadowRoot!.querySelector<HTMLButtonElement>('button[part=button]')!;

describe('<ssp-sign-in>', () => {
  before(loadAll);

  it('waits for the sign-in code before it lets the person click', async () => {
    const el = await fixture<SspSignIn>(
      html`<ssp-sign-in email="megan@contoso.com" organization="Contoso"></ssp-sign-in>`,
    );
    let fired = 0;
    el.addEventListener('ssp-sign-in-request', () => fired++);
    expect(signInButton(el).textContent!.trim()).to.equal('Preparing sign-in…');
    signInButton(el).click();
    expect(fired).to.equal(0);
    el.ready = true;
    await el.updateComplete;
    expect(signInButton(el).textContent!.trim()).to.equal('Sign in');
    await expect(el).to.be.accessible();
  });

  it('fires ssp-sign-in-request within the click', async () => {
    const el = await fixture<SspSignIn>(
      html`<ssp-sign-in ready email="megan@contoso.com" organization="Contoso"></ssp-sign-in>`,
    );
    let firedDuringClick = false;
    el.addEventListener('ssp-sign-in-request', () => (firedDuringClick = true));
    signInButton(el).click();
    expect(firedDuringClick).to.equal(true);
    expect(el.shadowRoot!.textContent).to.contain('megan@contoso.com').and.contain('Contoso');
  });

  it('fires ssp-navigate back for a different email', async () => {
    const el = await fixture<SspSignIn>(html`<ssp-sign-in ready email="megan@contoso.com"></ssp-sign-in>`);
    const navigated = nextEvent(el, 'ssp-navigate');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.link')!.click();
    expect((await navigated).action).to.equal('back');
  });

  it('shows an error in an alert and stays accessible', async () => {
    const el = await fixture<SspSignIn>(html`<ssp-sign-in ready error="Sign-in was cancelled."></ssp-sign-in>`);
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent!.trim()).to.equal('Sign-in was cancelled.');
    await expect(el).to.be.accessible();
  });
});
