/**
 * Revenue per rep and month, which quarters and years add up: Σ deal amount × share − Σ refund amount ×
 * share (SPEC section 3).
 *
 * @example
 * // R1 and R2 split a deal of 200,000 60/40; a refund of 10,000 on R1's 60% side, all in 2026-04:
 * monthlyRevenue(rows, repMonths(['R1', 'R2'], '2026-04-01', '2026-04-30')) //=> [114000, 80000]
 */
import type { Decimal } from 'decimal.js';
import type { ActivityRecord } from '../activity.js';
import { DecimalSum } from '../decimal-sum.js';
import { credited } from '../money.js';
import { monthNumber, slotOf, type RepMonths } from './rep-months.js';

/** Revenue by the grid's rep and month (undefined where the rep has no deal or refund that month). */
export function monthlyRevenue(
  activity: readonly ActivityRecord[],
  grid: RepMonths,
): (Decimal | undefined)[] {
  // Summed without a new Decimal a row (see DecimalSum): a rep's month holds hundreds of deals.
  const sums = new Array<DecimalSum | undefined>(grid.reps.size * grid.months).fill(undefined);
  for (let at = 0; at < activity.length; at++) {
    const a = activity[at]!;
    if ((a.type !== 'deal' && a.type !== 'refund') || !a.amount) continue;
    const rep = grid.reps.get(a.rep);
    const slot = rep === undefined ? -1 : slotOf(grid, rep, monthNumber(a.day), 'month');
    if (slot < 0) continue; // a rep without scorecards
    const credit = credited(a.amount, a.share);
    const sum = (sums[slot] ??= new DecimalSum());
    if (a.type === 'deal') sum.add(credit);
    else sum.sub(credit);
  }
  return sums.map((sum) => sum?.total());
}
