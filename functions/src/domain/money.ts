/**
 * Exact decimals for money, rates and scores. Binary floating point never touches an amount:
 * every figure is a `Decimal`, and rounding is half-up, in this one place.
 */
import { Decimal } from 'decimal.js';

/** A Decimal constructor of our own, so the library's global settings stay untouched. */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = Decimal;

export const ZERO = new Dec(0);
export const HUNDRED = new Dec(100);
export const ONE = new Dec(1);

/**
 * Whether a Decimal is exactly 1, read from its digits: decimal.js's own comparisons copy their argument
 * into a new Decimal on every call, which over a million rows is garbage enough to matter. A Decimal is
 * kept normalised (no trailing zero words), so 1 in any spelling (`1`, `1.0`) is the single word 1 at
 * exponent 0. A blank share is this module's ONE (run/records.ts), found by identity first.
 * @example isOne(new Dec('1.0')) //=> true; isOne(new Dec('0.5')) //=> false
 */
export function isOne(value: Decimal): boolean {
  return value === ONE || (value.s === 1 && value.e === 0 && value.d.length === 1 && value.d[0] === 1);
}

/**
 * A row's credit, `amount × share`: the amount itself when the share is whole (a deal not split,
 * most rows), as multiplying by one changes nothing and would only make a new Decimal.
 * @example credited(new Dec(500), new Dec('0.6')).toString() //=> '300'
 */
export function credited(amount: Decimal, share: Decimal): Decimal {
  return isOne(share) ? amount : amount.mul(share);
}

/**
 * Rounds half-up to `places` decimals (cents by default).
 * @example roundHalfUp(new Dec('94.995'), 2).toString() //=> '95'
 */
export function roundHalfUp(value: Decimal, places = 2): Decimal {
  // Most figures already fit (whole amounts, cents): rounding would only copy them.
  return value.decimalPlaces() <= places ? value : value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
}

/** A decimal as a JSON number, once it has been rounded to the places it is reported in. */
export function toReportNumber(value: Decimal): number {
  const n = value.toNumber();
  return Object.is(n, -0) ? 0 : n; // Prevent negative zero in reports
}
