/**
 * Sums of decimals that start at zero, without the first addition: `0 + x` is `x` itself unless `x`
 * is −0 (the sum is +0) or has more digits than the precision keeps (decimal.js holds 7 digits a word:
 * five words are at most 35 digits, below the 40 of money.ts, so no rounding).
 *
 * @example startSum(new Dec('12.5')) //=> the same Decimal; startSum(new Dec('-0')) //=> ZERO
 */
import type { Decimal } from 'decimal.js';
import { ZERO } from '../money.js';

/** `ZERO.add(x)`, the same value, without a new Decimal when none is needed. */
export function startSum(x: Decimal): Decimal {
  return x.isZero() ? ZERO : x.d.length <= 5 ? x : ZERO.add(x);
}

/** `sum + x` for a sum not started yet (undefined) or started. */
export function addTo(sum: Decimal | undefined, x: Decimal): Decimal {
  return sum === undefined ? startSum(x) : sum.add(x);
}
