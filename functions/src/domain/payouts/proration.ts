/**
 * The share of a month a rep was employed, both ends included (SPEC sections 4 and 13).
 *
 * @example employedShare('2026-03', '2026-03-15', undefined) //=> 17/31
 */
import type { Decimal } from 'decimal.js';
import { daysInclusive, type Day } from '../days.js';
import { Dec } from '../money.js';
import { periodRange, type Period } from '../periods.js';

export function employedDays(
  month: Period,
  hire: Day,
  leave: Day | undefined,
): { days: number; ofDays: number } {
  const { first, last } = periodRange(month);
  const from = hire > first ? hire : first;
  const to = leave !== undefined && leave < last ? leave : last;
  return { days: to < from ? 0 : daysInclusive(from, to), ofDays: daysInclusive(first, last) };
}

export function employedShare(month: Period, hire: Day, leave: Day | undefined): Decimal {
  const { days, ofDays } = employedDays(month, hire, leave);
  return new Dec(days).div(ofDays);
}
