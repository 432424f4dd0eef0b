/**
 * A rep's review scores for a period (SPEC section 3): the period's own row, else, for a quarter or
 * year, the mean of each score over the months that have one.
 *
 * @example
 * // teamwork 80 in 2026-04 and 90 in 2026-05, no 2026-Q2 row: reviewOf(index, 'R1', '2026-Q2').teamwork //=> 85
 */
import type { Decimal } from 'decimal.js';
import { addToSum, Dec } from '../money.js';
import { monthsOf, periodKind, type Period } from '../periods.js';
import type { QualitativeKpi } from './kpis.js';

export type ReviewScores = Partial<Record<QualitativeKpi, Decimal>>;

export interface ReviewRecord {
  period: Period;
  rep: string;
  scores: ReviewScores;
  row: number;
}

/** Rows by rep, then period: nested maps, so no key string is built per question. */
export type ReviewIndex = ReadonlyMap<string, ReadonlyMap<Period, ReviewRecord>>;

export function indexReviews(reviews: readonly ReviewRecord[]): ReviewIndex {
  const index = new Map<string, Map<Period, ReviewRecord>>();
  for (const r of reviews) {
    let byPeriod = index.get(r.rep);
    if (!byPeriod) index.set(r.rep, (byPeriod = new Map()));
    if (!byPeriod.has(r.period)) byPeriod.set(r.period, r);
  }
  return index;
}

const NONE: Readonly<ReviewScores> = Object.freeze({});

export function reviewOf(
  index: ReviewIndex,
  rep: string,
  period: Period,
  kpis: readonly QualitativeKpi[],
): Readonly<ReviewScores> {
  const rows = index.get(rep);
  const own = rows?.get(period);
  if (own) return own.scores;
  if (rows === undefined || periodKind(period) === 'month') return NONE;
  const months: ReviewRecord[] = [];
  for (const m of monthsOf(period)) {
    const row = rows.get(m);
    if (row) months.push(row);
  }
  if (months.length === 0) return NONE;
  return meanScores(months, kpis);
}

/** Each score's mean over the rows that have it. Loops rather than flatMap/reduce: it runs for every rep's quarters and years. */
function meanScores(months: readonly ReviewRecord[], kpis: readonly QualitativeKpi[]): ReviewScores {
  const scores: ReviewScores = {};
  for (const kpi of kpis) {
    let sum: Decimal | undefined;
    let count = 0;
    for (const m of months) {
      const v = m.scores[kpi];
      if (v === undefined) continue;
      sum = addToSum(sum, v);
      count += 1;
    }
    // The mean of one score is that score: the sum is already within the precision, so ÷ 1 would only copy it.
    if (sum !== undefined) scores[kpi] = count === 1 ? sum : sum.div(new Dec(count));
  }
  return scores;
}
