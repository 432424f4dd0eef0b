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
import { compare, credited, ZERO } from '../money.js';
import { pairKeys } from '../memo.js';
import { periodOf, type Period, type PeriodKind } from '../periods.js';

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
  return newCustomersByKind(activity, [kind], minAmount, first)[0]!;
}

/** A customer's deals in the period of its first deal, for each period kind asked for. */
interface FirstPeriodDeals {
  first: Day;
  /** The period of the first deal, by kind: worked out once per customer rather than for each of its deals. */
  periods: Period[];
  /** Deal total in that period across all reps, by kind (undefined while it has none). */
  totals: (Decimal | undefined)[];
  /** The reps with a deal in that period, each once, by kind. */
  reps: string[][];
}

/**
 * `newCustomersByRepPeriod` for several period kinds in one pass over the deals, in the order of `kinds`.
 * The log is read once and each row's credit worked out once, rather than once per kind; a customer
 * counts only in the period of its first deal, so its totals and reps are kept by customer, and the
 * rep and period key is built once per customer and rep at the end rather than for every row.
 */
export function newCustomersByKind(
  activity: readonly ActivityRecord[],
  kinds: readonly PeriodKind[],
  minAmount: Decimal,
  first: ReadonlyMap<string, Day> = firstDeals(activity),
): Map<string, number>[] {
  const byCustomer = new Map<string, FirstPeriodDeals>();
  for (let at = 0; at < activity.length; at++) {
    const a = activity[at]!;
    if (a.type !== 'deal' || a.customer === undefined || !a.amount) continue;
    let deals = byCustomer.get(a.customer);
    if (!deals) {
      const day = first.get(a.customer)!;
      byCustomer.set(a.customer, (deals = { first: day, periods: kinds.map((kind) => periodOf(day, kind)), totals: kinds.map(() => undefined), reps: kinds.map(() => []) }));
    }
    let credit: Decimal | undefined;
    for (let k = 0; k < kinds.length; k++) {
      const kind = kinds[k]!;
      if (periodOf(a.day, kind) !== deals.periods[k]) continue; // bought before this period
      credit ??= credited(a.amount, a.share);
      const before = deals.totals[k];
      deals.totals[k] = before === undefined ? credit : before.add(credit);
      const reps = deals.reps[k]!;
      if (!reps.includes(a.rep)) reps.push(a.rep);
    }
  }
  return kinds.map((kind, k) => {
    const counts = new Map<string, number>();
    const repPeriod = pairKeys();
    for (const deals of byCustomer.values()) {
      const valid = compare(deals.totals[k] ?? ZERO, minAmount) >= 0 ? 1 : 0;
      const period = deals.periods[k]!;
      for (const rep of deals.reps[k]!) {
        const key = repPeriod(rep, period);
        counts.set(key, (counts.get(key) ?? 0) + valid);
      }
    }
    return counts;
  });
}
