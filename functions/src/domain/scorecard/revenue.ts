/**
 * Revenue per rep and period: Σ deal amount × share − Σ refund amount × share (SPEC section 3).
 *
 * @example
 * // A deal of 200,000 split 60/40 and a refund of 10,000 on the 60% side, all in 2026-04:
 * revenueByRepPeriod(rows, 'month').get(repPeriod('R1', '2026-04')) //=> 114000
 */
import type { Decimal } from 'decimal.js';
import type { ActivityRecord } from '../activity.js';
import { periodOf, type PeriodKind } from '../periods.js';
import { credited } from '../money.js';
import { pairKeys } from '../memo.js';

export function revenueByRepPeriod(activity: readonly ActivityRecord[], kind: PeriodKind): Map<string, Decimal> {
  const revenue = new Map<string, Decimal>();
  const repPeriod = pairKeys();
  for (let at = 0; at < activity.length; at++) {
    const a = activity[at]!;
    if ((a.type !== 'deal' && a.type !== 'refund') || !a.amount) continue;
    const credit = credited(a.amount, a.share);
    const key = repPeriod(a.rep, periodOf(a.day, kind));
    const before = revenue.get(key);
    const signed = a.type === 'deal' ? credit : credit.neg();
    revenue.set(key, before ? before.add(signed) : signed);
  }
  return revenue;
}
