/**
 * One subscription as an admin sees it: the facts, its assigned users, its order history, and the
 * two ways to end a self-service purchase (take over; cancel for a purchaser who left), each
 * confirmed after saying what happens. A template: the element owns the subscription and the calls.
 */
import { html, nothing } from 'lit';
import type { AdminSubscriptionDetail } from '../../api/admin.js';
import type { LocalizeController } from '../../i18n/i18n.js';
import { price, purchaserName, STATUS } from './purchases-table.js';
import { renderOrderHistory } from '../subscription-manager/order-history.js';

export type Confirming = 'takeover' | 'cancel' | undefined;

export interface DetailState {
  detail: AdminSubscriptionDetail;
  confirming: Confirming;
  busy: boolean;
  /** Delegated partners take over but do not cancel on the organization's behalf. */
  partner: boolean;
  error?: string;
  notice?: string;
}

export interface DetailActions {
  back(): void;
  ask(what: Confirming): void;
  takeOver(): void;
  cancel(): void;
}

const running = (d: AdminSubscriptionDetail) => d.status !== 'canceled' && d.status !== 'expired';

/** Take-over is offered for a running self-service subscription not taken over yet. */
export const canTakeOver = (d: AdminSubscriptionDetail) =>
  d.source === 'self-service' && running(d) && !d.cancellationRequest;

/** Cancel on behalf: only where the contract allows it (the purchaser left) and for the organization's own admins. */
export const canCancel = (d: AdminSubscriptionDetail, partner: boolean) =>
  d.source === 'self-service' && running(d) && d.purchaser?.inTenant === false && !partner;

export function renderDetail(i18n: LocalizeController, state: DetailState, actions: DetailActions) {
  const t = i18n.t.bind(i18n);
  const { detail } = state;
  const name = purchaserName(i18n, detail);
  return html`<button class="link back" @click=${() => actions.back()}>${t('purchasesBack')}</button>
    <h2 class="title" part="title" tabindex="-1">${detail.productName}</h2>
    <p>
      ${
        detail.purchaser
          ? t('purchaseBoughtBy', detail.purchaser.displayName, detail.purchaser.email, i18n.date(detail.createdAt))
          : t('sourceCentral')
      }
      ${detail.purchaser && !detail.purchaser.inTenant ? html`<span class="flag">${t('purchaserLeft')}</span>` : nothing}
    </p>
    <dl class="facts">
      <div>
        <dt>${t('colStatus')}</dt>
        <dd>${t(STATUS[detail.status] as 'statusActive')}</dd>
      </div>
      <div>
        <dt>${t('colQuantity')}</dt>
        <dd>${detail.quantity}</dd>
      </div>
      <div>
        <dt>${t('colAssigned')}</dt>
        <dd>${detail.assignedCount}</dd>
      </div>
      <div>
        <dt>${t('colPrice')}</dt>
        <dd>${price(i18n, detail)}</dd>
      </div>
      <div>
        <dt>${t('colExpires')}</dt>
        <dd>${i18n.date(detail.expiresAt)}</dd>
      </div>
    </dl>
    ${
      detail.cancellationRequest
        ? html`<p class="muted">${t('takeoverPending', i18n.date(detail.cancellationRequest.requestedAt))}</p>`
        : nothing
    }
    <div role="status" aria-live="polite" class="notice">${state.notice ?? ''}</div>
    ${state.error ? html`<p class="error" role="alert" part="error">${state.error}</p>` : nothing}
    ${canTakeOver(detail) ? renderTakeOver(i18n, state, name, actions) : nothing}
    ${canCancel(detail, state.partner) ? renderCancel(i18n, state, name, actions) : nothing}
    ${renderUsers(i18n, detail)} ${detail.orderHistory.length ? renderOrderHistory(i18n, detail.orderHistory) : nothing}`;
}

function renderTakeOver(i18n: LocalizeController, state: DetailState, name: string, actions: DetailActions) {
  const t = i18n.t.bind(i18n);
  return html`<section aria-labelledby="takeover-title">
    <h3 id="takeover-title">${t('takeoverTitle')}</h3>
    <p>${t('takeoverExplain', state.detail.productName, name)}</p>
    ${
      state.confirming === 'takeover'
        ? html`<div class="actions">
            <button
              class="button"
              part="button"
              id="confirm"
              ?disabled=${state.busy}
              @click=${() => actions.takeOver()}
            >
              ${state.busy ? t('working') : t('takeoverConfirm')}
            </button>
            <button class="button secondary" @click=${() => actions.ask(undefined)}>${t('takeoverKeep')}</button>
          </div>`
        : html`<button class="button" part="button" id="takeover" @click=${() => actions.ask('takeover')}>
            ${t('takeoverStart')}
          </button>`
    }
  </section>`;
}

function renderCancel(i18n: LocalizeController, state: DetailState, name: string, actions: DetailActions) {
  const t = i18n.t.bind(i18n);
  return html`<section aria-labelledby="cancel-title">
    <h3 id="cancel-title">${t('cancelOnBehalfTitle')}</h3>
    <p>${t('cancelOnBehalfExplain', name, i18n.date(state.detail.expiresAt))}</p>
    ${
      state.confirming === 'cancel'
        ? html`<div class="actions">
            <button class="button" part="button" id="confirm" ?disabled=${state.busy} @click=${() => actions.cancel()}>
              ${state.busy ? t('working') : t('cancelOnBehalfConfirm')}
            </button>
            <button class="button secondary" @click=${() => actions.ask(undefined)}>${t('cancelOnBehalfKeep')}</button>
          </div>`
        : html`<button class="button secondary" id="cancel" @click=${() => actions.ask('cancel')}>
            ${t('cancelOnBehalfStart')}
          </button>`
    }
  </section>`;
}

function renderUsers(i18n: LocalizeController, detail: AdminSubscriptionDetail) {
  const t = i18n.t.bind(i18n);
  return html`<section aria-labelledby="users-title">
    <h3 id="users-title">${t('assignedTitle')}</h3>
    ${
      detail.assignedUsers.length
        ? html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="users-title">
            <table>
              <thead>
                <tr>
                  <th scope="col">${t('assignedName')}</th>
                  <th scope="col">${t('assignedEmail')}</th>
                  <th scope="col">${t('assignedSince')}</th>
                  <th scope="col">${t('assignedCentral')}</th>
                </tr>
              </thead>
              <tbody>
                ${detail.assignedUsers.map(
                  (user) =>
                    html`<tr>
                      <th scope="row">${user.displayName}</th>
                      <td>${user.email}</td>
                      <td>${i18n.date(user.assignedAt)}</td>
                      <td>${user.centralLicense ? t('yes') : t('no')}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : html`<p>${t('assignedNone')}</p>`
    }
  </section>`;
}
