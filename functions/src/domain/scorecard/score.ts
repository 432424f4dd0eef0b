/**
 * Scores and the total (SPEC sections 3 and 13). A quantitative score is 100 × actual ÷ target clamped
 * to the KPI's floor and cap (defaults 0 and 120); a qualitative score is the review clamped to 0–100.
 * The total is Σ weight × score ÷ Σ weight over the applicable KPIs, rounded half-up to 2 decimals; the
 * quantitative and qualitative parts are each group's contribution, so they add up to the total.
 *
 * @example
 * kpiScore(new Dec(1_130_000), new Dec(1_000_000), undefined, undefined).toFixed() //=> '113'
 * // revenue 113 × 30, teamwork 80 × 10, the rest not applicable:
 * totalOf([{ group: 'quantitative', weight: 30, score: 113 }, { group: 'qualitative', weight: 10, score: 80 }])
 * //=> { total: 104.75, quantitative: 84.75, qualitative: 20 }
 */
import type { Decimal } from 'decimal.js';
import { Dec, HUNDRED, ZERO, roundHalfUp } from '../money.js';

const DEFAULT_CAP = new Dec(120);

function clamp(value: Decimal, floor: Decimal, cap: Decimal): Decimal {
  return value.lt(floor) ? floor : value.gt(cap) ? cap : value;
}

export function kpiScore(actual: Decimal, target: Decimal, floor: Decimal | undefined, cap: Decimal | undefined): Decimal {
  return clamp(HUNDRED.mul(actual).div(target), floor ?? ZERO, cap ?? DEFAULT_CAP);
}

export function reviewScore(score: Decimal, floor: Decimal | undefined, cap: Decimal | undefined): Decimal {
  return clamp(clamp(score, ZERO, HUNDRED), floor ?? ZERO, cap ?? HUNDRED);
}

export interface WeightedScore {
  group: 'quantitative' | 'qualitative';
  weight: Decimal;
  score: Decimal;
}

export interface Total {
  total: Decimal;
  quantitative: Decimal;
  qualitative: Decimal;
}

/** The total over applicable KPIs, or undefined when none applies (or their weights are all 0). */
export function totalOf(scores: readonly WeightedScore[]): Total | undefined {
  const weights = scores.reduce((s, k) => s.add(k.weight), ZERO);
  if (weights.isZero()) return undefined;
  const part = (group: WeightedScore['group']) =>
    scores.filter((k) => k.group === group).reduce((s, k) => s.add(k.weight.mul(k.score)), ZERO).div(weights);
  const quantitativeExact = part('quantitative');
  const total = roundHalfUp(quantitativeExact.add(part('qualitative')));
  const quantitative = roundHalfUp(quantitativeExact);
  return { total, quantitative, qualitative: total.sub(quantitative) };
}
