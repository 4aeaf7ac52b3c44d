/**
 * A subscription's order history as a table (purchase, licenses added or removed, renewals,
 * cancellation and its undoing): the purchaser's manager and the admins' detail show the same.
 */
import { html } from 'lit';
import type { Order } from '../../api/subscriptions.js';
import type { LocalizeController } from '../../i18n/i18n.js';

function what(i18n: LocalizeController, order: Order): string {
  switch (order.kind) {
    case 'purchase':
      return i18n.t('orderPurchase');
    case 'licenses-added':
      return i18n.t('orderAdded', order.quantityChange);
    case 'licenses-removed':
      return i18n.t('orderRemoved', -order.quantityChange);
    case 'renewal':
      return i18n.t('orderRenewal');
    case 'canceled':
      return i18n.t('orderCanceled');
    case 'reactivated':
      return i18n.t('orderReactivated');
  }
}

export function renderOrderHistory(i18n: LocalizeController, orders: readonly Order[]) {
  const t = i18n.t.bind(i18n);
  return html`<section aria-labelledby="history-title">
    <h3 id="history-title">${t('historyTitle')}</h3>
    <div class="table-wrap" role="region" tabindex="0" aria-labelledby="history-title">
      <table>
        <thead>
          <tr>
            <th scope="col">${t('invoiceDate')}</th>
            <th scope="col">${t('historyChange')}</th>
            <th scope="col">${t('historyLicenses')}</th>
            <th scope="col">${t('invoiceAmount')}</th>
          </tr>
        </thead>
        <tbody>
          ${orders.map(
            (order) =>
              html`<tr>
                <td>${i18n.date(order.date)}</td>
                <td>${what(i18n, order)}</td>
                <td>${order.quantity}</td>
                <td>${i18n.money(order.amount.value, order.amount.currency)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </section>`;
}
