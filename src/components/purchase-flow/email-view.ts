/**
 * The email step's template. The flow renders it before its engine has loaded and the engine
 * renders it afterwards: one template, so the step (and what the person typed) survives the switch.
 */
import { html } from 'lit';
import type { MessageOverrides } from '../../i18n/i18n.js';

export interface EmailView {
  lang: string;
  product: string;
  email: string;
  busy: boolean;
  error: string;
  messages: MessageOverrides | undefined;
}

export function emailStep(view: EmailView) {
  return html`<ssp-email-gate
    data-step-view
    lang=${view.lang}
    product=${view.product}
    .email=${view.email}
    ?busy=${view.busy}
    error=${view.error}
    .messages=${view.messages}
  ></ssp-email-gate>`;
}
