/**
 * New customers per rep and period (SPEC sections 3 and 13): distinct customers with a deal of the rep
 * in the period, no deal by anyone before the period, and a period deal total across all reps (a split
 * deal counted once: amount × share per row) of at least `valid_customer_min_amount`.
 *
 * @example
 * // C1's first deal ever is R1's in April (50,000); C2 bought from R2 in March, then from R1 in April:
 * const grid = repMonths(['R1', 'R2'], '2026-03-01', '2026-04-30');
 * newCustomersByKind(rows, ['month'], new Dec(0), dealCustomers(rows, []), grid) //=> [[0, 1, 1, 0]] (R1's March and April, R2's)
 */
import type { Decimal } from 'decimal.js';
import type { ActivityRecord } from '../activity.js';
import { compare, credited, ZERO } from '../money.js';
import type { PeriodKind } from '../periods.js';
import type { DealCustomers } from './deal-customers.js';
import { monthNumber, periodCount, periodIndex, slotOf, type RepMonths } from './rep-months.js';

/**
 * New customers for several period kinds, in the order of `kinds`, by the grid's rep and period (a rep's
 * count 0 or undefined alike when none).
 *
 * A customer counts only in the periods of its first deal, all within the year of it: one pass over the
 * deals keeps, by customer number, its deal totals in its first month, quarter and year, and each rep
 * with a deal that year with the month of the rep's earliest such deal. A rep had a deal in the first
 * month (or quarter) exactly when that month falls in it. Counts are added by customer at the end.
 */
export function newCustomersByKind(
  activity: readonly ActivityRecord[],
  kinds: readonly PeriodKind[],
  minAmount: Decimal,
  customers: DealCustomers,
  grid: RepMonths,
): number[][] {
  const firstMonth = customers.first.map(monthNumber);
  const totals = kinds.map(() => new Array<Decimal | undefined>(firstMonth.length).fill(undefined));
  const reps: (number[] | undefined)[] = new Array<number[] | undefined>(firstMonth.length).fill(undefined); // rep, earliest month, …
  for (let at = 0; at < activity.length; at++) {
    const c = customers.ofDeal[at]!;
    const a = activity[at]!;
    if (c < 0 || !a.amount) continue;
    const month = monthNumber(a.day);
    const first = firstMonth[c]!;
    if (periodIndex(grid, month, 'year') !== periodIndex(grid, first, 'year')) continue; // bought before this year
    let credit: Decimal | undefined;
    for (let k = 0; k < kinds.length; k++) {
      if (periodIndex(grid, month, kinds[k]!) !== periodIndex(grid, first, kinds[k]!)) continue;
      credit ??= credited(a.amount, a.share);
      const before = totals[k]![c];
      totals[k]![c] = before === undefined ? credit : before.add(credit);
    }
    const rep = grid.reps.get(a.rep);
    if (rep === undefined) continue; // a rep without scorecards
    const seen = (reps[c] ??= []);
    let i = 0;
    while (i < seen.length && seen[i] !== rep) i += 2;
    if (i === seen.length) seen.push(rep, month);
    else if (month < seen[i + 1]!) seen[i + 1] = month;
  }
  return kinds.map((kind, k) => {
    const counts = new Array<number>(grid.reps.size * periodCount(grid, kind)).fill(0);
    for (let c = 0; c < firstMonth.length; c++) {
      const seen = reps[c];
      if (seen === undefined) continue;
      const first = firstMonth[c]!;
      const valid = compare(totals[k]![c] ?? ZERO, minAmount) >= 0 ? 1 : 0;
      for (let i = 0; i < seen.length; i += 2) {
        if (periodIndex(grid, seen[i + 1]!, kind) !== periodIndex(grid, first, kind)) continue;
        const slot = slotOf(grid, seen[i]!, first, kind);
        if (slot >= 0) counts[slot]! += valid;
      }
    }
    return counts;
  });
}
