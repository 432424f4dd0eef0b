/**
 * Numbers as people read them in sentences: thousands grouped, exact (from the decimal's own digits,
 * never through binary floating point), and fast enough for a million lines.
 *
 * @example amountText(new Dec('1234567.5')) //=> '1,234,567.50'
 */
import type { Decimal } from 'decimal.js';
import { Dec, roundHalfUp } from '../domain/money.js';

function group(fixed: string): string {
  const negative = fixed.startsWith('-');
  const [whole = '', fraction] = (negative ? fixed.slice(1) : fixed).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${fraction !== undefined ? `.${fraction}` : ''}`;
}

const decimalOf = (v: Decimal | string | number) => (typeof v === 'object' ? v : new Dec(v));

/** Always two decimals: money. */
export function amountText(v: Decimal | string | number): string {
  return group(roundHalfUp(decimalOf(v), 2).toFixed(2));
}

/** Up to two decimals, none when whole: counts, targets, scores in words. */
export function figureText(v: Decimal | string | number): string {
  return group(roundHalfUp(decimalOf(v), 2).toFixed());
}

/** The width a number takes once grouped, without formatting it. */
export function groupedWidth(value: number): number {
  const digits = String(Math.trunc(Math.abs(value))).length;
  const fraction = Number.isInteger(value) ? 0 : 3;
  return digits + Math.floor((digits - 1) / 3) + fraction + (value < 0 ? 1 : 0);
}
