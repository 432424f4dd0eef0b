/**
 * A rep's review scores for a period (SPEC section 3): the period's own row, else, for a quarter or
 * year, the mean of each score over the months that have one.
 *
 * @example
 * // teamwork 80 in 2026-04 and 90 in 2026-05, no 2026-Q2 row: reviewOf(index, 'R1', '2026-Q2').teamwork //=> 85
 */
import type { Decimal } from 'decimal.js';
import { Dec, ZERO } from '../money.js';
import { monthsOf, periodKind, type Period } from '../periods.js';
import type { QualitativeKpi } from './kpis.js';

export type ReviewScores = Partial<Record<QualitativeKpi, Decimal>>;

export interface ReviewRecord {
  period: Period;
  rep: string;
  scores: ReviewScores;
  row: number;
}

export type ReviewIndex = ReadonlyMap<string, ReviewRecord>;

const keyOf = (rep: string, period: Period) => `${rep}\u0000${period}`;

export function indexReviews(reviews: readonly ReviewRecord[]): ReviewIndex {
  const index = new Map<string, ReviewRecord>();
  for (const r of reviews) if (!index.has(keyOf(r.rep, r.period))) index.set(keyOf(r.rep, r.period), r);
  return index;
}

export function reviewOf(index: ReviewIndex, rep: string, period: Period, kpis: readonly QualitativeKpi[]): ReviewScores {
  const own = index.get(keyOf(rep, period));
  if (own || periodKind(period) === 'month') return own?.scores ?? {};
  const months = monthsOf(period).flatMap((m) => index.get(keyOf(rep, m)) ?? []);
  const scores: ReviewScores = {};
  for (const kpi of kpis) {
    const present = months.flatMap((m) => m.scores[kpi] ?? []);
    if (present.length > 0) scores[kpi] = present.reduce((s, v) => s.add(v), ZERO).div(new Dec(present.length));
  }
  return scores;
}
