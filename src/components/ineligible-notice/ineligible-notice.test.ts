import { expect, fixture, html } from '@open-wc/testing';
import { nextEvent } from '../../../test/helpers/events.js';
import type { IneligibleReason } from '../../api/client.js';
import { loadAll } from '../../elements.js';
import type { SspIneligibleNotice } from './ineligible-notice.js';

const reasons: Array<[IneligibleReason, RegExp]> = [
  ['personal-email', /Personal email addresses/],
  ['no-tenant', /couldn’t find an organization/],
  ['unmanaged-tenant', /Microsoft Entra tenant has no administrator yet\. An admin must take over the tenant/],
  ['government-tenant', /government organizations/],
  ['education-tenant', /education organizations/],
  ['guest-user', /as a guest/],
  ['market-unavailable', /Visio Plan 1 can’t be bought through self-service in your organization’s country/],
  ['disabled-by-admin', /turned off self-service purchase of Visio Plan 1/],
  ['trials-only', /only free trials/],
];

describe('<ssp-ineligible-notice>', () => {
  before(loadAll);

  for (const [reason, text] of reasons) {
    it(`explains ${reason} in plain words and says to contact the IT admin`, async () => {
      const el = await fixture<SspIneligibleNotice>(
        html`<ssp-ineligible-notice reason=${reason} product="visio-plan-1"></ssp-ineligible-notice>`,
      );
      expect(el.shadowRoot!.textContent)
        .to.match(text)
        .and.match(/Contact your IT admin/);
      await expect(el).to.be.accessible();
    });
  }

  it('shows the admin’s message as text and a safe link', async () => {
    const el = await fixture<SspIneligibleNotice>(
      html`<ssp-ineligible-notice
        reason="disabled-by-admin"
        product="project-plan-3"
        organization="Litware"
        admin-message=${'<b>Use the portal</b>'}
        admin-url="https://it.litware.com/requests"
      ></ssp-ineligible-notice>`,
    );
    expect(el.shadowRoot!.querySelector('blockquote')!.textContent).to.equal('<b>Use the portal</b>');
    expect(el.shadowRoot!.querySelector('b')).to.equal(null);
    expect(el.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('https://it.litware.com/requests');
    expect(el.shadowRoot!.textContent).to.contain('A message from Litware:');
  });

  it('does not link a script URL', async () => {
    const el = await fixture<SspIneligibleNotice>(
      html`<ssp-ineligible-notice reason="disabled-by-admin" admin-url="javascript:alert(1)"></ssp-ineligible-notice>`,
    );
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
  });

  it('fires ssp-license-request with the note', async () => {
    const el = await fixture<SspIneligibleNotice>(
      html`<ssp-ineligible-notice reason="disabled-by-admin" license-request="idle"></ssp-ineligible-notice>`,
    );
    el.shadowRoot!.querySelector('textarea')!.value = '  For the Q3 plan  ';
    const requested = nextEvent(el, 'ssp-license-request');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    expect((await requested).message).to.equal('For the Q3 plan');
    await expect(el).to.be.accessible();
  });

  it('confirms a sent request', async () => {
    const el = await fixture<SspIneligibleNotice>(
      html`<ssp-ineligible-notice reason="trials-only" license-request="sent"></ssp-ineligible-notice>`,
    );
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.equal('Your request was sent to your admin.');
    expect(el.shadowRoot!.querySelector('form')).to.equal(null);
  });

  it('fires ssp-navigate back to try another email', async () => {
    const el = await fixture<SspIneligibleNotice>(
      html`<ssp-ineligible-notice reason="personal-email"></ssp-ineligible-notice>`,
    );
    const navigated = nextEvent(el, 'ssp-navigate');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.link')!.click();
    await navigated;
  });
});
