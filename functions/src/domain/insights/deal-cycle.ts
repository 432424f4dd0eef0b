/**
 * Deal cycles (SPEC section 12): the days from a customer's first lead to their first deal, for every rep
 * credited on that deal (a split deal counts for each of its reps), in the month of the deal, marked new
 * hire when the rep was in their first `new_hire_days`; and the median per rep and month. A customer
 * without a lead, or whose first lead came after the first deal, has no cycle.
 *
 * @example
 * // C1: lead 03-02, deal 03-20 by S1 (hired 2020) → 18 days; C2: lead 03-10, deal 03-16 by S1 → 6 days
 * cyclesByRepMonth(dealCycles(index, 90)) //=> [{ month: '2026-03', rep: 's1', deals: 2, newHireDeals: 0, medianDays: 12 }]
 */
import { dayNumber, type Day } from '../days.js';
import { monthOf, type Period } from '../periods.js';
import { buyersOf, type ActivityIndex } from './activity-index.js';
import { median } from './median.js';
import { isNewHire } from './new-hire.js';

export interface CycleCredit {
  /** Customer key. */
  readonly customer: string;
  /** Rep key. */
  readonly rep: string;
  readonly day: Day;
  readonly month: Period;
  readonly days: number;
  readonly newHire: boolean;
}

export interface RepMonthCycle {
  readonly month: Period;
  readonly rep: string;
  readonly deals: number;
  /** Of those, deals made in the rep's first `new_hire_days`. */
  readonly newHireDeals: number;
  readonly medianDays: number;
}

/**
 * Whether a rep already has a credit before position `i`: a deal has one or two credits, so looking back
 * is cheaper than a set per customer.
 */
function creditedBefore(credits: readonly { readonly rep: string }[], i: number, rep: string): boolean {
  for (let j = 0; j < i; j++) if (credits[j]!.rep === rep) return true;
  return false;
}

export function dealCycles(index: ActivityIndex, newHireDays: number): CycleCredit[] {
  const out: CycleCredit[] = [];
  // Only buyers can have a cycle.
  const customers = buyersOf(index);
  for (let i = 0; i < customers.length; i++) {
    const c = customers[i]!;
    const customer = c.key;
    const lead = c.firstLead;
    const deal = c.deals[0];
    if (!lead || !deal || deal.day < lead.day) continue;
    const days = dayNumber(deal.day) - dayNumber(lead.day);
    const credits = deal.credits;
    for (let j = 0; j < credits.length; j++) {
      const rep = credits[j]!.rep;
      if (creditedBefore(credits, j, rep)) continue;
      out.push({
        customer,
        rep,
        day: deal.day,
        month: monthOf(deal.day),
        days,
        newHire: isNewHire(index.reps.get(rep), deal.day, newHireDays),
      });
    }
  }
  return out;
}

interface Group {
  readonly month: Period;
  readonly rep: string;
  newHireDeals: number;
  readonly days: number[];
}

/** The median cycle per rep and month, latest month first. */
export function cyclesByRepMonth(cycles: readonly CycleCredit[]): RepMonthCycle[] {
  // By month, then rep: no key string built per cycle. The list keeps the groups in the order first met.
  const byMonth = new Map<Period, Map<string, Group>>();
  const groups: Group[] = [];
  for (const c of cycles) {
    let reps = byMonth.get(c.month);
    if (!reps) byMonth.set(c.month, (reps = new Map()));
    let g = reps.get(c.rep);
    if (!g) {
      reps.set(c.rep, (g = { month: c.month, rep: c.rep, newHireDeals: 0, days: [] }));
      groups.push(g);
    }
    g.days.push(c.days);
    if (c.newHire) g.newHireDeals += 1;
  }
  return groups
    .map((g) => ({
      month: g.month,
      rep: g.rep,
      deals: g.days.length,
      newHireDeals: g.newHireDeals,
      medianDays: median(g.days)!,
    }))
    .sort((a, b) => b.month.localeCompare(a.month) || a.rep.localeCompare(b.rep));
}
