/**
 * The tenant's subscriptions as a table: a caption, column headers whose buttons sort (the sorted
 * column states `aria-sort`), a row header per subscription and a button to its details. Sorting
 * and searching are pure functions here; the element owns the rows.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AdminSubscription } from '../../api/admin.js';
import type { SubscriptionStatus } from '../../api/subscriptions.js';
import type { LocalizeController, MessageKey } from '../../i18n/i18n.js';

export type SortKey = 'product' | 'purchaser' | 'quantity' | 'assigned' | 'price' | 'expires';
export interface Sort {
  key: SortKey;
  direction: 'ascending' | 'descending';
}

export const STATUS: Record<SubscriptionStatus, MessageKey> = {
  active: 'statusActive',
  trialing: 'statusTrialing',
  past_due: 'statusPastDue',
  canceled: 'statusCanceled',
  expired: 'statusExpired',
};

export const COLUMNS: Record<SortKey, MessageKey> = {
  product: 'colProduct',
  purchaser: 'colPurchaser',
  quantity: 'colQuantity',
  assigned: 'colAssigned',
  price: 'colPrice',
  expires: 'colExpires',
};

/** The purchaser's name as the table shows it (central subscriptions are the organization's). */
export function purchaserName(i18n: LocalizeController, s: AdminSubscription): string {
  return s.purchaser?.displayName ?? i18n.t('centralPurchaser');
}

/** The purchase price per license, in words. */
export function price(i18n: LocalizeController, s: AdminSubscription): string {
  if (!s.unitAmount) return i18n.t('priceAgreement');
  const amount = i18n.money(s.unitAmount.value, s.unitAmount.currency);
  return s.billingPeriod === 'year' ? i18n.t('pricePerYear', amount) : i18n.t('pricePerMonth', amount);
}

/** The subscriptions whose product, purchaser's name or email contain the search (any case). */
export function search(rows: AdminSubscription[], text: string, lang: string): AdminSubscription[] {
  const wanted = text.trim().toLocaleLowerCase(lang);
  if (!wanted) return rows;
  return rows.filter((s) =>
    [s.productName, s.purchaser?.displayName ?? '', s.purchaser?.email ?? ''].some((field) =>
      field.toLocaleLowerCase(lang).includes(wanted),
    ),
  );
}

export function sortRows(i18n: LocalizeController, rows: AdminSubscription[], sort?: Sort): AdminSubscription[] {
  if (!sort) return rows;
  const collator = new Intl.Collator(i18n.lang, { sensitivity: 'base', numeric: true });
  // Subscriptions without a price (central ones) come last either way.
  const value = (s: AdminSubscription): string | number => {
    switch (sort.key) {
      case 'product':
        return s.productName;
      case 'purchaser':
        return purchaserName(i18n, s);
      case 'quantity':
        return s.quantity;
      case 'assigned':
        return s.assignedCount;
      case 'price':
        return s.unitAmount ? s.unitAmount.value * (s.billingPeriod === 'year' ? 1 : 12) : Infinity;
      case 'expires':
        return Date.parse(s.expiresAt);
    }
  };
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    if (x === Infinity || y === Infinity) return x === y ? 0 : x === Infinity ? 1 : -1;
    return sign * (typeof x === 'number' ? x - (y as number) : collator.compare(x, y as string));
  });
}

export interface TableActions {
  sortBy(key: SortKey): void;
  open(subscription: AdminSubscription): void;
}

export function renderTable(
  i18n: LocalizeController,
  rows: AdminSubscription[],
  options: { showSource: boolean; sort?: Sort },
  actions: TableActions,
) {
  const t = i18n.t.bind(i18n);
  const header = (key: SortKey) => {
    const sorted = options.sort?.key === key ? options.sort.direction : undefined;
    return html`<th scope="col" aria-sort=${ifDefined(sorted)}>
      <button class="sort" @click=${() => actions.sortBy(key)}>
        ${t(COLUMNS[key] as 'colProduct')}
        <span class="arrow" aria-hidden="true"
          >${sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}</span
        >
      </button>
    </th>`;
  };
  return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="purchases-caption">
    <table>
      <caption id="purchases-caption">
        ${t('purchasesCaption', rows.length)}
      </caption>
      <thead>
        <tr>
          ${header('product')} ${header('purchaser')}
          ${options.showSource ? html`<th scope="col">${t('colSource')}</th>` : nothing} ${header('quantity')}
          ${header('assigned')} ${header('price')} ${header('expires')}
          <th scope="col">${t('colStatus')}</th>
          <th scope="col">${t('colActions')}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (s) =>
            html`<tr>
              <th scope="row">${s.productName}</th>
              <td>
                <span class="name">${purchaserName(i18n, s)}</span>
                ${s.purchaser ? html`<span class="muted">${s.purchaser.email}</span>` : nothing}
                ${s.purchaser && !s.purchaser.inTenant ? html`<span class="flag">${t('purchaserLeft')}</span>` : nothing}
              </td>
              ${options.showSource ? html`<td>${s.source === 'central' ? t('central') : t('selfService')}</td>` : nothing}
              <td>${s.quantity}</td>
              <td>${s.assignedCount}</td>
              <td>${price(i18n, s)}</td>
              <td>${i18n.date(s.expiresAt)}</td>
              <td>
                ${t(STATUS[s.status] as 'statusActive')}
                ${
                  s.cancellationRequest
                    ? html`<span class="muted"
                        >${t('takeoverPending', i18n.date(s.cancellationRequest.requestedAt))}</span
                      >`
                    : nothing
                }
              </td>
              <td>
                <button
                  class="button secondary"
                  aria-label=${t('purchaseDetailsLabel', s.productName, purchaserName(i18n, s))}
                  @click=${() => actions.open(s)}
                >
                  ${t('purchaseDetails')}
                </button>
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
