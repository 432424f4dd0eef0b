/**
 * New hires against the rest (SPEC section 12; the plan: 新人成单周期比资深员工长40%): the median deal
 * cycle of deals credited to reps in their first `new_hire_days` against the others', and how much
 * longer the new hires take. A customer counts once per side, however many of its reps were on it.
 *
 * @example
 * // New hires' cycles 14, 21 and 28 days (median 21), the others' 10 and 20 (median 15):
 * compareNewHires(cycles) //=> { newHires: { deals: 3, medianDays: 21 }, others: { deals: 2, medianDays: 15 }, longerBy: 0.4 }
 */
import type { Day } from '../days.js';
import type { Period } from '../periods.js';
import type { CycleCredit } from './deal-cycle.js';
import { median } from './median.js';

export interface GroupCycle {
  readonly deals: number;
  readonly medianDays: number | null;
}

export interface CycleComparison {
  readonly newHires: GroupCycle;
  readonly others: GroupCycle;
  /** New hires' median ÷ the others' − 1: 0.4 is 40% longer; null without both medians. */
  readonly longerBy: number | null;
}

export function compareNewHires(cycles: readonly CycleCredit[]): CycleComparison {
  const sides = { newHires: new Map<string, number>(), others: new Map<string, number>() };
  for (const c of cycles) (c.newHire ? sides.newHires : sides.others).set(c.customer, c.days);
  const group = (m: Map<string, number>): GroupCycle => ({ deals: m.size, medianDays: median([...m.values()]) });
  const newHires = group(sides.newHires);
  const others = group(sides.others);
  const longerBy = newHires.medianDays !== null && others.medianDays ? newHires.medianDays / others.medianDays - 1 : null;
  return { newHires, others, longerBy };
}

/** The comparison for each month with a first deal, latest first. */
export function newHireCyclesByMonth(cycles: readonly CycleCredit[]): (CycleComparison & { month: Period })[] {
  const byMonth = new Map<Period, CycleCredit[]>();
  for (const c of cycles) {
    let list = byMonth.get(c.month);
    if (!list) byMonth.set(c.month, (list = []));
    list.push(c);
  }
  return [...byMonth.entries()].sort(([a], [b]) => b.localeCompare(a)).map(([month, list]) => ({ month, ...compareNewHires(list) }));
}

/** The comparison over the deals of a range of days, both ends included. */
export function compareNewHiresBetween(cycles: readonly CycleCredit[], first: Day, last: Day): CycleComparison {
  return compareNewHires(cycles.filter((c) => c.day >= first && c.day <= last));
}
