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
import { Dec, ZERO } from '../money.js';
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

export type TargetIndex = ReadonlyMap<string, TargetRecord>;

const keyOf = (rep: string, metric: string, period: Period) => `${rep}\u0000${metric.toLowerCase()}\u0000${period}`;

export function indexTargets(targets: readonly TargetRecord[]): TargetIndex {
  const index = new Map<string, TargetRecord>();
  for (const t of targets) {
    const key = keyOf(t.rep, t.metric, t.period);
    if (!index.has(key)) index.set(key, t);
  }
  return index;
}

/** The base target, or undefined when there is none (or it is 0). */
export function targetOf(index: TargetIndex, rep: string, metric: string, period: Period): Decimal | undefined {
  const explicit = index.get(keyOf(rep, metric, period));
  let base: Decimal | undefined = explicit?.base;
  if (!explicit && periodKind(period) !== 'month') {
    const months = monthsOf(period).map((m) => index.get(keyOf(rep, metric, m)));
    if (months.every((m) => m !== undefined)) {
      const sum = months.reduce((s, m) => s.add(m!.base), ZERO);
      base = RATE_METRICS.has(metric.toLowerCase()) ? sum.div(new Dec(months.length)) : sum;
    }
  }
  return base === undefined || base.isZero() ? undefined : base;
}
