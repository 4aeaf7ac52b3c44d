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

  it('offers Cancel at once while signing in; Cancel fires ssp-navigate cancel and focus goes to the sign-in button', async () => {
    const el = await fixture<SspSignIn>(html`<ssp-sign-in ready busy email="megan@contoso.com"></ssp-sign-in>`);
    expect(signInButton(el).getAttribute('aria-disabled')).to.equal('true');
    const cancel = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Cancel')!;
    expect(cancel, 'a Cancel button').to.exist;
    const navigated = nextEvent(el, 'ssp-navigate');
    cancel.focus();
    cancel.click();
    expect((await navigated).action).to.equal('cancel');
    expect(el.shadowRoot!.activeElement).to.equal(signInButton(el));
    await expect(el).to.be.accessible();
  });

  it('when the sign-in goes quiet, says so politely and opens the window again within the click', async () => {
    const el = await fixture<SspSignIn>(html`<ssp-sign-in ready busy email="megan@contoso.com"></ssp-sign-in>`);
    const status = el.shadowRoot!.querySelector('[role=status]')!;
    expect(status.textContent!.trim(), 'nothing to say yet').to.equal('');
    el.stalled = true;
    await el.updateComplete;
    expect(status.textContent).to.match(/If you closed the sign-in window, open it again or cancel/);
    expect(el.shadowRoot!.querySelector('[role=status]'), 'the same live region').to.equal(status);
    expect(signInButton(el).textContent!.trim()).to.equal('Open the sign-in window again');
    expect(signInButton(el).getAttribute('aria-disabled')).to.equal('false');
    let firedDuringClick = false;
    el.addEventListener('ssp-sign-in-request', () => (firedDuringClick = true));
    signInButton(el).click();
    expect(firedDuringClick).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows an error in an alert and stays accessible', async () => {
    const el = await fixture<SspSignIn>(html`<ssp-sign-in ready error="Sign-in was cancelled."></ssp-sign-in>`);
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent!.trim()).to.equal('Sign-in was cancelled.');
    await expect(el).to.be.accessible();
  });
});
