/**
 * Builders for scorecard tests: plain records that read like rows of a workbook; and the KPI actuals of
 * such rows as maps keyed by rep and period, worked out by the functions the scorecards use.
 */
import type { Decimal } from 'decimal.js';
import type { ActivityRecord, RepRecord } from '../activity.js';
import type { Day } from '../days.js';
import { add, Dec } from '../money.js';
import { periodOf, type Period, type PeriodKind } from '../periods.js';
import { defaultGrades, defaultKpis } from '../../../../sheets-templates/index.js';
import { collectionsByRef, dueDay, monthlyCollection } from './collection-rate.js';
import { dealCustomers } from './deal-customers.js';
import type { GradeRule } from './grade.js';
import type { KpiConfig, KpiId } from './kpis.js';
import { leadConversionByKind } from './lead-conversion.js';
import { newCustomersByKind } from './new-customers.js';
import { periodCount, periodIndex, repMonths, rollUp, type RepMonths } from './rep-months.js';
import { monthlyRevenue } from './revenue.js';
import type { ScorecardInputs } from './scorecards.js';

let row = 1;

export function act(
  rep: string,
  type: string,
  day: string,
  extra: Partial<Omit<ActivityRecord, 'amount' | 'share'>> & {
    amount?: number | string;
    share?: number | string;
  } = {},
): ActivityRecord {
  const { amount, share, ...rest } = extra;
  row += 1;
  return {
    rep,
    type,
    day,
    share: new Dec(share ?? 1),
    ...(amount !== undefined ? { amount: new Dec(amount) } : {}),
    row,
    ...rest,
  };
}

export const rep = (id: string, extra: Partial<RepRecord> = {}): RepRecord => ({
  rep: id,
  name: id,
  team: 'north',
  hire: '2024-01-01',
  ...extra,
});

export const DEFAULT_GRADES: GradeRule[] = defaultGrades.map((g) => ({
  grade: g.grade,
  minScore: new Dec(g.min_score),
  bonusMultiplier: new Dec(Number.parseFloat(g.bonus_multiplier)).div(100),
}));

export const DEFAULT_KPIS: KpiConfig[] = defaultKpis.map((k) => ({
  kpi: k.kpi as KpiId,
  group: k.group,
  weight: new Dec(k.weight),
  floor: new Dec(k.floor),
  cap: new Dec(k.cap),
}));

/** Only the named KPIs, each with the weight given. */
export function onlyKpis(weights: Partial<Record<KpiId, number>>): KpiConfig[] {
  return DEFAULT_KPIS.filter((k) => weights[k.kpi] !== undefined).map((k) => ({
    ...k,
    weight: new Dec(weights[k.kpi]!),
  }));
}

export function inputsOf(partial: Partial<ScorecardInputs>): ScorecardInputs {
  return {
    reps: [rep('R1')],
    activity: [],
    targets: [],
    reviews: [],
    kpis: DEFAULT_KPIS,
    grades: DEFAULT_GRADES,
    asOf: '2026-06-30',
    firstDay: '2026-04-01',
    paymentTermsDays: 30,
    validCustomerMinAmount: new Dec(0),
    teamworkExcellent: new Dec(90),
    ...partial,
  };
}

export const target = (rep: string, metric: string, period: string, base: number | string) => ({
  rep,
  metric,
  period,
  base: new Dec(base),
  row: 0,
});

/** Key of a rep's figure in a period. */
export const repPeriod = (rep: string, period: Period) => `${rep}\u0000${period}`;

/** A rate's parts, so a period's rate is the ratio of sums, never a mean of ratios. */
export interface Ratio {
  numerator: Decimal;
  denominator: Decimal;
}

/** The grid of one or more rows: their reps in order of appearance, their months from the first through the last. */
export function gridOfRows(rows: readonly { rep: string; day: Day }[]): RepMonths {
  const days = rows.map((r) => r.day).sort();
  return repMonths(
    rows.map((r) => r.rep),
    days[0]!,
    days.at(-1)!,
  );
}

/** Figures of one period kind, by the grid's rep and period, as a map keyed by `repPeriod`, those without a figure left out. */
export function byRepPeriod<T>(
  grid: RepMonths,
  kind: PeriodKind,
  values: ArrayLike<T | undefined>,
): Map<string, T> {
  const periods = periodCount(grid, kind);
  const names: Period[] = [];
  for (let m = grid.first; m < grid.first + grid.months; m++) {
    const month = `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
    names[periodIndex(grid, m, kind)] ??= periodOf(`${month}-01`, kind);
  }
  const out = new Map<string, T>();
  for (const [rep, number] of grid.reps) {
    for (let p = 0; p < periods; p++) {
      const value = values[number * periods + p];
      if (value !== undefined) out.set(repPeriod(rep, names[p]!), value);
    }
  }
  return out;
}

export function revenueByRepPeriod(
  activity: readonly ActivityRecord[],
  kind: PeriodKind,
): Map<string, Decimal> {
  const grid = gridOfRows(activity);
  return byRepPeriod(grid, kind, rollUp(grid, monthlyRevenue(activity, grid), kind, add));
}

export function newCustomersByRepPeriod(
  activity: readonly ActivityRecord[],
  kind: PeriodKind,
  minAmount: Decimal,
): Map<string, number> {
  const grid = gridOfRows(activity);
  return byRepPeriod(
    grid,
    kind,
    newCustomersByKind(activity, [kind], minAmount, dealCustomers(activity, []), grid)[0]!,
  );
}

/** Collection by rep and the period of the due day. */
export function collectionByRepPeriod(
  activity: readonly ActivityRecord[],
  kind: PeriodKind,
  asOf: Day,
  paymentTermsDays: number,
): Map<string, Ratio> {
  const grid = gridOfRows(
    activity.map((a) => (a.type === 'deal' ? { rep: a.rep, day: dueDay(a, paymentTermsDays) } : a)),
  );
  const monthly = monthlyCollection(activity, grid, asOf, paymentTermsDays, collectionsByRef(activity));
  const collected = rollUp(grid, monthly.collected, kind, add);
  const rates = rollUp(grid, monthly.due, kind, add).map((denominator, slot) =>
    denominator ? { numerator: collected[slot]!, denominator } : undefined,
  );
  return byRepPeriod(grid, kind, rates);
}

export function leadConversionByRepPeriod(
  activity: readonly ActivityRecord[],
  kind: PeriodKind,
): Map<string, Ratio> {
  const grid = gridOfRows(activity);
  const { converted, leads } = leadConversionByKind(
    activity,
    [kind],
    dealCustomers(activity, activity),
    grid,
  )[0]!;
  const rates = converted.map((c, slot) =>
    leads[slot] ? { numerator: new Dec(c ?? 0), denominator: new Dec(leads[slot]) } : undefined,
  );
  return byRepPeriod(grid, kind, rates);
}
