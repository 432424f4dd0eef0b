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
 * `sum + x` for a running sum that starts at zero, `undefined` until its first term: that term is the
 * sum itself, with no new Decimal (most sums here have one or a few terms). `0 + x` is `x` unless `x`
 * is −0 (the sum is +0) or has more digits than the 40 `Dec` keeps: decimal.js holds 7 digits a word,
 * and five words are at most 35 digits, so a shorter `x` needs no rounding.
 * @example addToSum(undefined, new Dec('12.5')) //=> that same Decimal; addToSum(undefined, new Dec('-0')) //=> ZERO
 */
export function addToSum(sum: Decimal | undefined, x: Decimal): Decimal {
  if (sum !== undefined) return sum.add(x);
  return x.isZero() ? ZERO : x.isFinite() && x.d.length <= 5 ? x : ZERO.add(x);
}

/** `x + y`, for sums worked out by a function that is handed the addition (`rollUp`'s quarters and years). */
export function add(x: Decimal, y: Decimal): Decimal {
  return x.add(y);
}

/**
 * Rounds half-up to `places` decimals (cents by default).
 * @example roundHalfUp(new Dec('94.995'), 2).toString() //=> '95'
 */
export function roundHalfUp(value: Decimal, places = 2): Decimal {
  // Most figures already fit (whole amounts, cents): rounding would only copy them.
  return value.decimalPlaces() <= places ? value : value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
}

/** Decimal digits in each word of a Decimal's `d`: decimal.js keeps its digits in base 10^7. */
const WORD = 7;
/** 10^0 … 10^22, the powers of ten a double holds exactly. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));

/**
 * A decimal as a JSON number, once it has been rounded to the places it is reported in; never −0.
 *
 * Read from the digits, not through text, for the hundreds of thousands of figures a large run
 * reports: with at most 15 significant digits the digits make an exact integer, and one multiplication
 * or division by an exact power of ten (up to 10^22) rounds once, correctly, to the double nearest the
 * decimal, which is what parsing its text gives. Anything longer or larger goes through the text.
 * @example toReportNumber(new Dec('-1234.5')) //=> -1234.5
 */
export function toReportNumber(value: Decimal): number {
  const words = value.d as readonly number[] | null; // null for NaN and the infinities
  if (words !== null && words.length <= 3) {
    let digits = 1;
    for (let power = 10; power <= words[0]!; power *= 10) digits += 1;
    digits += WORD * (words.length - 1);
    let whole = words[0]!;
    for (let i = 1; i < words.length; i++) whole = whole * 1e7 + words[i]!;
    if (whole === 0) return 0;
    const shift = value.e + 1 - digits;
    if (digits <= 15 && shift >= -22 && shift <= 22) {
      const n = shift >= 0 ? whole * POWERS_OF_TEN[shift]! : whole / POWERS_OF_TEN[-shift]!;
      return value.s < 0 ? -n : n;
    }
  }
  const n = value.toNumber();
  return Object.is(n, -0) ? 0 : n; // Prevent negative zero in reports
}

/**
 * The value of a whole number below 10^15 in size, read from its digit words without making anything;
 * NaN for anything else (a fraction, a larger number, NaN or an infinity).
 */
export function wholeValue(x: Decimal): number {
  const words = x.d as readonly number[] | null;
  if (words === null || x.e > 14) return NaN;
  // Word i holds the digits at 10^(7·(⌊e/7⌋ − i)): a whole number has no word below 10^0.
  const top = Math.floor(x.e / WORD);
  if (words.length - 1 > top) return NaN;
  let n = 0;
  for (let i = 0; i <= top; i++) n = n * 1e7 + (i < words.length ? words[i]! : 0);
  return x.s < 0 ? -n : n;
}

/**
 * A figure as reported: `toReportNumber(roundHalfUp(value, places))`, worked out from the decimal's
 * digits without making the rounded Decimal (every scorecard and statement reports a dozen figures).
 *
 * Exact: the value rounded half-up to `places` is an integer `units` over 10^places; while `units` is a
 * safe integer both it and 10^places (places ≤ 15) are exact doubles, and the division rounds
 * correctly to the double nearest the rounded decimal. Larger figures take the long way.
 * @example reportFigure(new Dec('94.995'), 2) //=> 95; reportFigure(new Dec('-0.001'), 2) //=> 0
 */
export function reportFigure(value: Decimal, places = 2): number {
  const words = value.d as readonly number[] | null;
  if (words === null || places > 15) return toReportNumber(roundHalfUp(value, places));
  if (words[0] === 0) return 0; // ±0
  // Word i holds the digits at 10^(7·(⌊e/7⌋ − i)); `shift` is that exponent counted in 10^-places.
  let shift = WORD * Math.floor(value.e / WORD) + places;
  let units = 0;
  let i = 0;
  for (; i < words.length && shift >= 0; i++, shift -= WORD) units = units * 1e7 + words[i]!;
  // Now `units` counts 10^(shift + 7), and the first dropped digit (at 10^-1 in these units) decides
  // half-up: a 5 or more rounds the magnitude up, whatever follows.
  let next = 0;
  if (i === words.length)
    units *= 10 ** (shift + WORD); // the omitted words are zeros (past 10^22 inexact, but then past safe)
  else if (shift > -WORD) {
    const word = words[i]!;
    units = units * POWERS_OF_TEN[WORD + shift]! + Math.floor(word / POWERS_OF_TEN[-shift]!);
    next = Math.floor(word / POWERS_OF_TEN[-shift - 1]!) % 10;
  } else if (shift === -WORD) next = Math.floor(words[i]! / 1e6);
  // (shift < -7 only before the first word: the digit is a leading zero.)
  if (next >= 5) units += 1;
  if (units > Number.MAX_SAFE_INTEGER) return toReportNumber(roundHalfUp(value, places));
  if (units === 0) return 0;
  const magnitude = units / POWERS_OF_TEN[places]!;
  return value.s < 0 ? -magnitude : magnitude;
}

/**
 * `x.comparedTo(y)`: -1, 0 or 1 as `x` is less than, equal to or greater than `y`, read from the
 * digits. decimal.js copies `y` into a new Decimal on every comparison (`lt`, `gte` and the like
 * included); scores are clamped, graded and ranked on every scorecard and collections checked on every
 * deal. A Decimal's digits are kept normalised, so equal exponents mean aligned words. NaN and the
 * infinities are left to decimal.js.
 * @example compare(new Dec('1.50'), new Dec('1.5')) //=> 0
 */
export function compare(x: Decimal, y: Decimal): number {
  const xd = x.d as readonly number[] | null;
  const yd = y.d as readonly number[] | null;
  if (xd === null || yd === null) return x.comparedTo(y);
  const sign = x.s;
  if (xd[0] === 0 || yd[0] === 0) return xd[0] !== 0 ? sign : yd[0] !== 0 ? -y.s : 0;
  if (sign !== y.s) return sign;
  // Same sign: the larger magnitude is the greater value when positive, the lesser when negative.
  if (x.e !== y.e) return x.e > y.e === sign > 0 ? 1 : -1;
  const length = Math.min(xd.length, yd.length);
  for (let i = 0; i < length; i++) if (xd[i] !== yd[i]) return xd[i]! > yd[i]! === sign > 0 ? 1 : -1;
  return xd.length === yd.length ? 0 : xd.length > yd.length === sign > 0 ? 1 : -1;
}
