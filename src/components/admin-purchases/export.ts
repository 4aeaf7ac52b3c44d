/** The purchases on screen as a CSV download, with the table's columns (and a few more a spreadsheet needs). */
import type { AdminSubscription } from '../../api/admin.js';
import type { LocalizeController } from '../../i18n/i18n.js';
import { decimal, download, toCsv } from './csv.js';
import { STATUS } from './purchases-table.js';

/** `YYYY-MM-DD`: a date every spreadsheet reads the same way. */
const day = (iso: string) => iso.slice(0, 10);

export function csvOf(i18n: LocalizeController, rows: AdminSubscription[]): string {
  const t = i18n.t.bind(i18n);
  const header = [
    t('colProduct'),
    t('colPurchaser'),
    t('csvPurchaserEmail'),
    t('colSource'),
    t('colQuantity'),
    t('colAssigned'),
    t('colPrice'),
    t('csvCurrency'),
    t('csvBilling'),
    t('colExpires'),
    t('csvBoughtOn'),
    t('colStatus'),
  ];
  const body = rows.map((s) => [
    s.productName,
    s.purchaser?.displayName ?? '',
    s.purchaser?.email ?? '',
    s.source === 'central' ? t('central') : t('selfService'),
    s.quantity,
    s.assignedCount,
    s.unitAmount ? decimal(s.unitAmount.value, s.unitAmount.currency) : '',
    s.unitAmount?.currency ?? '',
    s.billingPeriod ? t(s.billingPeriod === 'year' ? 'billingYear' : 'billingMonth') : '',
    day(s.expiresAt),
    day(s.createdAt),
    t(STATUS[s.status] as 'statusActive'),
  ]);
  return toCsv(header, body);
}

export function exportCsv(i18n: LocalizeController, rows: AdminSubscription[], organization: string): void {
  const name = organization.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'organization';
  download(csvOf(i18n, rows), `${name}-purchases-${new Date().toISOString().slice(0, 10)}.csv`);
}
