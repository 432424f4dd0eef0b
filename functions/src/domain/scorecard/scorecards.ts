/**
 * Every rep's scorecard for every month, quarter and year from the first dated input through `as_of`
 * (SPEC sections 3 and 13). Each KPI's actual comes from one pass over the activity log per period kind,
 * whatever the number of reps.
 */
import type { Decimal } from 'decimal.js';
import type { ActivityRecord, RepRecord } from '../activity.js';
import { daysInclusive, type Day } from '../days.js';
import { Dec, ZERO } from '../money.js';
import { pairKeys } from '../memo.js';
import { monthsBetween, periodOf, periodRange, type Period, type PeriodKind } from '../periods.js';
import { collectionByRepPeriod, collectionsByRef } from './collection-rate.js';
import { flagCards, type Flag } from './flags.js';
import { gradeBands, gradeLadder, gradeOf, type GradeRule } from './grade.js';
import { QUALITATIVE, RATE_METRICS, TARGET_METRIC, repPeriod, type KpiConfig, type KpiId, type QualitativeKpi, type QuantitativeKpi, type Ratio } from './kpis.js';
import { latestDeals, leadConversionByRepPeriod } from './lead-conversion.js';
import { firstDeals, newCustomersByRepPeriod } from './new-customers.js';
import { rankPeriod } from './rank.js';
import { revenueByRepPeriod } from './revenue.js';
import { indexReviews, reviewOf, type ReviewRecord } from './reviews.js';
import { kpiScore, reviewScore, totalOf, type Total } from './score.js';
import { indexTargets, targetOf, type TargetRecord } from './targets.js';

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
}

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

function employedIn(rep: RepRecord, period: Period): boolean {
  const { first, last } = periodRange(period);
  return rep.hire <= last && (rep.leave === undefined || rep.leave >= first);
}

const ratioValue = (r: Ratio | undefined) => (r && !r.denominator.isZero() ? r.numerator.div(r.denominator) : undefined);

export function scorecards(input: ScorecardInputs): Scorecard[] {
  // Each KPI reads one or two types of row: the log is split in one pass rather than scanned whole by
  // every KPI for every period kind. Activity after as_of is ignored everywhere.
  const deals: ActivityRecord[] = [];
  const revenueRows: ActivityRecord[] = [];
  const leads: ActivityRecord[] = [];
  const collectionRows: ActivityRecord[] = [];
  for (let at = 0; at < input.activity.length; at++) {
    const a = input.activity[at]!;
    if (a.day > input.asOf) continue;
    if (a.type === 'deal') {
      deals.push(a);
      revenueRows.push(a);
    } else if (a.type === 'refund') revenueRows.push(a);
    else if (a.type === 'lead') leads.push(a);
    else if (a.type === 'collection') collectionRows.push(a);
  }
  const first = firstDeals(deals);
  const latest = latestDeals(deals);
  const collections = collectionsByRef(collectionRows);
  const targets = indexTargets(input.targets);
  const reviews = indexReviews(input.reviews);
  const ladder = gradeLadder(input.grades);
  const qualitative = input.kpis.filter((k) => k.group === 'qualitative').map((k) => k.kpi as QualitativeKpi);

  // Revenue and collections add up: quarters and years are summed from the months rather than read
  // from the log again. New customers and conversions count distinct customers, so each kind reads it.
  const monthlyRevenue = revenueByRepPeriod(revenueRows, 'month');
  const monthlyCollection = collectionByRepPeriod(deals, 'month', input.asOf, input.paymentTermsDays, collections);
  const actuals = new Map(
    KINDS.map((kind) => [
      kind,
      {
        revenue: kind === 'month' ? monthlyRevenue : rollUp(monthlyRevenue, kind, (x, y) => x.add(y)),
        newCustomers: newCustomersByRepPeriod(deals, kind, input.validCustomerMinAmount, first),
        collection:
          kind === 'month'
            ? monthlyCollection
            : rollUp(monthlyCollection, kind, (x, y) => ({ numerator: x.numerator.add(y.numerator), denominator: x.denominator.add(y.denominator) })),
        conversion: leadConversionByRepPeriod(leads, kind, latest),
      },
    ]),
  );

  const cards: Scorecard[] = [];
  for (const { period, kind } of reportedPeriods(input.firstDay, input.asOf)) {
    const a = actuals.get(kind)!;
    const inPeriod: Scorecard[] = [];
    const range = periodRange(period);
    const complete = range.last <= input.asOf;
    const elapsed = complete ? undefined : { days: daysInclusive(range.first, input.asOf), of: daysInclusive(range.first, range.last), share: new Dec(daysInclusive(range.first, input.asOf)).div(daysInclusive(range.first, range.last)) };
    for (const rep of input.reps) {
      if (!employedIn(rep, period)) continue;
      const key = repPeriod(rep.rep, period);
      const revenue = a.revenue.get(key) ?? ZERO;
      const review = reviewOf(reviews, rep.rep, period, qualitative.length > 0 ? qualitative : QUALITATIVE);
      // A period in progress is judged against the share of its amount and count targets already due.
      const target = (kpi: QuantitativeKpi) => {
        const full = targetOf(targets, rep.rep, TARGET_METRIC[kpi], period);
        return full && elapsed && !RATE_METRICS.has(TARGET_METRIC[kpi]) ? full.mul(elapsed.share) : full;
      };
      const quantitativeActual: Record<QuantitativeKpi, { actual?: Decimal; missing?: Missing }> = {
        revenue_attainment: { actual: revenue },
        new_customers: { actual: new Dec(a.newCustomers.get(key) ?? 0) },
        collection_rate: ratioOrMissing(a.collection.get(key), 'nothing_due'),
        lead_conversion: ratioOrMissing(a.conversion.get(key), 'no_leads'),
      };
      const kpis = input.kpis.map((config): KpiResult => {
        const base = { kpi: config.kpi, group: config.group, weight: config.weight };
        if (config.group === 'qualitative') {
          const score = review[config.kpi as QualitativeKpi];
          return score === undefined
            ? { ...base, missing: 'no_review' }
            : { ...base, actual: score, score: reviewScore(score, config.floor, config.cap) };
        }
        const kpi = config.kpi as QuantitativeKpi;
        const { actual, missing } = quantitativeActual[kpi];
        const goal = target(kpi);
        if (goal === undefined) return { ...base, ...(actual ? { actual } : {}), missing: 'no_target' };
        if (actual === undefined) return { ...base, target: goal, missing: missing ?? 'no_target' };
        return { ...base, actual, target: goal, score: kpiScore(actual, goal, config.floor, config.cap) };
      });
      const total: Total | undefined = totalOf(kpis.flatMap((k) => (k.score ? [{ group: k.group, weight: k.weight, score: k.score }] : [])));
      const revenueTarget = target('revenue_attainment');
      const card: Scorecard = {
        period,
        kind,
        rep: rep.rep,
        name: rep.name,
        ...(rep.team !== undefined ? { team: rep.team } : {}),
        hire: rep.hire,
        kpis,
        revenue,
        ...(revenueTarget ? { revenueTarget } : {}),
        ...(review.teamwork ? { teamwork: review.teamwork } : {}),
        complete,
        ...(elapsed ? { elapsed: { days: elapsed.days, of: elapsed.of } } : {}),
        ...(total ? { ...total, grade: gradeOf(total.total, ladder) } : {}),
        flags: [],
      };
      inPeriod.push(card);
    }
    rankPeriod(inPeriod);
    cards.push(...inPeriod);
  }
  flagCards(cards, gradeBands(ladder), input.teamworkExcellent);
  return cards;
}

/** Figures by rep and month, summed by rep and quarter or year. */
function rollUp<T>(byMonth: ReadonlyMap<string, T>, kind: PeriodKind, add: (x: T, y: T) => T): Map<string, T> {
  const out = new Map<string, T>();
  const key = pairKeys();
  for (const [repMonth, value] of byMonth) {
    const at = repMonth.indexOf('\u0000');
    const k = key(repMonth.slice(0, at), periodOf(`${repMonth.slice(at + 1)}-01`, kind));
    const before = out.get(k);
    out.set(k, before === undefined ? value : add(before, value));
  }
  return out;
}

function ratioOrMissing(ratio: Ratio | undefined, missing: Missing): { actual?: Decimal; missing?: Missing } {
  const value = ratioValue(ratio);
  return value === undefined ? { missing } : { actual: value };
}
