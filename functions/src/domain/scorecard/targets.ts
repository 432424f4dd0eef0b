/**
 * A rep's target for a metric and period (SPEC sections 3 and 13): the explicit row for that period,
 * else, for a quarter or year, the sum (amounts, counts) or mean (rates) of its month rows when every
 * month has one. Only rows naming the rep count; a target of 0 is no target.
 *
 * @example
 * // revenue 100,000 in 2026-01, 2026-02 and 2026-03, no 2026-Q1 row:
 * targetOf(index, 'R1', 'revenue', '2026-Q1') //=> 300000
 */
import type { Decimal } from 'decimal.js';
import { addToSum, Dec, ZERO } from '../money.js';
import { monthsOf, periodKind, type Period } from '../periods.js';
import { RATE_METRICS } from './kpis.js';

export interface TargetRecord {
  period: Period;
  metric: string;
  rep: string;
  base: Decimal;
  challenge?: Decimal;
  sprint?: Decimal;
  row: number;
}

/**
 * Rows by rep, then lower-case metric, then period: a scorecard asks for several metrics and periods of
 * one rep, and nested maps answer that without building a key string for each question.
 */
export type TargetIndex = ReadonlyMap<string, RepTargets>;

/** One rep's rows, by lower-case metric, then period. */
export type RepTargets = ReadonlyMap<string, ReadonlyMap<Period, TargetRecord>>;

const NO_TARGETS: RepTargets = new Map();

export function indexTargets(targets: readonly TargetRecord[]): TargetIndex {
  const index = new Map<string, Map<string, Map<Period, TargetRecord>>>();
  for (const t of targets) {
    let byMetric = index.get(t.rep);
    if (!byMetric) index.set(t.rep, (byMetric = new Map()));
    const metric = t.metric.toLowerCase();
    let byPeriod = byMetric.get(metric);
    if (!byPeriod) byMetric.set(metric, (byPeriod = new Map()));
    if (!byPeriod.has(t.period)) byPeriod.set(t.period, t);
  }
  return index;
}

/** A rep's rows, for `targetIn`. */
export function targetsOf(index: TargetIndex, rep: string): RepTargets {
  return index.get(rep) ?? NO_TARGETS;
}

/** The base target, or undefined when there is none (or it is 0). */
export function targetOf(
  index: TargetIndex,
  rep: string,
  metric: string,
  period: Period,
): Decimal | undefined {
  return targetIn(targetsOf(index, rep), metric.toLowerCase(), period);
}

/** `targetOf` over one rep's rows, for a metric already in lower case. */
export function targetIn(targets: RepTargets, metric: string, period: Period): Decimal | undefined {
  const rows = targets.get(metric);
  if (rows === undefined) return undefined;
  let base: Decimal | undefined = rows.get(period)?.base;
  if (base === undefined && periodKind(period) !== 'month')
    base = monthsTarget(rows, monthsOf(period), RATE_METRICS.has(metric));
  return base === undefined || base.isZero() ? undefined : base;
}

/** The sum (or, for a rate, the mean) of the months' targets, or undefined unless every month has one. */
function monthsTarget(
  rows: ReadonlyMap<Period, TargetRecord>,
  months: readonly Period[],
  rate: boolean,
): Decimal | undefined {
  let sum: Decimal | undefined;
  for (const m of months) {
    const row = rows.get(m);
    if (row === undefined) return undefined;
    sum = addToSum(sum, row.base);
  }
  return sum === undefined ? ZERO : rate ? sum.div(new Dec(months.length)) : sum;
}
