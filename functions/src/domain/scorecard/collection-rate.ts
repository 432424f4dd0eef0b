/**
 * Collection timeliness per rep and period (SPEC sections 3 and 13): of the rep's deals due in the period
 * and on or before `as_of` (due on `due_date`, else the deal day + `payment_terms_days`), the collections
 * carrying the deal's `ref`, by anyone, dated on or before the due day and capped at the deal amount,
 * over the amount due. A split deal counts at the rep's share on both sides.
 *
 * @example
 * // R1's 100,000 deal due 2026-04-30; 60,000 collected on 04-20 and 40,000 on 05-03 (late):
 * const grid = repMonths(['R1'], '2026-04-01', '2026-04-30');
 * monthlyCollection(rows, grid, '2026-05-15', 30, collectionsByRef(rows)) //=> { collected: [60000], due: [100000] }
 */
import type { Decimal } from 'decimal.js';
import type { ActivityRecord } from '../activity.js';
import { addDays, type Day } from '../days.js';
import { DecimalSum } from '../decimal-sum.js';
import { addToSum, compare, credited, ZERO } from '../money.js';
import { monthNumber, slotOf, type RepMonths } from './rep-months.js';

/**
 * The collections of each deal ref, in the log's order, as a chain of row positions: the ref's first
 * row, then each row's next (-1 after the last). No object or list is made per collection or ref.
 */
export interface CollectionsByRef {
  rows: readonly ActivityRecord[];
  first: ReadonlyMap<string, number>;
  next: Int32Array;
}

export function collectionsByRef(activity: readonly ActivityRecord[]): CollectionsByRef {
  const first = new Map<string, number>();
  const next = new Int32Array(activity.length).fill(-1);
  const last = new Int32Array(activity.length); // by a ref's first row: its last row so far
  for (let at = 0; at < activity.length; at++) {
    const a = activity[at]!;
    if (a.type !== 'collection' || a.ref === undefined || !a.amount) continue;
    const head = first.get(a.ref);
    if (head === undefined) {
      first.set(a.ref, at);
      last[at] = at;
    } else {
      next[last[head]!] = at;
      last[head] = at;
    }
  }
  return { rows: activity, first, next };
}

/** The day a deal falls due. */
export function dueDay(deal: ActivityRecord, paymentTermsDays: number): Day {
  return deal.due ?? addDays(deal.day, paymentTermsDays);
}

/** The parts of collection rates: collected on time over due, by the grid's rep and month (or period); undefined where nothing is due. */
export interface Collection {
  collected: (Decimal | undefined)[];
  due: (Decimal | undefined)[];
}

/** Collection by the grid's rep and month of the due day. */
export function monthlyCollection(
  activity: readonly ActivityRecord[],
  grid: RepMonths,
  asOf: Day,
  paymentTermsDays: number,
  collections: CollectionsByRef,
): Collection {
  // Summed without a new Decimal a deal (see DecimalSum).
  const collected = new Array<DecimalSum | undefined>(grid.reps.size * grid.months).fill(undefined);
  const due = new Array<DecimalSum | undefined>(grid.reps.size * grid.months).fill(undefined);
  for (let at = 0; at < activity.length; at++) {
    const deal = activity[at]!;
    if (deal.type !== 'deal' || !deal.amount) continue;
    const dueOn = dueDay(deal, paymentTermsDays);
    if (dueOn > asOf) continue;
    const rep = grid.reps.get(deal.rep);
    const slot = rep === undefined ? -1 : slotOf(grid, rep, monthNumber(dueOn), 'month');
    if (slot < 0) continue; // a rep without scorecards
    let paid: Decimal | undefined;
    for (
      let c = deal.ref !== undefined ? (collections.first.get(deal.ref) ?? -1) : -1;
      c >= 0;
      c = collections.next[c]!
    ) {
      const collection = collections.rows[c]!;
      if (collection.day <= dueOn) paid = addToSum(paid, collection.amount!);
    }
    const capped = paid === undefined ? ZERO : compare(paid, deal.amount) > 0 ? deal.amount : paid;
    (collected[slot] ??= new DecimalSum()).add(credited(capped, deal.share));
    (due[slot] ??= new DecimalSum()).add(credited(deal.amount, deal.share));
  }
  return { collected: collected.map((sum) => sum?.total()), due: due.map((sum) => sum?.total()) };
}
