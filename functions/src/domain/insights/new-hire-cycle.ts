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

/** One side's cycles, a customer once: the days of the customer's latest credit on that side. */
class Side {
  readonly days: number[] = [];
  private last: string | undefined;

  add(c: CycleCredit): void {
    if (c.customer === this.last) this.days[this.days.length - 1] = c.days;
    else {
      this.days.push(c.days);
      this.last = c.customer;
    }
  }

  cycle(): GroupCycle {
    return { deals: this.days.length, medianDays: median(this.days) };
  }
}

/**
 * Cycles as `dealCycles` lists them, or any selection of them in the same order: a customer's credits
 * come together (one deal), so a customer is told from the one before with no map of customers.
 */
export function compareNewHires(cycles: readonly CycleCredit[]): CycleComparison {
  const newHireSide = new Side();
  const otherSide = new Side();
  for (let i = 0; i < cycles.length; i++) (cycles[i]!.newHire ? newHireSide : otherSide).add(cycles[i]!);
  const newHires = newHireSide.cycle();
  const others = otherSide.cycle();
  const longerBy =
    newHires.medianDays !== null && others.medianDays ? newHires.medianDays / others.medianDays - 1 : null;
  return { newHires, others, longerBy };
}

/** The comparison for each month with a first deal, latest first. */
export function newHireCyclesByMonth(
  cycles: readonly CycleCredit[],
): (CycleComparison & { month: Period })[] {
  const byMonth = new Map<Period, CycleCredit[]>();
  for (const c of cycles) {
    let list = byMonth.get(c.month);
    if (!list) byMonth.set(c.month, (list = []));
    list.push(c);
  }
  return [...byMonth.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([month, list]) => ({ month, ...compareNewHires(list) }));
}

/** The comparison over the deals of a range of days, both ends included. */
export function compareNewHiresBetween(
  cycles: readonly CycleCredit[],
  first: Day,
  last: Day,
): CycleComparison {
  return compareNewHires(cycles.filter((c) => c.day >= first && c.day <= last));
}
