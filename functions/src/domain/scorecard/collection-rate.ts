/**
 * Collection timeliness per rep and period (SPEC sections 3 and 13): of the rep's deals due in the period
 * and on or before `as_of` (due on `due_date`, else the deal day + `payment_terms_days`), the collections
 * carrying the deal's `ref`, by anyone, dated on or before the due day and capped at the deal amount,
 * over the amount due. A split deal counts at the rep's share on both sides.
 *
 * @example
 * // A 100,000 deal due 2026-04-30; 60,000 collected on 04-20 and 40,000 on 05-03 (late):
 * collectionByRepPeriod(rows, 'month', '2026-05-15', 30).get(repPeriod('R1', '2026-04')) //=> 60,000 / 100,000
 */
import type { Decimal } from 'decimal.js';
import type { ActivityRecord } from '../activity.js';
import { addDays, type Day } from '../days.js';
import { compare, credited, ZERO } from '../money.js';
import type { PeriodKind } from '../periods.js';
import type { Ratio } from './kpis.js';
import { byRepPeriod, gridOfRows, monthNumber, rollUp, slotOf, type RepMonths } from './rep-months.js';

/** Collections per deal ref, as (day, amount) pairs. */
export function collectionsByRef(activity: readonly ActivityRecord[]): Map<string, { day: Day; amount: Decimal }[]> {
  const byRef = new Map<string, { day: Day; amount: Decimal }[]>();
  for (let at = 0; at < activity.length; at++) {
    const a = activity[at]!;
    if (a.type !== 'collection' || a.ref === undefined || !a.amount) continue;
    let list = byRef.get(a.ref);
    if (!list) byRef.set(a.ref, (list = []));
    list.push({ day: a.day, amount: a.amount });
  }
  return byRef;
}

/** The day a deal falls due. */
export function dueDay(deal: ActivityRecord, paymentTermsDays: number): Day {
  return deal.due ?? addDays(deal.day, paymentTermsDays);
}

export function collectionByRepPeriod(
  activity: readonly ActivityRecord[],
  kind: PeriodKind,
  asOf: Day,
  paymentTermsDays: number,
  collections: ReadonlyMap<string, readonly { day: Day; amount: Decimal }[]> = collectionsByRef(activity),
): Map<string, Ratio> {
  const grid = gridOfRows(activity.map((a) => (a.type === 'deal' ? { rep: a.rep, day: dueDay(a, paymentTermsDays) } : a)));
  return byRepPeriod(grid, kind, rollUp(grid, monthlyCollection(activity, grid, asOf, paymentTermsDays, collections), kind, addRatios));
}

/** The sum of two rates' parts. */
export const addRatios = (x: Ratio, y: Ratio): Ratio => ({ numerator: x.numerator.add(y.numerator), denominator: x.denominator.add(y.denominator) });

/** Collection by the grid's rep and month of the due day (undefined where the rep has nothing due that month). */
export function monthlyCollection(
  activity: readonly ActivityRecord[],
  grid: RepMonths,
  asOf: Day,
  paymentTermsDays: number,
  collections: ReadonlyMap<string, readonly { day: Day; amount: Decimal }[]>,
): (Ratio | undefined)[] {
  const rates = new Array<Ratio | undefined>(grid.reps.size * grid.months).fill(undefined);
  for (let at = 0; at < activity.length; at++) {
    const deal = activity[at]!;
    if (deal.type !== 'deal' || !deal.amount) continue;
    const due = dueDay(deal, paymentTermsDays);
    if (due > asOf) continue;
    const rep = grid.reps.get(deal.rep);
    const slot = rep === undefined ? -1 : slotOf(grid, rep, monthNumber(due), 'month');
    if (slot < 0) continue; // a rep without scorecards
    let collected = ZERO;
    const paid = deal.ref !== undefined ? collections.get(deal.ref) : undefined;
    if (paid !== undefined) for (const c of paid) if (c.day <= due) collected = collected.add(c.amount);
    if (compare(collected, deal.amount) > 0) collected = deal.amount;
    const numerator = credited(collected, deal.share);
    const denominator = credited(deal.amount, deal.share);
    const before = rates[slot];
    rates[slot] = before === undefined ? { numerator: ZERO.add(numerator), denominator: ZERO.add(denominator) } : { numerator: before.numerator.add(numerator), denominator: before.denominator.add(denominator) };
  }
  return rates;
}
