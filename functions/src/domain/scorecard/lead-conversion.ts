/**
 * Lead cohort conversion per rep and period (SPEC sections 3 and 13): of the rep's leads dated in the
 * period (distinct customers, each at its first lead in the period), the share whose customer has a deal
 * by any rep dated on or after the lead and on or before `as_of`.
 *
 * @example
 * // R1 logged leads for C1 and C2 in April; C1 bought in May (before as_of), C2 has not:
 * const grid = repMonths(['R1'], '2026-04-01', '2026-05-31');
 * leadConversionByKind(rows, ['month'], dealCustomers(rows, rows), grid) //=> [{ converted: [1, 0], leads: [2, 0] }] (1 of 2 in April)
 */
import type { ActivityRecord } from '../activity.js';
import type { Day } from '../days.js';
import type { PeriodKind } from '../periods.js';
import type { DealCustomers } from './deal-customers.js';
import { monthNumber, periodIndex, rollUp, slotOf, type RepMonths } from './rep-months.js';

/** Converted and all distinct customers of the leads, by the grid's rep and period (undefined or 0 when none). */
export interface Cohorts {
  converted: (number | undefined)[];
  leads: (number | undefined)[];
}

/**
 * The cohorts of several period kinds, in the order of `kinds`, from one pass over the leads. Nearly
 * every customer has a single lead: it counts once in its rep's month, read in the log's order, and
 * quarters and years add up those month counts. Only a customer with several leads (with any reps) is
 * grouped by rep, then by period for each kind, as a rep's leads in a period count once, at the first.
 */
export function leadConversionByKind(
  activity: readonly ActivityRecord[],
  kinds: readonly PeriodKind[],
  customers: DealCustomers,
  grid: RepMonths,
): Cohorts[] {
  const firstLead = new Int32Array(customers.count).fill(-1); // by customer: its first lead row
  const several = new Map<number, number[]>(); // customer → its lead rows, when more than one
  for (let at = 0; at < activity.length; at++) {
    const c = customers.ofLead[at]!;
    if (c < 0) continue;
    const seen = firstLead[c]!;
    if (seen < 0) firstLead[c] = at;
    else {
      const rows = several.get(c);
      if (rows === undefined) several.set(c, [seen, at]);
      else rows.push(at);
    }
  }

  const converted = new Array<number>(grid.reps.size * grid.months).fill(0);
  const leads = new Array<number>(grid.reps.size * grid.months).fill(0);
  for (let at = 0; at < activity.length; at++) {
    const c = customers.ofLead[at]!;
    if (c < 0 || several.has(c)) continue; // counted below
    const a = activity[at]!;
    const rep = grid.reps.get(a.rep);
    const slot = rep === undefined ? -1 : slotOf(grid, rep, monthNumber(a.day), 'month');
    if (slot < 0) continue; // a rep without scorecards
    converted[slot]! += converts(customers.latest[c], a.day);
    leads[slot]! += 1;
  }

  return kinds.map((kind) => {
    const cohorts: Cohorts = {
      converted: rollUp(grid, converted, kind, add),
      leads: rollUp(grid, leads, kind, add),
    };
    for (const [c, rows] of several) {
      const deal = customers.latest[c];
      const firstInPeriod = new Map<string, Day>(); // rep U+0000 period number → first lead day
      for (const at of rows) {
        const { rep, day } = activity[at]!;
        const key = `${rep}\u0000${periodIndex(grid, monthNumber(day), kind)}`;
        const seen = firstInPeriod.get(key);
        if (seen === undefined || day < seen) firstInPeriod.set(key, day);
      }
      for (const [key, day] of firstInPeriod) {
        const rep = grid.reps.get(key.slice(0, key.indexOf('\u0000')));
        const slot = rep === undefined ? -1 : slotOf(grid, rep, monthNumber(day), kind);
        if (slot < 0) continue;
        cohorts.converted[slot] = (cohorts.converted[slot] ?? 0) + converts(deal, day);
        cohorts.leads[slot] = (cohorts.leads[slot] ?? 0) + 1;
      }
    }
    return cohorts;
  });
}

const add = (x: number, y: number) => x + y;

/** Whether a lead converted: its customer's latest deal is on or after it. */
const converts = (deal: Day | undefined, lead: Day) => (deal !== undefined && deal >= lead ? 1 : 0);
