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
import { periodOf, type PeriodKind } from '../periods.js';
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
  const firstLead = new Map<string, Map<string, Day>>(); // rep + period → customer → first lead day
  const repPeriod = pairKeys();
  for (let at = 0; at < activity.length; at++) {
    const a = activity[at]!;
    if (a.type !== 'lead' || a.customer === undefined) continue;
    const key = repPeriod(a.rep, periodOf(a.day, kind));
    let leads = firstLead.get(key);
    if (!leads) firstLead.set(key, (leads = new Map()));
    const seen = leads.get(a.customer);
    if (seen === undefined || a.day < seen) leads.set(a.customer, a.day);
  }
  const rates = new Map<string, Ratio>();
  for (const [key, leads] of firstLead) {
    let converted = 0;
    for (const [customer, day] of leads) {
      const deal = latest.get(customer);
      if (deal !== undefined && deal >= day) converted += 1;
    }
    rates.set(key, { numerator: new Dec(converted), denominator: new Dec(leads.size) });
  }
  return rates;
}
