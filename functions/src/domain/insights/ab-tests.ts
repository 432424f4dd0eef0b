/**
 * A/B comparisons (SPEC section 12; the plan's 话术A/B测试): each customer belongs to the variant
 * (script) of its first Activity row that carries one, and converts with a deal by any rep on or after
 * that row's day, up to `as_of`. Every pair of variants is compared by conversion rate with the
 * two-proportion test; a pair where either side has fewer than `min_sample` customers gets no verdict.
 *
 * @example
 * // Script A: 14 deals from 118 leads; script B: 26 from 121; minimum 30 a side:
 * abComparisons(index, 30)
 * //=> [{ first: { variant: 'a', leads: 118, converted: 14 }, second: { variant: 'b', leads: 121, converted: 26 },
 * //      enough: true, test: { z: -1.99, pTwoSided: 0.046 } }]
 */
import type { Decimal } from 'decimal.js';
import { Dec } from '../money.js';
import { dealOnOrAfter, type ActivityIndex } from './activity-index.js';
import { twoProportionTest, type ProportionTest } from './two-proportion-test.js';

export interface VariantResult {
  /** Variant key. */
  readonly variant: string;
  readonly leads: number;
  readonly converted: number;
  readonly rate: Decimal | null;
}

export interface AbComparison {
  readonly first: VariantResult;
  readonly second: VariantResult;
  /** Both sides have at least the minimum sample. */
  readonly enough: boolean;
  /** The test of the first against the second (z > 0: the first converts better). */
  readonly test: ProportionTest | null;
}

export function variantResults(index: ActivityIndex): VariantResult[] {
  const counts = new Map<string, { leads: number; converted: number }>();
  // Indexed: no iterator result per customer, even before the loop is optimised.
  const customers = index.customerList;
  for (let i = 0; i < customers.length; i++) {
    const c = customers[i]!;
    if (!c.variant) continue;
    let n = counts.get(c.variant.key);
    if (!n) counts.set(c.variant.key, (n = { leads: 0, converted: 0 }));
    n.leads += 1;
    if (dealOnOrAfter(c, c.variant.day)) n.converted += 1;
  }
  return [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([variant, n]) => ({
      variant,
      ...n,
      rate: n.leads === 0 ? null : new Dec(n.converted).div(n.leads),
    }));
}

export function abComparisons(index: ActivityIndex, minSample: number): AbComparison[] {
  const variants = variantResults(index);
  const out: AbComparison[] = [];
  variants.forEach((first, i) => {
    for (const second of variants.slice(i + 1)) {
      out.push({
        first,
        second,
        enough: first.leads >= minSample && second.leads >= minSample,
        test: twoProportionTest(first.converted, first.leads, second.converted, second.leads),
      });
    }
  });
  return out;
}
