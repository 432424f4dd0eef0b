/**
 * Revenue per rep and period: Σ deal amount × share − Σ refund amount × share (SPEC section 3).
 *
 * @example
 * // A deal of 200,000 split 60/40 and a refund of 10,000 on the 60% side, all in 2026-04:
 * revenueByRepPeriod(rows, 'month').get(repPeriod('R1', '2026-04')) //=> 114000
 */
import type { Decimal } from 'decimal.js';
import type { ActivityRecord } from '../activity.js';
import type { PeriodKind } from '../periods.js';
import { add, credited } from '../money.js';
import { byRepPeriod, gridOfRows, monthNumber, rollUp, slotOf, type RepMonths } from './rep-months.js';

export function revenueByRepPeriod(activity: readonly ActivityRecord[], kind: PeriodKind): Map<string, Decimal> {
  const grid = gridOfRows(activity);
  return byRepPeriod(grid, kind, rollUp(grid, monthlyRevenue(activity, grid), kind, add));
}

/** Revenue by the grid's rep and month (undefined where the rep has no deal or refund that month). */
export function monthlyRevenue(activity: readonly ActivityRecord[], grid: RepMonths): (Decimal | undefined)[] {
  const revenue = new Array<Decimal | undefined>(grid.reps.size * grid.months).fill(undefined);
  for (let at = 0; at < activity.length; at++) {
    const a = activity[at]!;
    if ((a.type !== 'deal' && a.type !== 'refund') || !a.amount) continue;
    const rep = grid.reps.get(a.rep);
    const slot = rep === undefined ? -1 : slotOf(grid, rep, monthNumber(a.day), 'month');
    if (slot < 0) continue; // a rep without scorecards
    const credit = credited(a.amount, a.share);
    const before = revenue[slot];
    const signed = a.type === 'deal' ? credit : credit.neg();
    revenue[slot] = before ? before.add(signed) : signed;
  }
  return revenue;
}
