/**
 * A customer's tier (SPEC section 12, the plan's 核心-成长-潜力-沉睡): from the deal amount and the number
 * of purchases over the last 12 months and the days since the last deal, against the Settings thresholds.
 *
 * - `dormant`: no deal for more than `tier_dormant_days` (whatever was bought before);
 * - `core`: at least `tier_core_amount` and at least `tier_core_purchases` purchases in 12 months;
 * - `growth`: at least `tier_growth_amount`, or a second purchase, in 12 months;
 * - `potential`: the rest, a single purchase below the growth amount.
 *
 * @example
 * // Defaults 500,000 and 2 purchases for core, 100,000 for growth, 180 days for dormant:
 * customerTier({ amount: new Dec(620_000), purchases: 3, daysSinceDeal: 40 }, rules) //=> 'core'
 * customerTier({ amount: new Dec(620_000), purchases: 1, daysSinceDeal: 40 }, rules) //=> 'growth'
 * customerTier({ amount: new Dec(80_000), purchases: 1, daysSinceDeal: 40 }, rules) //=> 'potential'
 * customerTier({ amount: new Dec(0), purchases: 0, daysSinceDeal: 400 }, rules) //=> 'dormant'
 */
import type { Decimal } from 'decimal.js';
import { compare } from '../money.js';

export type Tier = 'core' | 'growth' | 'potential' | 'dormant';
export const TIERS: readonly Tier[] = ['core', 'growth', 'potential', 'dormant'];

export interface TierRules {
  readonly coreAmount: Decimal;
  readonly corePurchases: number;
  readonly growthAmount: Decimal;
  readonly dormantDays: number;
}

export interface TierFigures {
  /** Deals − refunds over the last 12 months. */
  readonly amount: Decimal;
  /** Deals over the last 12 months. */
  readonly purchases: number;
  readonly daysSinceDeal: number;
}

export function customerTier(f: TierFigures, rules: TierRules): Tier {
  if (f.daysSinceDeal > rules.dormantDays) return 'dormant';
  if (compare(f.amount, rules.coreAmount) >= 0 && f.purchases >= rules.corePurchases) return 'core';
  if (compare(f.amount, rules.growthAmount) >= 0 || f.purchases >= 2) return 'growth';
  return 'potential';
}
