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
import { addToSum, compare, Dec, HUNDRED, roundHalfUp, ZERO } from '../money.js';

const DEFAULT_CAP = new Dec(120);

function clamp(value: Decimal, floor: Decimal, cap: Decimal): Decimal {
  return compare(value, floor) < 0 ? floor : compare(value, cap) > 0 ? cap : value;
}

export function kpiScore(
  actual: Decimal,
  target: Decimal,
  floor: Decimal | undefined,
  cap: Decimal | undefined,
): Decimal {
  // An actual of 0 is common (a month without a new customer or a converted lead): 100 × 0 ÷ a
  // positive target is 0, so the multiplication and the division are skipped. (A -0 actual or a
  // negative target would give -0: those take the long way.)
  const ratio =
    isPlusZero(actual) && target.isPositive() && !target.isZero() ? ZERO : HUNDRED.mul(actual).div(target);
  return clamp(ratio, floor ?? ZERO, cap ?? DEFAULT_CAP);
}

/**
 * `kpiScore` for one KPI's floor and cap. Most actuals clear the target by far (on most scorecards
 * revenue and new customers score the cap): an actual of at least cap ÷ 100 × target scores the cap,
 * so one multiplication tells, rather than a multiplication and a 40-digit division clamped afterwards.
 * The product is exact when the factors have at most 40 digits between them (decimal.js keeps 7 a
 * word), and only then is it trusted; a cap below the floor takes the long way.
 */
export function kpiScorer(
  floor: Decimal | undefined,
  cap: Decimal | undefined,
): (actual: Decimal, target: Decimal) => Decimal {
  const low = floor ?? ZERO;
  const high = cap ?? DEFAULT_CAP;
  const share = high.div(HUNDRED);
  const words = compare(high, low) >= 0 ? EXACT_WORDS - share.d.length : 0;
  sharedScores.add(high);
  return (actual, target) =>
    target.d.length <= words && target.s > 0 && !target.isZero() && compare(actual, target.mul(share)) >= 0
      ? high
      : kpiScore(actual, target, low, high);
}

/** Words of 7 digits two factors may have between them for their product to be exact at 40 digits. */
const EXACT_WORDS = 5;

/** Whether a decimal is 0 and not -0. */
export const isPlusZero = (d: Decimal) => d.isZero() && !d.isNegative();

export function reviewScore(score: Decimal, floor: Decimal | undefined, cap: Decimal | undefined): Decimal {
  return clamp(clamp(score, ZERO, HUNDRED), floor ?? ZERO, cap ?? HUNDRED);
}

/**
 * `reviewScore` for one KPI's floor and cap. Usually they do not narrow 0–100 (floor 0, cap 100 or
 * more), and a score already clamped to 0–100 would pass the second clamp unchanged: that is decided
 * once per KPI rather than compared again for every scorecard.
 */
export function reviewScorer(
  floor: Decimal | undefined,
  cap: Decimal | undefined,
): (score: Decimal) => Decimal {
  const low = floor ?? ZERO;
  const high = cap ?? HUNDRED;
  if (low.lte(ZERO) && high.gte(HUNDRED)) return (score) => clamp(score, ZERO, HUNDRED);
  return (score) => clamp(clamp(score, ZERO, HUNDRED), low, high);
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

/**
 * `sum + weight`, the same Decimal each time for the same two Decimals. A card's weights are its
 * KPIs' settings, shared by every card, so partial sums built from them are shared too: the thousands
 * of cards add up a handful of distinct sums, each added once (and its text formatted once, by the
 * Scorecard tab's explanation).
 */
const weightSums = new WeakMap<Decimal, WeakMap<Decimal, Decimal>>();
export function addWeight(sum: Decimal, weight: Decimal): Decimal {
  let bySum = weightSums.get(sum);
  if (bySum === undefined) {
    bySum = new WeakMap();
    weightSums.set(sum, bySum);
  }
  let total = bySum.get(weight);
  if (total === undefined) {
    total = sum.add(weight);
    bySum.set(weight, total);
  }
  return total;
}

/** Scores many cards share (each KPI's cap, see `kpiScorer`): their products with the weights are worked out once. */
const sharedScores = new WeakSet<Decimal>();
const sharedProducts = new WeakMap<Decimal, WeakMap<Decimal, Decimal>>();

/** `weight × score`, the same Decimal each time for a shared score and a weight. */
function weighted(weight: Decimal, score: Decimal): Decimal {
  if (!sharedScores.has(score)) return weight.mul(score);
  let byScore = sharedProducts.get(weight);
  if (byScore === undefined) sharedProducts.set(weight, (byScore = new WeakMap()));
  let product = byScore.get(score);
  if (product === undefined) byScore.set(score, (product = weight.mul(score)));
  return product;
}

/**
 * The total over applicable KPIs, or undefined when none applies (or their weights are all 0). An entry
 * without a score is not applicable and left out. One loop rather than filter/reduce closures: it runs
 * for every scorecard; each sum still adds its terms in order, so the figures are unchanged. A score at
 * its KPI's cap is the cap itself (see `kpiScorer`), and its product with the weight is shared.
 */
export function totalOf(
  scores: readonly (Omit<WeightedScore, 'score'> & { score?: Decimal })[],
): Total | undefined {
  let weights = ZERO;
  let quantitativeSum: Decimal | undefined;
  let qualitativeSum: Decimal | undefined;
  for (const k of scores) {
    if (k.score === undefined) continue;
    weights = addWeight(weights, k.weight);
    // A score of 0 adds ±0, which leaves a sum as it is (the sums here are never -0): skipped.
    if (k.score.isZero()) continue;
    const term = weighted(k.weight, k.score);
    if (k.group === 'quantitative') quantitativeSum = addToSum(quantitativeSum, term);
    else if (k.group === 'qualitative') qualitativeSum = addToSum(qualitativeSum, term);
  }
  if (weights.isZero()) return undefined;
  const quantitativeExact = (quantitativeSum ?? ZERO).div(weights);
  const total = roundHalfUp(quantitativeExact.add((qualitativeSum ?? ZERO).div(weights)));
  const quantitative = roundHalfUp(quantitativeExact);
  return { total, quantitative, qualitative: total.sub(quantitative) };
}
