/** Commission plans and revenue tiers as the payout rules read them (SPEC section 4). */
import type { Decimal } from 'decimal.js';

export type Mode = 'retroactive' | 'marginal' | 'flat';
export type Tier = 'below_base' | 'base' | 'challenge' | 'sprint';

export interface Plan {
  plan: string;
  mode: Mode;
  belowBaseRate: Decimal;
  baseRate?: Decimal;
  challengeRate?: Decimal;
  sprintRate?: Decimal;
  flatRate?: Decimal;
  cap?: Decimal;
  draw?: Decimal;
  drawKind?: 'nonrecoverable' | 'recoverable';
  row: number;
}

/** A month's revenue targets; a missing challenge or sprint means that band does not exist. */
export interface Tiers {
  base: Decimal;
  challenge?: Decimal;
  sprint?: Decimal;
}

/**
 * The tier revenue reaches: below_base < base ≤ base < challenge ≤ challenge < sprint ≤ sprint.
 * @example tierOf(new Dec(150_000), { base: 100_000, challenge: 150_000, sprint: 200_000 }) //=> 'challenge'
 */
export function tierOf(revenue: Decimal, tiers: Tiers): Tier {
  if (tiers.sprint !== undefined && revenue.gte(tiers.sprint)) return 'sprint';
  if (tiers.challenge !== undefined && revenue.gte(tiers.challenge)) return 'challenge';
  return revenue.gte(tiers.base) ? 'base' : 'below_base';
}

/** The rate of a tier; a band without a rate of its own pays the rate of the band below it. */
export function rateOf(plan: Plan, tier: Tier): Decimal {
  const below = plan.belowBaseRate;
  const base = plan.baseRate ?? below;
  const challenge = plan.challengeRate ?? base;
  const sprint = plan.sprintRate ?? challenge;
  return { below_base: below, base, challenge, sprint }[tier];
}
