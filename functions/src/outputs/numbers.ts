/**
 * Numbers as people read them in sentences: thousands grouped, exact (from the decimal's own digits,
 * never through binary floating point), and fast enough for a million lines.
 *
 * @example amountText(new Dec('1234567.5')) //=> '1,234,567.50'
 */
import type { Decimal } from 'decimal.js';
import { Dec, reportFigure, roundHalfUp } from '../domain/money.js';

const MINUS = 45; // '-'
const ZERO_DIGIT = 48; // '0'
const DOT = 46; // '.'

/**
 * Commas between the thousands of a plain decimal text (`-1234567.5` → `-1,234,567.5`). By slices
 * rather than a regular expression and a split: every explanation and statement line comes through
 * here, and most numbers have no more than three digits, which are returned as they are.
 */
function group(fixed: string): string {
  const start = fixed.charCodeAt(0) === MINUS ? 1 : 0;
  const dot = fixed.indexOf('.', start);
  const end = dot < 0 ? fixed.length : dot;
  if (end - start <= 3) return fixed;
  const lead = start + ((end - start) % 3 || 3);
  let out = fixed.slice(0, lead);
  for (let i = lead; i < end; i += 3) out += `,${fixed.slice(i, i + 3)}`;
  return out + fixed.slice(end);
}

const decimalOf = (v: Decimal | string | number) => (typeof v === 'object' ? v : new Dec(v));

/** `12` → `12.00`, `12.5` → `12.50`: the text of a decimal with at most two places, to exactly two. */
function withCents(plain: string): string {
  const dot = plain.indexOf('.');
  if (dot < 0) return `${plain}.00`;
  return plain.length - dot === 2 ? `${plain}0` : plain;
}

/**
 * Whether a text is already what `amountText` prints before grouping: `-?digits.dd` with no leading
 * zero, and not a negative zero (`-0.00` prints `0.00`). The statements keep their amounts as such
 * texts (`toFixed(2)`), which then need no Decimal parsed, rounded and printed again.
 */
function isCentsText(text: string): boolean {
  const start = text.charCodeAt(0) === MINUS ? 1 : 0;
  const dot = text.length - 3;
  if (dot <= start || text.charCodeAt(dot) !== DOT) return false;
  if (text.charCodeAt(start) === ZERO_DIGIT && dot - start > 1) return false;
  let nonzero = false;
  for (let i = start; i < text.length; i++) {
    if (i === dot) continue;
    const digit = text.charCodeAt(i) - ZERO_DIGIT;
    if (digit < 0 || digit > 9) return false;
    if (digit !== 0) nonzero = true;
  }
  return nonzero || start === 0;
}

/** Below this many units (hundredths, thousandths) a rounded figure has at most 15 digits. */
const EXACT_UNITS = 1e15;

/**
 * `roundHalfUp(v, places)` counted in units of 10^-places (its magnitude; the sign apart), or -1
 * past 15 digits. Read off `reportFigure`'s double, the one nearest `units / 10^places`: scaling it
 * back errs by far less than half a unit below 2^51, so rounding recovers `units` exactly. The texts
 * of a sentence's figures are then made from whole numbers, with no rounded Decimal nor its digits
 * made for each of the hundreds of thousands of figures the explanations and statements print.
 */
function unitsOf(figure: number, scale: 100 | 1000): number {
  const units = Math.round(Math.abs(figure) * scale);
  return units < EXACT_UNITS ? units : -1;
}

const sign = (figure: number, units: number) => (figure < 0 && units > 0 ? '-' : ''); // never "-0"

/** Two digits: `5` → `05`. */
const twoDigits = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * Always two decimals: money. Once rounded, the value has at most two places, so its plain text
 * padded with zeros is what `toFixed(2)` gives, without the copy of the value `toFixed(2)` makes.
 */
export function amountText(v: Decimal | string | number): string {
  if (typeof v === 'string' && isCentsText(v)) return group(v);
  const value = decimalOf(v);
  const figure = reportFigure(value, 2);
  const cents = unitsOf(figure, 100);
  if (cents < 0) return group(withCents(roundHalfUp(value, 2).toFixed()));
  const fraction = cents % 100;
  return `${sign(figure, cents)}${group(String((cents - fraction) / 100))}.${twoDigits(fraction)}`;
}

/** Up to two decimals, none when whole: counts, targets, scores in words. */
export function figureText(v: Decimal | string | number): string {
  const value = decimalOf(v);
  const figure = reportFigure(value, 2);
  const cents = unitsOf(figure, 100);
  if (cents < 0) return group(roundHalfUp(value, 2).toFixed());
  const fraction = cents % 100;
  const whole = `${sign(figure, cents)}${group(String((cents - fraction) / 100))}`;
  if (fraction === 0) return whole;
  return fraction % 10 === 0 ? `${whole}.${fraction / 10}` : `${whole}.${twoDigits(fraction)}`;
}

/**
 * A fraction as a percentage to one decimal, rounded half-up: `0.85674` → `85.7%`. Multiplying by a
 * hundred only moves the decimal point, so the fraction is rounded to three places, whose thousandths
 * are the percentage's tenths, rather than a product made, rounded and printed for every rate on
 * every card.
 *
 * @example percentText(new Dec('0.0005')) //=> '0.1%'
 */
export function percentText(fraction: Decimal): string {
  const figure = reportFigure(fraction, 3);
  const tenths = unitsOf(figure, 1000);
  if (tenths < 0) return `${roundHalfUp(fraction.mul(100), 1).toFixed(1)}%`;
  const tenth = tenths % 10;
  return `${sign(figure, tenths)}${(tenths - tenth) / 10}.${tenth}%`;
}

/** How many digits a whole non-negative number shows, counted rather than printed. */
function wholeDigits(n: number): number {
  // Past 1e15 (and for NaN or Infinity) the text may be in exponent form: take its length as it is.
  if (!(n < 1e15)) return String(n).length;
  let digits = 1;
  for (let power = 10; power <= n; power *= 10) digits += 1;
  return digits;
}

/** The width a number takes once grouped, without formatting it. */
export function groupedWidth(value: number): number {
  const digits = wholeDigits(Math.trunc(Math.abs(value)));
  const fraction = Number.isInteger(value) ? 0 : 3;
  return digits + Math.floor((digits - 1) / 3) + fraction + (value < 0 ? 1 : 0);
}
