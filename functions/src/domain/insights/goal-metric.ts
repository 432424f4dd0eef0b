/**
 * The metrics an improvement goal can follow (SPEC section 12; the plan's goals), each measured for a
 * team (all reps when blank) over a range of days, both ends included:
 *
 * - `lead_conversion`: of the customers with a lead by the team in the range (each at its first lead
 *   there), the share with a deal by any rep on or after the lead and by the range's last day, so a
 *   period is read as it stood at its own end and a recent period is not judged against an older one
 *   that has had longer to buy;
 * - `deal_cycle`: the median days from a customer's first lead to their first deal, over the first
 *   deals in the range credited to the team; `new_hire_deal_cycle` the same for deals credited to the
 *   team's reps in their first `new_hire_days`;
 * - `repurchase_rate`: of the customers with a deal in the range credited to the team, the share with
 *   two deals or more by the range's last day;
 * - `revenue`: the team's deals − refunds dated in the range, each row at amount × share.
 *
 * @example
 * // team_a's leads in 2025-Q4: 40 customers, 10 of whom bought by 2025-12-31:
 * metricValue('lead_conversion', index, { team: 'team_a', first: '2025-10-01', last: '2025-12-31', newHireDays: 90 })?.toFixed() //=> '0.25'
 */
import type { Decimal } from 'decimal.js';
import type { Day } from '../days.js';
import { dayNumber } from '../days.js';
import { Dec } from '../money.js';
import { buyersOf, dealOnOrAfter, type ActivityIndex, type DealFacts } from './activity-index.js';
import { DecimalSum } from '../decimal-sum.js';
import { median } from './median.js';
import { isNewHire } from './new-hire.js';
import { keyOf } from './records.js';

export type GoalMetric =
  'lead_conversion' | 'deal_cycle' | 'new_hire_deal_cycle' | 'repurchase_rate' | 'revenue';
export const GOAL_METRICS: readonly GoalMetric[] = [
  'lead_conversion',
  'deal_cycle',
  'new_hire_deal_cycle',
  'repurchase_rate',
  'revenue',
];

/** Rates and the cycle in days are figures of their own kind; revenue is money. */
export const METRIC_KIND: Readonly<Record<GoalMetric, 'rate' | 'days' | 'money'>> = {
  lead_conversion: 'rate',
  deal_cycle: 'days',
  new_hire_deal_cycle: 'days',
  repurchase_rate: 'rate',
  revenue: 'money',
};

const ALIASES: Readonly<Record<string, GoalMetric>> = {
  线索转化率: 'lead_conversion',
  转化率: 'lead_conversion',
  成单周期: 'deal_cycle',
  新人成单周期: 'new_hire_deal_cycle',
  复购率: 'repurchase_rate',
  客户复购率: 'repurchase_rate',
  销售额: 'revenue',
  业绩: 'revenue',
  营收: 'revenue',
};

/** The metric a Goals cell names: its id in any case (`Lead conversion`, `lead-conversion`) or its Chinese name. */
export function goalMetricOf(text: string): GoalMetric | undefined {
  const id = text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return (GOAL_METRICS as readonly string[]).includes(id) ? (id as GoalMetric) : ALIASES[text.trim()];
}

export interface MetricScope {
  /** Team key; undefined for the whole organisation. */
  readonly team: string | undefined;
  readonly first: Day;
  readonly last: Day;
  readonly newHireDays: number;
}

function teamReps(index: ActivityIndex, team: string | undefined): Set<string> {
  return new Set(
    [...index.reps]
      .filter(([, r]) => team === undefined || (r.team !== undefined && keyOf(r.team) === team))
      .map(([k]) => k),
  );
}

function leadConversion(index: ActivityIndex, reps: Set<string>, s: MetricScope): Decimal | null {
  if (reps.size === 0) return null;
  // Customer by customer: each customer's own few leads give its first in the range, with no map of
  // first leads to build and look up again. Indexed loops make no iterator results, even unoptimised.
  let leads = 0;
  let converted = 0;
  const customers = index.customerList;
  for (let i = 0; i < customers.length; i++) {
    const c = customers[i]!;
    let first: Day | undefined;
    for (let j = 0; j < c.leads.length; j++) {
      const lead = c.leads[j]!;
      if (
        lead.day < s.first ||
        lead.day > s.last ||
        (first !== undefined && lead.day >= first) ||
        !reps.has(lead.rep)
      )
        continue;
      first = lead.day;
    }
    if (first === undefined) continue;
    leads += 1;
    // Deals are in day order: the first on or after the lead is the one that may fall in the range.
    const deal = dealOnOrAfter(c, first);
    if (deal !== undefined && deal.day <= s.last) converted += 1;
  }
  return leads === 0 ? null : new Dec(converted).div(leads);
}

function dealCycle(
  index: ActivityIndex,
  reps: Set<string>,
  s: MetricScope,
  newHiresOnly: boolean,
): Decimal | null {
  const days: number[] = [];
  const counts = (deal: DealFacts) =>
    deal.credits.some(
      (c) => reps.has(c.rep) && (!newHiresOnly || isNewHire(index.reps.get(c.rep), deal.day, s.newHireDays)),
    );
  const customers = buyersOf(index);
  for (let i = 0; i < customers.length; i++) {
    const c = customers[i]!;
    const deal = c.deals[0];
    const lead = c.firstLead;
    if (!deal || !lead || deal.day < s.first || deal.day > s.last || deal.day < lead.day || !counts(deal))
      continue;
    days.push(dayNumber(deal.day) - dayNumber(lead.day));
  }
  const m = median(days);
  return m === null ? null : new Dec(m);
}

/** Whether any of the deal's reps is one of `reps`. */
function creditsAny(deal: DealFacts, reps: Set<string>): boolean {
  for (const x of deal.credits) if (reps.has(x.rep)) return true;
  return false;
}

function repurchaseRate(index: ActivityIndex, reps: Set<string>, s: MetricScope): Decimal | null {
  let buyers = 0;
  let repeat = 0;
  // Plain indexed loops: no closure per customer, no iterator results.
  const customers = buyersOf(index);
  for (let i = 0; i < customers.length; i++) {
    const c = customers[i]!;
    let inRange = false;
    let byLast = 0;
    for (const d of c.deals) {
      if (d.day > s.last) continue;
      byLast += 1;
      if (!inRange && d.day >= s.first) inRange = creditsAny(d, reps);
    }
    if (!inRange) continue;
    buyers += 1;
    if (byLast >= 2) repeat += 1;
  }
  return buyers === 0 ? null : new Dec(repeat).div(buyers);
}

function revenue(index: ActivityIndex, reps: Set<string>, s: MetricScope): Decimal {
  const total = new DecimalSum();
  for (const rep of reps) {
    // forEach: no entry array per day.
    index.revenue.get(rep)?.forEach((amount, day) => {
      if (day >= s.first && day <= s.last) total.add(amount);
    });
  }
  return total.total();
}

/** The metric's value, or null when the range holds nothing to measure it on. */
export function metricValue(metric: GoalMetric, index: ActivityIndex, scope: MetricScope): Decimal | null {
  const reps = teamReps(index, scope.team);
  switch (metric) {
    case 'lead_conversion':
      return leadConversion(index, reps, scope);
    case 'deal_cycle':
      return dealCycle(index, reps, scope, false);
    case 'new_hire_deal_cycle':
      return dealCycle(index, reps, scope, true);
    case 'repurchase_rate':
      return repurchaseRate(index, reps, scope);
    case 'revenue':
      return revenue(index, reps, scope);
  }
}
