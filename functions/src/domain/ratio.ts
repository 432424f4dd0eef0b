/**
 * Exact rationals for chains of divisions (the funnel), where even a 40-digit decimal would leave
 * noise: 900 ÷ 70% ÷ 50% ÷ 30% × 70% is exactly 6,000, and a ceiling must never make it 6,001.
 */
import Fraction from 'fraction.js';
import type { Decimal } from 'decimal.js';

export type Ratio = Fraction;

export type Rounding = 'nearest' | 'up';

/** The exact rational value of a decimal. */
export function ratioOf(value: Decimal | number): Ratio {
  return new Fraction(typeof value === 'number' ? value : value.toFixed());
}

/**
 * A non-negative rational rounded to a whole number: `nearest` is half-up, `up` is the ceiling.
 * @example roundRatio(ratioOf(900).div(ratioOf(0.7)), 'nearest') //=> 1286
 */
export function roundRatio(value: Ratio, rounding: Rounding): number {
  const rounded = rounding === 'up' ? value.ceil() : value.add(new Fraction(1, 2)).floor();
  return Number(rounded.valueOf());
}
