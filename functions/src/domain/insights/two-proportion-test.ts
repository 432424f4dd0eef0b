/**
 * The two-proportion z-test (pooled): whether two conversion rates differ by more than chance would
 * make them. z = (p₁ − p₂) ÷ √(p(1 − p)(1/n₁ + 1/n₂)) with p the pooled rate; the p-values come from
 * the normal distribution, which the test assumes (a few leads a side make it rough: callers set a
 * minimum sample).
 *
 * @example
 * // Script B: 26 deals from 121 leads (21.5%); script A: 14 from 118 (11.9%):
 * twoProportionTest(26, 121, 14, 118) //=> { z: 1.9925, pTwoSided: 0.0463, pFirstLower: 0.9768 }
 */
import { normalCdf } from './normal-cdf.js';

export interface ProportionTest {
  readonly z: number;
  /** The chance of a difference at least this large, either way, if both converted alike. */
  readonly pTwoSided: number;
  /** The chance of the first converting this much lower than the second, or lower still, by luck. */
  readonly pFirstLower: number;
}

/** Null when a side has no trial. Both sides all converted, or none, differ in nothing: z = 0, p = 1. */
export function twoProportionTest(x1: number, n1: number, x2: number, n2: number): ProportionTest | null {
  if (n1 <= 0 || n2 <= 0) return null;
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (se === 0) return { z: 0, pTwoSided: 1, pFirstLower: 1 };
  const z = (x1 / n1 - x2 / n2) / se;
  return { z, pTwoSided: Math.min(1, 2 * normalCdf(-Math.abs(z))), pFirstLower: normalCdf(z) };
}
