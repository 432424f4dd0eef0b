/**
 * Lead cohort conversion per rep and period (SPEC sections 3 and 13): of the rep's leads dated in the
 * period (distinct customers, each at its first lead in the period), the share whose customer has a deal
 * by any rep dated on or after the lead and on or before `as_of`.
 *
 * @example
 * // R1 logged leads for C1 and C2 in April; C1 bought in May (before as_of), C2 has not:
 * leadConversionByRepPeriod(rows, 'month').get(repPeriod('R1', '2026-04')) //=> 1 / 2
 */
import type { ActivityRecord } from '../activity.js';
import type { Day } from '../days.js';
import { Dec } from '../money.js';
import { monthOf, periodOf, type Period, type PeriodKind } from '../periods.js';
import type { Ratio } from './kpis.js';
import { pairKeys } from '../memo.js';

/** Each customer's latest deal day (the activity is already cut at `as_of`). */
export function latestDeals(activity: readonly ActivityRecord[]): Map<string, Day> {
  const latest = new Map<string, Day>();
  for (let at = 0; at < activity.length; at++) {
    const a = activity[at]!;
    if (a.type !== 'deal' || a.customer === undefined) continue;
    const seen = latest.get(a.customer);
    if (seen === undefined || a.day > seen) latest.set(a.customer, a.day);
  }
  return latest;
}

export function leadConversionByRepPeriod(
  activity: readonly ActivityRecord[],
  kind: PeriodKind,
  latest: ReadonlyMap<string, Day> = latestDeals(activity),
): Map<string, Ratio> {
  return leadConversionByKind(activity, [kind], latest)[0]!;
}

/** Converted and all distinct customers of a rep's leads in a period. */
interface Cohort {
  rep: string;
  period: Period;
  converted: number;
  leads: number;
}

/**
 * `leadConversionByRepPeriod` for several period kinds, in the order of `kinds`, from one pass over the
 * leads. Leads are grouped by rep, then customer (a thousand small maps rather than one of every
 * customer, or one per rep, period and kind). Most customers have a single lead with a rep: it counts
 * once in the rep's month, and quarters and years add up those month counts. Only a customer with
 * several leads with one rep is grouped by period for each kind, as its leads in a period count once,
 * at the first.
 */
export function leadConversionByKind(activity: readonly ActivityRecord[], kinds: readonly PeriodKind[], latest: ReadonlyMap<string, Day> = latestDeals(activity)): Map<string, Ratio>[] {
  const byRep = new Map<string, Map<string, number | number[]>>(); // rep → customer → its lead rows
  for (let at = 0; at < activity.length; at++) {
    const a = activity[at]!;
    if (a.type !== 'lead' || a.customer === undefined) continue;
    let customers = byRep.get(a.rep);
    if (!customers) byRep.set(a.rep, (customers = new Map()));
    const seen = customers.get(a.customer);
    if (seen === undefined) customers.set(a.customer, at);
    else if (typeof seen === 'number') customers.set(a.customer, [seen, at]);
    else seen.push(at);
  }

  const monthly = new Map<string, Cohort>();
  const several: { customer: string; rows: number[] }[] = [];
  const monthKey = pairKeys();
  for (const [rep, customers] of byRep) {
    for (const [customer, rows] of customers) {
      if (typeof rows !== 'number') {
        several.push({ customer, rows });
        continue;
      }
      const day = activity[rows]!.day;
      const month = monthOf(day);
      addLeads(monthly, monthKey(rep, month), rep, month, converts(latest.get(customer), day), 1);
    }
  }

  return kinds.map((kind) => {
    const cohorts = new Map<string, Cohort>();
    const key = pairKeys();
    for (const c of monthly.values()) {
      const period = periodOf(`${c.period}-01`, kind);
      addLeads(cohorts, key(c.rep, period), c.rep, period, c.converted, c.leads);
    }
    for (const { customer, rows } of several) {
      const firstLead = new Map<Period, Day>(); // period → first lead day (all rows are of one rep)
      for (const at of rows) {
        const day = activity[at]!.day;
        const period = periodOf(day, kind);
        const seen = firstLead.get(period);
        if (seen === undefined || day < seen) firstLead.set(period, day);
      }
      const rep = activity[rows[0]!]!.rep;
      const deal = latest.get(customer);
      for (const [period, day] of firstLead) addLeads(cohorts, key(rep, period), rep, period, converts(deal, day), 1);
    }
    const rates = new Map<string, Ratio>();
    for (const [k, c] of cohorts) rates.set(k, { numerator: new Dec(c.converted), denominator: new Dec(c.leads) });
    return rates;
  });
}

/** Whether a lead converted: its customer's latest deal is on or after it. */
const converts = (deal: Day | undefined, lead: Day) => (deal !== undefined && deal >= lead ? 1 : 0);

function addLeads(cohorts: Map<string, Cohort>, key: string, rep: string, period: Period, converted: number, leads: number): void {
  const cohort = cohorts.get(key);
  if (cohort === undefined) cohorts.set(key, { rep, period, converted, leads });
  else {
    cohort.converted += converted;
    cohort.leads += leads;
  }
}
