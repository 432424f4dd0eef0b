/**
 * Flat commission: the month's revenue × flat_rate, whatever the tier (SPEC section 4).
 *
 * @example flatCommission(new Dec(200_000), { flatRate: 0.01 }, tiers).amount //=> 2000
 */
import type { Decimal } from 'decimal.js';
import { ZERO } from '../money.js';
import { tierOf, type Plan, type Tiers } from './plan.js';
import type { Commission } from './retroactive-commission.js';

export function flatCommission(revenue: Decimal, plan: Plan, tiers: Tiers | undefined): Commission {
  const rate = plan.flatRate ?? ZERO;
  return {
    tier: tiers ? tierOf(revenue, tiers) : 'below_base',
    amount: revenue.mul(rate),
    slices: [{ from: ZERO, revenue, rate }],
  };
}
