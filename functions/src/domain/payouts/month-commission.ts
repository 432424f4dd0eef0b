/**
 * A month's commission line (SPEC sections 4 and 13): the plan's mode over the month's revenue, a
 * clawback at the base rate (flat plans: the flat rate) when refunds exceed deals, all revenue at the
 * below-base rate when the month has no revenue target, a rate multiplier when a rate raise or a cut
 * applies, and the cap. Amounts are rounded half-up to cents once, here.
 *
 * @example
 * // Retroactive 10/15/20, targets 100k/150k/200k, revenue 149,999.99 → base tier, 14,999.999 → 15,000.00
 */
import type { Decimal } from 'decimal.js';
import { ZERO, roundHalfUp } from '../money.js';
import { flatCommission } from './flat-commission.js';
import { marginalCommission } from './marginal-commission.js';
import { tierOf, type Plan, type Tier, type Tiers } from './plan.js';
import { retroactiveCommission, type Commission } from './retroactive-commission.js';

export interface MonthCommission {
  kind: 'commission' | 'clawback';
  /** Null when the month has no revenue target. */
  tier: Tier | null;
  slices: Commission['slices'];
  /** A rate raise (> 1) or cut (< 1) applied to the month, with why. */
  multiplier?: { factor: Decimal; reason: 'rate_raise' | 'low_grade_reduce' | 'low_grade_suspend' };
  /** Before the cap, rounded. */
  amount: Decimal;
  /** What the cap held back (positive), rounded; zero when under the cap. */
  aboveCap: Decimal;
  /** Commission paid: amount − aboveCap. */
  paid: Decimal;
}

export function monthCommission(
  revenue: Decimal,
  plan: Plan,
  tiers: Tiers | undefined,
  multiplier?: MonthCommission['multiplier'],
): MonthCommission {
  let commission: Commission;
  let kind: MonthCommission['kind'] = 'commission';
  if (revenue.isNegative()) {
    kind = 'clawback';
    const rate = plan.mode === 'flat' ? (plan.flatRate ?? ZERO) : (plan.baseRate ?? plan.belowBaseRate);
    commission = {
      tier: tiers ? tierOf(revenue, tiers) : 'below_base',
      amount: revenue.mul(rate),
      slices: [{ from: ZERO, revenue, rate }],
    };
  } else if (plan.mode === 'flat') {
    commission = flatCommission(revenue, plan, tiers);
  } else if (!tiers) {
    commission = {
      tier: 'below_base',
      amount: revenue.mul(plan.belowBaseRate),
      slices: [{ from: ZERO, revenue, rate: plan.belowBaseRate }],
    };
  } else {
    commission =
      plan.mode === 'marginal'
        ? marginalCommission(revenue, plan, tiers)
        : retroactiveCommission(revenue, plan, tiers);
  }
  const amount = roundHalfUp(multiplier ? commission.amount.mul(multiplier.factor) : commission.amount);
  const aboveCap = plan.cap !== undefined && amount.gt(plan.cap) ? amount.sub(plan.cap) : ZERO;
  return {
    kind,
    tier: tiers ? commission.tier : null,
    slices: commission.slices,
    ...(multiplier ? { multiplier } : {}),
    amount,
    aboveCap,
    paid: amount.sub(aboveCap),
  };
}
