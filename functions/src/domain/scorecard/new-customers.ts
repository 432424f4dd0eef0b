/**
 * New customers per rep and period (SPEC sections 3 and 13): distinct customers with a deal of the rep
 * in the period, no deal by anyone before the period, and a period deal total across all reps (a split
 * deal counted once: amount × share per row) of at least `valid_customer_min_amount`.
 *
 * @example
 * // C1's first deal ever is R1's in April (50,000); C2 bought already in March:
 * newCustomersByRepPeriod(rows, 'month', new Dec(0)).get(repPeriod('R1', '2026-04')) //=> 1
 */
import type { Decimal } from 'decimal.js';
import type { ActivityRecord } from '../activity.js';
import type { Day } from '../days.js';
import { credited, ZERO } from '../money.js';
import { pairKeys } from '../memo.js';
import { periodOf, type PeriodKind } from '../periods.js';

/** The day of each customer's first deal by anyone. */
export function firstDeals(activity: readonly ActivityRecord[]): Map<string, Day> {
  const first = new Map<string, Day>();
  for (let at = 0; at < activity.length; at++) {
    const a = activity[at]!;
    if (a.type !== 'deal' || a.customer === undefined) continue;
    const seen = first.get(a.customer);
    if (seen === undefined || a.day < seen) first.set(a.customer, a.day);
  }
  return first;
}

export function newCustomersByRepPeriod(
  activity: readonly ActivityRecord[],
  kind: PeriodKind,
  minAmount: Decimal,
  first: ReadonlyMap<string, Day> = firstDeals(activity),
): Map<string, number> {
  // A customer counts only in the period of its first deal, so its deal total needs no period in its key.
  const totals = new Map<string, Decimal>(); // customer → deal total in the period of its first deal
  const candidates = new Map<string, Set<string>>(); // rep + period → customers
  const repPeriod = pairKeys();
  for (let at = 0; at < activity.length; at++) {
    const a = activity[at]!;
    if (a.type !== 'deal' || a.customer === undefined || !a.amount) continue;
    const period = periodOf(a.day, kind);
    if (periodOf(first.get(a.customer)!, kind) !== period) continue; // bought before this period
    const before = totals.get(a.customer);
    const credit = credited(a.amount, a.share);
    totals.set(a.customer, before === undefined ? credit : before.add(credit));
    const key = repPeriod(a.rep, period);
    let customers = candidates.get(key);
    if (!customers) candidates.set(key, (customers = new Set()));
    customers.add(a.customer);
  }
  const counts = new Map<string, number>();
  for (const [key, customers] of candidates) {
    let n = 0;
    for (const c of customers) if ((totals.get(c) ?? ZERO).gte(minAmount)) n += 1;
    counts.set(key, n);
  }
  return counts;
}
