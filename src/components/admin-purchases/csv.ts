/**
 * The purchases as a CSV file (RFC 4180: every cell quoted, CRLF line ends, a UTF-8 byte order mark
 * so spreadsheets read names in any script). Names come from the directory and may be anything: a
 * cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is a formula to a spreadsheet,
 * so it gets a leading `'` and stays text (OWASP's advice against CSV injection).
 */
import { minorUnitDigits } from '../../shared/currency.js';

/** A cell as text that no spreadsheet runs as a formula. */
export function neutralize(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function cell(value: string | number): string {
  return `"${neutralize(String(value)).replace(/"/g, '""')}"`;
}

/** The file's text: a header row, then one row per record. */
export function toCsv(header: string[], rows: Array<Array<string | number>>): string {
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** An amount in minor units as a plain decimal number (`1250` USD → `12.50`), for a spreadsheet to sum. */
export function decimal(minorUnits: number, currency: string): string {
  const digits = minorUnitDigits(currency);
  return (minorUnits / 10 ** digits).toFixed(digits);
}

/** Starts the download of a CSV file (a Blob: nothing leaves the page). */
export function download(text: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([`\uFEFF${text}`], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // The browser has read the Blob once the click's download started.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
