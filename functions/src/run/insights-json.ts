/**
 * The `insights` section of the results (SPEC sections 10 and 12): money as numbers to 2 decimals,
 * rates as fractions to 4, medians in days to 1, p-values to 4 significant digits, rep ids as the
 * Reps tab spells them, null where a figure does not exist (a rate without leads, a return without cost).
 */
import type { Decimal } from 'decimal.js';
import type { Day } from '../domain/days.js';
import type { AbComparison } from '../domain/insights/ab-tests.js';
import type { ChannelReturn, ChannelReturns } from '../domain/insights/channel-return.js';
import type { ConversionAnomaly } from '../domain/insights/conversion-anomalies.js';
import type { CustomerStanding } from '../domain/insights/customer-standings.js';
import type { Tier } from '../domain/insights/customer-tier.js';
import type { RepMonthCycle } from '../domain/insights/deal-cycle.js';
import type { GoalInput, GoalProgress, GoalStatus } from '../domain/insights/goal-progress.js';
import type { MentoredHire, MentoringStatus } from '../domain/insights/mentoring.js';
import type { CycleComparison } from '../domain/insights/new-hire-cycle.js';
import type { TeamMonth } from '../domain/insights/productivity.js';
import { roundHalfUp, toReportNumber } from '../domain/money.js';
import type { Period } from '../domain/periods.js';

export interface CustomerJson {
  customer_id: string;
  tier: Tier;
  /** Deals − refunds over the last 12 months. */
  amount: number;
  purchases: number;
  last_deal: Day;
  days_since_deal: number;
  last_activity: Day;
  days_silent: number;
  /** The rep with the largest share of the last deal. */
  rep_id: string;
}

export interface CycleSideJson {
  deals: number;
  median_days: number | null;
}

export interface CycleComparisonJson {
  new_hires: CycleSideJson;
  others: CycleSideJson;
  /** New hires' median ÷ the others' − 1. */
  longer_by: number | null;
}

export interface MentoredJson {
  rep_id: string;
  hire_date: Day;
  /** The last day of the first three months. */
  window_end: Day;
  complete: boolean;
  leads: number;
  deals: number;
  close_rate: number | null;
  mentor_leads: number | null;
  mentor_deals: number | null;
  mentor_close_rate: number | null;
  target_rate: number | null;
  status: MentoringStatus;
}

export interface GoalJson {
  /** Sheet row of the Goals tab. */
  row: number;
  /** As typed, and the metric read from it (null when unknown). */
  metric: string;
  metric_id: string | null;
  team: string | null;
  baseline_period: Period;
  change: string;
  /** The change wanted as a fraction (−0.3 for −30%). */
  wanted: number | null;
  by_date: Day;
  baseline: number | null;
  since_first: Day | null;
  since_last: Day | null;
  /** Revenue: at the pace since, over a period as long as the baseline. */
  now: number | null;
  change_so_far: number | null;
  /** Change so far ÷ change wanted. */
  progress: number | null;
  /** Share of the time from the baseline's end to the date gone. */
  elapsed: number | null;
  status: GoalStatus;
}

export interface WeekRateJson {
  week: Day;
  leads: number;
  converted: number;
  rate: number;
}

export interface AnomalyJson extends WeekRateJson {
  kind: 'team' | 'channel';
  group: string;
  week_end: Day;
  /** The four weeks before, nearest first, each at the same age. */
  trailing: WeekRateJson[];
  trailing_mean: number;
  fall: number;
  p_value: number;
}

export interface VariantJson {
  variant: string;
  leads: number;
  converted: number;
  rate: number | null;
}

export interface AbTestJson {
  first: VariantJson;
  second: VariantJson;
  /** Second's rate − first's, in percentage points, to 1 decimal. */
  difference_points: number | null;
  z: number | null;
  p_value: number | null;
  /** Both sides reach `min_sample`. */
  enough: boolean;
  /** In the workbook's language. */
  verdict: string;
}

export interface ChannelReturnJson {
  channel: string;
  name: string | null;
  cost: number;
  rewards: number;
  other: number;
  visits: number;
  cost_per_visit: number | null;
  customers: number;
  deals: number;
  cost_per_deal: number | null;
  revenue: number;
  /** Revenue ÷ cost. */
  return_on_cost: number | null;
}

export interface InsightsJson {
  customer_tiers: {
    /** The first day of the 12 months counted. */
    since: Day;
    thresholds: {
      core_amount: number;
      core_purchases: number;
      growth_amount: number;
      dormant_days: number;
      silence_days: number;
    };
    tiers: { tier: Tier; customers: number; amount: number; share: number | null }[];
    customers: CustomerJson[];
    win_back: CustomerJson[];
  };
  deal_cycle: {
    new_hire_days: number;
    last_12_months: CycleComparisonJson;
    months: (CycleComparisonJson & { month: Period })[];
    reps: {
      month: Period;
      rep_id: string;
      team: string | null;
      deals: number;
      new_hire_deals: number;
      median_days: number;
    }[];
  };
  productivity: {
    month: Period;
    team: string;
    revenue: number;
    active_reps: number;
    revenue_per_rep: number | null;
  }[];
  mentoring: { mentor_id: string | null; met: number; short: number; new_hires: MentoredJson[] }[];
  goals: GoalJson[];
  anomalies: { judged: number; weeks: AnomalyJson[] };
  ab_tests: AbTestJson[];
  channel_return: { first: Day; last: Day; channels: ChannelReturnJson[] };
}

/** Money and amounts: 2 decimals. */
export const money = (d: Decimal): number => toReportNumber(roundHalfUp(d));
export const moneyOrNull = (d: Decimal | null | undefined): number | null => (d ? money(d) : null);
/** Rates: fractions to 4 decimals. */
export const rate = (d: Decimal | null | undefined): number | null =>
  d ? toReportNumber(roundHalfUp(d, 4)) : null;
export const round = (n: number, places: number): number => Math.round(n * 10 ** places) / 10 ** places;
/** Statistics: 4 significant digits. */
export const significant = (n: number): number => Number(n.toPrecision(4));

export function customerJson(s: CustomerStanding, repId: (key: string) => string): CustomerJson {
  return {
    customer_id: s.customer,
    tier: s.tier,
    amount: money(s.amount),
    purchases: s.purchases,
    last_deal: s.lastDeal,
    days_since_deal: s.daysSinceDeal,
    last_activity: s.lastActivity,
    days_silent: s.daysSilent,
    rep_id: repId(s.owner),
  };
}

export function cycleJson(c: CycleComparison): CycleComparisonJson {
  const side = (s: CycleComparison['newHires']): CycleSideJson => ({
    deals: s.deals,
    median_days: s.medianDays,
  });
  return {
    new_hires: side(c.newHires),
    others: side(c.others),
    longer_by: c.longerBy === null ? null : round(c.longerBy, 4),
  };
}

export function repCycleJson(
  c: RepMonthCycle,
  repId: (key: string) => string,
  team: (key: string) => string | null,
) {
  return {
    month: c.month,
    rep_id: repId(c.rep),
    team: team(c.rep),
    deals: c.deals,
    new_hire_deals: c.newHireDeals,
    median_days: c.medianDays,
  };
}

export function productivityJson(t: TeamMonth) {
  return {
    month: t.month,
    team: t.team,
    revenue: money(t.revenue),
    active_reps: t.activeReps,
    revenue_per_rep: moneyOrNull(t.perRep),
  };
}

export function mentoredJson(m: MentoredHire, repId: (key: string) => string): MentoredJson {
  return {
    rep_id: repId(m.rep),
    hire_date: m.first,
    window_end: m.last,
    complete: m.complete,
    leads: m.own.leads,
    deals: m.own.deals,
    close_rate: rate(m.own.rate),
    mentor_leads: m.mentorRate?.leads ?? null,
    mentor_deals: m.mentorRate?.deals ?? null,
    mentor_close_rate: rate(m.mentorRate?.rate),
    target_rate: rate(m.target),
    status: m.status,
  };
}

export function goalJson(goal: GoalInput & { row: number }, p: GoalProgress): GoalJson {
  const figure = (d: Decimal | null) =>
    d === null
      ? null
      : p.metric === 'revenue'
        ? money(d)
        : p.metric === 'lead_conversion' || p.metric === 'repurchase_rate'
          ? rate(d)
          : toReportNumber(roundHalfUp(d, 1));
  return {
    row: goal.row,
    metric: goal.metric,
    metric_id: p.metric ?? null,
    team: goal.team ?? null,
    baseline_period: goal.baseline_period,
    change: goal.change,
    wanted: rate(p.wanted),
    by_date: goal.by_date,
    baseline: figure(p.baselineValue),
    since_first: p.since?.first ?? null,
    since_last: p.since?.last ?? null,
    now: figure(p.now),
    change_so_far: rate(p.change),
    progress: rate(p.progress),
    elapsed: rate(p.elapsed),
    status: p.status,
  };
}

export function anomalyJson(a: ConversionAnomaly): AnomalyJson {
  const week = (w: { week: Day; leads: number; converted: number; rate: number }): WeekRateJson => ({
    week: w.week,
    leads: w.leads,
    converted: w.converted,
    rate: round(w.rate, 4),
  });
  return {
    kind: a.kind,
    group: a.group,
    ...week(a),
    week_end: a.last,
    trailing: a.trailing.map(week),
    trailing_mean: round(a.trailingMean, 4),
    fall: round(a.fall, 4),
    p_value: significant(a.pValue),
  };
}

export function abTestJson(c: AbComparison, name: (key: string) => string, verdict: string): AbTestJson {
  const side = (v: AbComparison['first']): VariantJson => ({
    variant: name(v.variant),
    leads: v.leads,
    converted: v.converted,
    rate: rate(v.rate),
  });
  const difference =
    c.first.rate && c.second.rate
      ? toReportNumber(roundHalfUp(c.second.rate.sub(c.first.rate).mul(100), 1))
      : null;
  return {
    first: side(c.first),
    second: side(c.second),
    difference_points: difference,
    z: c.test ? round(c.test.z, 4) : null,
    p_value: c.test ? significant(c.test.pTwoSided) : null,
    enough: c.enough,
    verdict,
  };
}

export function channelReturnJson(c: ChannelReturn, names: ReadonlyMap<string, string>): ChannelReturnJson {
  return {
    channel: c.channel,
    name: names.get(c.channel.toLowerCase()) ?? null,
    cost: money(c.cost),
    rewards: money(c.rewards),
    other: money(c.other),
    visits: money(c.visits),
    cost_per_visit: moneyOrNull(c.costPerVisit),
    customers: c.customers,
    deals: c.deals,
    cost_per_deal: moneyOrNull(c.costPerDeal),
    revenue: money(c.revenue),
    return_on_cost: moneyOrNull(c.returnOnCost),
  };
}

export function channelReturnsJson(
  r: ChannelReturns,
  names: ReadonlyMap<string, string>,
): InsightsJson['channel_return'] {
  return { first: r.first, last: r.last, channels: r.channels.map((c) => channelReturnJson(c, names)) };
}
