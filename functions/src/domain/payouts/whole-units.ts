/**
 * Decimals as whole numbers of a small unit, for sums that would otherwise make a Decimal per term.
 * A statement's revenue adds up every deal and refund of a rep's month, most of them split: worked in
 * Decimals that is a product and a sum, each a new Decimal, per row. Amounts and shares of a few
 * decimals are whole numbers of 10^-4; their products whole numbers of 10^-8, and while every figure
 * stays a safe integer, double arithmetic on them is exact. Exact sums do not depend on their order, and
 * a Decimal of 40 digits holds these without rounding, so the result is the very figure adding the
 * products Decimal by Decimal gives. Anything with more decimals, or too large, is left to the caller.
 *
 * @example
 * wholeUnits(new Dec('1234.5'), 4) //=> 12345000
 * wholeUnits(new Dec('0.00001'), 4) //=> NaN (more than 4 decimals)
 * fromWholeUnits(-12345000, 4).toString() //=> '-1234.5'
 */
import type { Decimal } from 'decimal.js';
import { Dec } from '../money.js';

/** Decimal digits in each word of a Decimal's `d`: decimal.js keeps its digits in base 10^7. */
const WORD = 7;
/** 10^0 … 10^7. */
const POWERS_OF_TEN = Array.from({ length: WORD + 1 }, (_, i) => 10 ** i);

/**
 * `value` × 10^places as a safe integer, read from its digits; NaN when that is not a whole number or
 * not a safe integer (or the value is not finite).
 */
export function wholeUnits(value: Decimal, places: number): number {
  const words = value.d as readonly number[] | null; // null for NaN and the infinities
  if (words === null) return NaN;
  // Word i holds the digits at 10^(7·(⌊e/7⌋ − i)); `shift` is that exponent counted in 10^-places.
  let shift = WORD * Math.floor(value.e / WORD) + places;
  let units = 0;
  let i = 0;
  for (; i < words.length && shift >= 0; i++, shift -= WORD) units = units * 1e7 + words[i]!;
  if (i === words.length) units *= 10 ** (shift + WORD);
  else {
    // Only the last word may reach below the unit, and only with zeros there.
    if (i !== words.length - 1 || shift <= -WORD) return NaN;
    const below = POWERS_OF_TEN[-shift]!;
    const word = words[i]!;
    if (word % below !== 0) return NaN;
    units = units * POWERS_OF_TEN[WORD + shift]! + word / below;
  }
  // Past 2^53 a step may have rounded, but then the result is past it too.
  if (!(units <= Number.MAX_SAFE_INTEGER)) return NaN;
  return value.s < 0 ? -units : units;
}

/** The Decimal of `units` × 10^-places. */
export function fromWholeUnits(units: number, places: number): Decimal {
  return new Dec(`${units}e-${places}`);
}
