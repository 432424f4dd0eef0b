/**
 * Every rep's scorecard for every month, quarter and year from the first dated input through `as_of`
 * (SPEC sections 3 and 13). Each KPI's actual comes from one pass over the activity log per period kind,
 * whatever the number of reps.
 */
import type { Decimal } from 'decimal.js';
import type { ActivityRecord, RepRecord } from '../activity.js';
import { daysInclusive, type Day } from '../days.js';
import type { CustomerNumbers } from '../leads/customer-numbers.js';
import { add, Dec, ZERO } from '../money.js';
import { memo } from '../memo.js';
import { monthsBetween, periodOf, periodRange, type Period, type PeriodKind } from '../periods.js';
import { collectionsByRef, monthlyCollection, type Collection } from './collection-rate.js';
import { dealCustomers } from './deal-customers.js';
import { flagCards, type Flag } from './flags.js';
import { gradeBands, gradeLadder, gradeOf, type GradeRule } from './grade.js';
import {
  QUALITATIVE,
  RATE_METRICS,
  TARGET_METRIC,
  type KpiConfig,
  type KpiId,
  type QualitativeKpi,
  type QuantitativeKpi,
} from './kpis.js';
import { leadConversionByKind, type Cohorts } from './lead-conversion.js';
import { newCustomersByKind } from './new-customers.js';
import { rankPeriod } from './rank.js';
import { monthlyRevenue } from './revenue.js';
import { monthNumber, periodCount, periodIndex, repMonths, rollUp } from './rep-months.js';
import { indexReviews, reviewOf, type ReviewIndex, type ReviewRecord, type ReviewScores } from './reviews.js';
import { isPlusZero, kpiScorer, reviewScorer, totalOf, type Total } from './score.js';
import { indexTargets, targetIn, targetsOf, type RepTargets, type TargetRecord } from './targets.js';

export interface ScorecardInputs {
  reps: readonly RepRecord[];
  activity: readonly ActivityRecord[];
  targets: readonly TargetRecord[];
  reviews: readonly ReviewRecord[];
  kpis: readonly KpiConfig[];
  grades: readonly GradeRule[];
  asOf: Day;
  /** The earliest dated input; scorecards start in its month. */
  firstDay: Day;
  paymentTermsDays: number;
  validCustomerMinAmount: Decimal;
  teamworkExcellent: Decimal;
  /**
   * The customer of each activity row as the whole log numbers them (ids matched without regard to
   * case), -1 for none, with how many numbers there are. Optional: without it the scorecard numbers
   * the customers of its rows itself, to the same effect.
   */
  activityCustomers?: ActivityCustomers;
}

/** Customer numbers by position in a list of activity rows, and how many numbers there are: the log's `CustomerNumbers`, read by record. */
export type ActivityCustomers = Pick<CustomerNumbers, 'numberOf' | 'count'>;

/** Why a KPI is left out of a total. */
export type Missing = 'no_target' | 'no_review' | 'nothing_due' | 'no_leads';

export interface KpiResult {
  kpi: KpiId;
  group: 'quantitative' | 'qualitative';
  weight: Decimal;
  actual?: Decimal;
  target?: Decimal;
  score?: Decimal;
  /** Set when the KPI is not applicable. */
  missing?: Missing;
}

export interface Scorecard {
  period: Period;
  kind: PeriodKind;
  rep: string;
  name: string;
  team?: string;
  hire: Day;
  kpis: KpiResult[];
  revenue: Decimal;
  revenueTarget?: Decimal;
  teamwork?: Decimal;
  /** Whether the period ended on or before `as_of`; a period in progress is scored but not flagged. */
  complete: boolean;
  /**
   * For a period in progress: the days elapsed of the period's days. Its amount and count targets are
   * prorated by them (rate targets are not), so a half-month is judged against half a month's target.
   */
  elapsed?: { days: number; of: number };
  total?: Decimal;
  quantitative?: Decimal;
  qualitative?: Decimal;
  grade?: string;
  rank?: number;
  teamRank?: number;
  flags: Flag[];
}

const KINDS: readonly PeriodKind[] = ['month', 'quarter', 'year'];

/** The periods of each kind from `first` through `asOf`. */
export function reportedPeriods(first: Day, asOf: Day): { period: Period; kind: PeriodKind }[] {
  const months = monthsBetween(first, asOf);
  const periods: { period: Period; kind: PeriodKind }[] = [];
  for (const kind of KINDS) {
    const seen = new Set<Period>();
    for (const m of months) {
      const p = periodOf(`${m}-01`, kind);
      if (!seen.has(p)) {
        seen.add(p);
        periods.push({ period: p, kind });
      }
    }
  }
  return periods;
}

/** A reported period and what every scorecard of it shares, worked out once per period rather than per card. */
interface PeriodFacts {
  period: Period;
  kind: PeriodKind;
  first: Day;
  last: Day;
  complete: boolean;
  elapsed?: { days: number; of: number; share: Decimal };
}

function periodFacts(period: Period, kind: PeriodKind, asOf: Day): PeriodFacts {
  const { first, last } = periodRange(period);
  const complete = last <= asOf;
  if (complete) return { period, kind, first, last, complete };
  const days = daysInclusive(first, asOf);
  const of = daysInclusive(first, last);
  return { period, kind, first, last, complete, elapsed: { days, of, share: new Dec(days).div(of) } };
}

function employedIn(rep: RepRecord, facts: PeriodFacts): boolean {
  return rep.hire <= facts.last && (rep.leave === undefined || rep.leave >= facts.first);
}

/** A ratio's value; 0 over a positive count is 0 without a division (many reps convert no lead in a month). */
const ratioValue = (numerator: Decimal | undefined, denominator: Decimal | undefined) =>
  numerator && denominator && !denominator.isZero()
    ? isPlusZero(numerator) && denominator.isPositive()
      ? ZERO
      : numerator.div(denominator)
    : undefined;

/** The KPI actuals of one period kind, by the grid's rep and period (`rep-months.ts`). */
interface KindActuals {
  /** Periods of the kind, for a slot's index. */
  periods: number;
  revenue: readonly (Decimal | undefined)[];
  newCustomers: readonly number[];
  collection: Collection;
  conversion: Cohorts;
}

/** Why a quantitative KPI without an actual is left out. */
const NO_ACTUAL: Readonly<Record<QuantitativeKpi, Missing>> = {
  revenue_attainment: 'no_target',
  new_customers: 'no_target',
  collection_rate: 'nothing_due',
  lead_conversion: 'no_leads',
};

function actualOf(
  kpi: QuantitativeKpi,
  actuals: KindActuals,
  slot: number,
  revenue: Decimal,
): Decimal | undefined {
  switch (kpi) {
    case 'revenue_attainment':
      return revenue;
    case 'new_customers':
      return countOf(actuals.newCustomers[slot] ?? 0);
    case 'collection_rate':
      return ratioValue(actuals.collection.collected[slot], actuals.collection.due[slot]);
    case 'lead_conversion':
      return conversionRate(actuals.conversion.converted[slot] ?? 0, actuals.conversion.leads[slot] ?? 0);
  }
}

/**
 * Converted leads over leads, as `ratioValue` gives it; undefined without a lead. The same few pairs of
 * counts come back card after card, so each quotient is worked out once (a Decimal is immutable and can
 * be shared), keyed by one number: leads × 2^21 + converted, exact while leads stay below 2^32.
 */
const conversionRate = (converted: number, leads: number) =>
  leads === 0
    ? undefined
    : converted === 0
      ? ZERO
      : converted < 2 ** 21 && leads < 2 ** 32
        ? rateOf(leads * 2 ** 21 + converted)
        : new Dec(converted).div(leads);
const rateOf = memo((key: number) => new Dec(key % 2 ** 21).div(Math.floor(key / 2 ** 21)));

/** A rep's target for a KPI; a period in progress is judged against the share of its amount and count targets already due. */
function targetFor(targets: RepTargets, kpi: QuantitativeKpi, facts: PeriodFacts): Decimal | undefined {
  const metric = TARGET_METRIC[kpi]; // already lower case, as targetIn wants
  const full = targetIn(targets, metric, facts.period);
  return full && facts.elapsed && !RATE_METRICS.has(metric) ? full.mul(facts.elapsed.share) : full;
}

/** A count as a decimal: 0, the most common, is the one shared ZERO rather than a new one each time. */
const countOf = (n: number) => (n === 0 ? ZERO : decimalOf(n));
/** Counts repeat (a rep wins a handful of customers a month): one shared Decimal for each. */
const decimalOf = memo((n: number) => new Dec(n));

/** A KPI of the KPIs tab, with its review scorer when it is qualitative, its scorer (see `kpiScorer`) when quantitative. */
interface KpiRule {
  config: KpiConfig;
  review?: (score: Decimal) => Decimal;
  score?: (actual: Decimal, target: Decimal) => Decimal;
}

function qualitativeResult(rule: KpiRule, review: Readonly<ReviewScores>): KpiResult {
  const { kpi, group, weight } = rule.config;
  const score = review[kpi as QualitativeKpi];
  return score === undefined
    ? { kpi, group, weight, missing: 'no_review' }
    : { kpi, group, weight, actual: score, score: rule.review!(score) };
}

function quantitativeResult(
  rule: KpiRule,
  actual: Decimal | undefined,
  goal: Decimal | undefined,
): KpiResult {
  const { kpi, group, weight } = rule.config;
  if (goal === undefined)
    return actual
      ? { kpi, group, weight, actual, missing: 'no_target' }
      : { kpi, group, weight, missing: 'no_target' };
  if (actual === undefined)
    return { kpi, group, weight, target: goal, missing: NO_ACTUAL[kpi as QuantitativeKpi] };
  return { kpi, group, weight, actual, target: goal, score: rule.score!(actual, goal) };
}

/** What every scorecard is read against, whatever its rep and period. */
interface CardRules {
  kpis: readonly KpiRule[];
  qualitative: readonly QualitativeKpi[];
  reviews: ReviewIndex;
  ladder: readonly GradeRule[];
}

function scorecardOf(
  rep: RepRecord,
  targets: RepTargets,
  facts: PeriodFacts,
  actuals: KindActuals,
  slot: number,
  rules: CardRules,
): Scorecard {
  const { period, kind, complete, elapsed } = facts;
  const revenue = actuals.revenue[slot] ?? ZERO;
  const review = reviewOf(rules.reviews, rep.rep, period, rules.qualitative);
  const revenueTarget = targetFor(targets, 'revenue_attainment', facts);
  const kpis: KpiResult[] = [];
  for (const rule of rules.kpis) {
    const config = rule.config;
    if (config.group === 'qualitative') {
      kpis.push(qualitativeResult(rule, review));
      continue;
    }
    const kpi = config.kpi as QuantitativeKpi;
    const goal = kpi === 'revenue_attainment' ? revenueTarget : targetFor(targets, kpi, facts);
    kpis.push(quantitativeResult(rule, actualOf(kpi, actuals, slot, revenue), goal));
  }
  const total: Total | undefined = totalOf(kpis);
  // Optional fields assigned one by one, in the order the spreads of a literal would give them,
  // rather than spread from a throwaway object each.
  const card: Scorecard = { period, kind, rep: rep.rep, name: rep.name } as Scorecard;
  if (rep.team !== undefined) card.team = rep.team;
  card.hire = rep.hire;
  card.kpis = kpis;
  card.revenue = revenue;
  if (revenueTarget) card.revenueTarget = revenueTarget;
  if (review.teamwork) card.teamwork = review.teamwork;
  card.complete = complete;
  if (elapsed) card.elapsed = { days: elapsed.days, of: elapsed.of };
  if (total) {
    card.total = total.total;
    card.quantitative = total.quantitative;
    card.qualitative = total.qualitative;
    card.grade = gradeOf(total.total, rules.ladder);
  }
  card.flags = [];
  return card;
}

export function scorecards(input: ScorecardInputs): Scorecard[] {
  // Each KPI reads one or two types of row: the log is split in one pass rather than scanned whole by
  // every KPI for every period kind. Activity after as_of is ignored everywhere.
  const deals: ActivityRecord[] = [];
  const revenueRows: ActivityRecord[] = [];
  const leads: ActivityRecord[] = [];
  const collectionRows: ActivityRecord[] = [];
  // A deal due before the first day (an explicit due date) still counts in that day's quarter or year.
  let firstDay = input.firstDay;
  // The log's customer number of each deal and lead, when the log's numbers came with the rows.
  const numbers = input.activityCustomers?.numberOf;
  const dealCustomerNumbers: number[] = [];
  const leadCustomerNumbers: number[] = [];
  for (let at = 0; at < input.activity.length; at++) {
    const a = input.activity[at]!;
    if (a.day > input.asOf) continue;
    if (a.type === 'deal') {
      deals.push(a);
      if (numbers) dealCustomerNumbers.push(numbers[at]!);
      revenueRows.push(a);
      if (a.due !== undefined && a.due < firstDay) firstDay = a.due;
    } else if (a.type === 'refund') revenueRows.push(a);
    else if (a.type === 'lead') {
      leads.push(a);
      if (numbers) leadCustomerNumbers.push(numbers[at]!);
    } else if (a.type === 'collection') collectionRows.push(a);
  }
  const grid = repMonths(
    input.reps.map((r) => r.rep),
    firstDay,
    input.asOf,
  );
  const log = input.activityCustomers;
  const customers = dealCustomers(
    deals,
    leads,
    log && { ofDeal: dealCustomerNumbers, ofLead: leadCustomerNumbers, count: log.count },
  );
  const collections = collectionsByRef(collectionRows);
  const targets = indexTargets(input.targets);
  const reviews = indexReviews(input.reviews);
  const ladder = gradeLadder(input.grades);
  const qualitative = input.kpis.filter((k) => k.group === 'qualitative').map((k) => k.kpi as QualitativeKpi);

  // Revenue and collections add up: quarters and years are summed from the months rather than read
  // from the log again. New customers and conversions count distinct customers: one pass reads them for every kind.
  const monthlyRevenueOf = monthlyRevenue(revenueRows, grid);
  const monthlyCollectionOf = monthlyCollection(deals, grid, input.asOf, input.paymentTermsDays, collections);
  const newCustomers = newCustomersByKind(deals, KINDS, input.validCustomerMinAmount, customers, grid);
  const conversion = leadConversionByKind(leads, KINDS, customers, grid);
  const actuals = new Map(
    KINDS.map((kind, k): [PeriodKind, KindActuals] => [
      kind,
      {
        periods: periodCount(grid, kind),
        revenue: rollUp(grid, monthlyRevenueOf, kind, add),
        newCustomers: newCustomers[k]!,
        collection: {
          collected: rollUp(grid, monthlyCollectionOf.collected, kind, add),
          due: rollUp(grid, monthlyCollectionOf.due, kind, add),
        },
        conversion: conversion[k]!,
      },
    ]),
  );

  const kpiRules = input.kpis.map((config): KpiRule =>
    config.group === 'qualitative'
      ? { config, review: reviewScorer(config.floor, config.cap) }
      : { config, score: kpiScorer(config.floor, config.cap) },
  );
  const rules: CardRules = {
    kpis: kpiRules,
    qualitative: qualitative.length > 0 ? qualitative : QUALITATIVE,
    reviews,
    ladder,
  };
  const periods = reportedPeriods(input.firstDay, input.asOf).map(({ period, kind }) => {
    const facts = periodFacts(period, kind, input.asOf);
    return { facts, actuals: actuals.get(kind)!, index: periodIndex(grid, monthNumber(facts.first), kind) };
  });
  // Rep by rep, so each rep's targets and reviews are read while they are in the processor's cache
  // (period by period, every lookup went to memory); the cards are then listed period by period.
  const byPeriod: Scorecard[][] = periods.map(() => []);
  for (const rep of input.reps) {
    const repTargets = targetsOf(targets, rep.rep);
    const number = grid.reps.get(rep.rep)!;
    for (let at = 0; at < periods.length; at++) {
      const { facts, actuals: a, index } = periods[at]!;
      if (employedIn(rep, facts))
        byPeriod[at]!.push(scorecardOf(rep, repTargets, facts, a, number * a.periods + index, rules));
    }
  }
  const cards: Scorecard[] = [];
  for (const inPeriod of byPeriod) {
    rankPeriod(inPeriod);
    for (const card of inPeriod) cards.push(card);
  }
  flagCards(cards, gradeBands(ladder), input.teamworkExcellent);
  return cards;
}
