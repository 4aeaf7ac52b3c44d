/**
 * The license-request inbox as a table, and the form that declines one request with an optional
 * note. Templates only: the element owns the requests and the calls.
 */
import { html, nothing } from 'lit';
import { MAX_ADMIN_MESSAGE_LENGTH, type AdminLicenseRequest, type LicenseRequestStatus } from '../../api/admin.js';
import type { LocalizeController, MessageKey } from '../../i18n/i18n.js';

const STATUS: Record<LicenseRequestStatus, MessageKey> = {
  sent: 'requestSent',
  approved: 'requestApproved',
  declined: 'requestDeclined',
};

export interface TableActions {
  approve(request: AdminLicenseRequest): void;
  decline(request: AdminLicenseRequest): void;
}

export function renderRequests(
  i18n: LocalizeController,
  requests: AdminLicenseRequest[],
  options: { decide: boolean; busy?: string },
  actions: TableActions,
) {
  const t = i18n.t.bind(i18n);
  return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="requests-caption">
    <table>
      <caption id="requests-caption">
        ${t('requestsCaption', requests.length)}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('requestRequester')}</th>
          <th scope="col">${t('requestProduct')}</th>
          <th scope="col">${t('requestDate')}</th>
          <th scope="col">${t('requestMessage')}</th>
          <th scope="col">${t('requestStatus')}</th>
          ${options.decide ? html`<th scope="col">${t('requestDecision')}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${requests.map((request) => {
          const name = request.requester.displayName;
          const busy = options.busy === request.id;
          return html`<tr>
            <th scope="row" class="person">
              <span>${name}</span>
              <span class="muted">${request.requester.email}</span>
            </th>
            <td>${request.productName}</td>
            <td>${i18n.date(request.requestedAt)}</td>
            <td class="text">${request.message ?? ''}</td>
            <td>
              <span class="status ${request.status}">${t(STATUS[request.status] as 'requestSent')}</span>
              ${request.note ? html`<span class="text muted note">${request.note}</span>` : nothing}
            </td>
            ${
              options.decide
                ? html`<td>
                    ${
                      request.status === 'sent'
                        ? html`<div class="decide">
                            <button
                              class="button"
                              part="button"
                              aria-label=${t('requestApproveLabel', name, request.productName)}
                              ?disabled=${Boolean(options.busy)}
                              @click=${() => actions.approve(request)}
                            >
                              ${busy ? t('requestWorking') : t('requestApprove')}
                            </button>
                            <button
                              class="button secondary"
                              data-decline=${request.id}
                              aria-label=${t('requestDeclineLabel', name, request.productName)}
                              ?disabled=${Boolean(options.busy)}
                              @click=${() => actions.decline(request)}
                            >
                              ${t('requestDecline')}
                            </button>
                          </div>`
                        : nothing
                    }
                  </td>`
                : nothing
            }
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}

export interface DeclineActions {
  note(text: string): void;
  confirm(): void;
  keep(): void;
}

/** Declining one request: an optional note (plain text, counted), then confirm or keep. */
export function renderDecline(
  i18n: LocalizeController,
  request: AdminLicenseRequest,
  state: { note: string; error?: string; busy: boolean },
  actions: DeclineActions,
) {
  const t = i18n.t.bind(i18n);
  const describedBy = `decline-note-hint${state.error ? ' decline-note-error' : ''}`;
  return html`<form
    class="confirm decline"
    part="form"
    aria-labelledby="decline-title"
    novalidate
    @submit=${(event: Event) => {
      event.preventDefault();
      actions.confirm();
    }}
  >
    <h3 id="decline-title">${t('requestDeclineTitle', request.requester.displayName, request.productName)}</h3>
    <div class="field">
      <label for="decline-note">${t('requestNoteLabel')}</label>
      <textarea
        id="decline-note"
        part="input"
        rows="3"
        aria-describedby=${describedBy}
        aria-invalid=${state.error ? 'true' : 'false'}
        .value=${state.note}
        @input=${(event: Event) => actions.note((event.target as HTMLTextAreaElement).value)}
      ></textarea>
      <p class="hint" id="decline-note-hint">${t('adminCount', state.note.length, MAX_ADMIN_MESSAGE_LENGTH)}</p>
      ${
        state.error
          ? html`<p class="error" id="decline-note-error" part="error" role="alert">${state.error}</p>`
          : nothing
      }
    </div>
    <div class="actions">
      <button class="button" part="button" ?disabled=${state.busy}>
        ${state.busy ? t('requestWorking') : t('requestDeclineConfirm')}
      </button>
      <button type="button" class="button secondary" @click=${() => actions.keep()}>${t('requestKeep')}</button>
    </div>
  </form>`;
}
