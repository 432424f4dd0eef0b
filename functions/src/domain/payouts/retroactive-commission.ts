/**
 * Retroactive commission: the whole month's revenue at the rate of the tier it reached (SPEC section 4).
 *
 * @example
 * // The source's plan (10% / 15% / 20% at base / challenge / sprint), targets 100k / 150k / 200k:
 * retroactiveCommission(new Dec(150_000), plan, tiers) //=> { tier: 'challenge', rate: 0.15, amount: 22_500 }
 */
import type { Decimal } from 'decimal.js';
import { ZERO } from '../money.js';
import { rateOf, tierOf, type Plan, type Tier, type Tiers } from './plan.js';

export interface Commission {
  tier: Tier;
  amount: Decimal;
  /** Each slice of revenue and its rate (one slice unless marginal). */
  slices: { from: Decimal; to?: Decimal; revenue: Decimal; rate: Decimal }[];
}

export function retroactiveCommission(revenue: Decimal, plan: Plan, tiers: Tiers): Commission {
  const tier = tierOf(revenue, tiers);
  const rate = rateOf(plan, tier);
  return { tier, amount: revenue.mul(rate), slices: [{ from: ZERO, revenue, rate }] };
}
