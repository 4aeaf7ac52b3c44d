/**
 * The digits of a currency's minor unit as ISO 4217 counts them: the API's amounts are integers of
 * that unit (cents for USD, fillér for HUF, yen for JPY, which has none), as Stripe's are. Not
 * `Intl.NumberFormat`'s digits: those are for display and differ by engine (CLDR 48 shows HUF, IDR
 * and COP without decimals, older engines with two), so dividing by them would show an amount a
 * hundred times off in some browsers.
 */
const ZERO_DIGITS = new Set('BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF'.split(' '));
const THREE_DIGITS = new Set('BHD IQD JOD KWD LYD OMR TND'.split(' '));

export function minorUnitDigits(currency: string): number {
  const code = currency.toUpperCase();
  return ZERO_DIGITS.has(code) ? 0 : THREE_DIGITS.has(code) ? 3 : 2;
}
