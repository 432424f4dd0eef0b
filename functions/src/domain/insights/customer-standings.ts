/**
 * Every customer who has bought, as of a day (SPEC section 12): the last 12 months' deal amount net of
 * refunds and number of purchases, the last deal, the last row of any kind, the rep who owns the
 * customer (the largest share of the last deal), and the tier these give.
 *
 * @example
 * // K1 bought 300,000 on 2025-06-10 and 420,000 on 2026-02-26 (S202), last called on 2026-03-20; as of 2026-05-15:
 * //=> { customer: 'K1', amount: 720000, purchases: 2, lastDeal: '2026-02-26', daysSinceDeal: 78,
 * //     lastActivity: '2026-03-20', daysSilent: 56, owner: 's202', tier: 'core' }
 */
import type { Decimal } from 'decimal.js';
import { addDays, dayNumber, type Day } from '../days.js';
import { addToSum, ZERO } from '../money.js';
import { buyersOf, type ActivityIndex, type DealFacts } from './activity-index.js';
import { customerTier, type Tier, type TierRules } from './customer-tier.js';

/** The last 12 months: the 365 days ending on `as_of`. */
export const TRAILING_DAYS = 365;

export interface CustomerStanding {
  /** The id as first written. */
  readonly customer: string;
  readonly amount: Decimal;
  readonly purchases: number;
  readonly lastDeal: Day;
  readonly daysSinceDeal: number;
  readonly lastActivity: Day;
  readonly daysSilent: number;
  /** Rep key of the largest share of the last deal. */
  readonly owner: string;
  readonly tier: Tier;
}

function ownerOf(deal: DealFacts): string {
  // From the second credit: comparing the first with itself changes nothing, and each comparison of
  // Decimals copies one of them.
  const credits = deal.credits;
  let best = credits[0]!;
  for (let i = 1; i < credits.length; i++) if (credits[i]!.share.gt(best.share)) best = credits[i]!;
  return best.rep;
}

export function customerStandings(index: ActivityIndex, rules: TierRules): CustomerStanding[] {
  const asOf = index.asOf;
  const today = dayNumber(asOf);
  const from = addDays(asOf, 1 - TRAILING_DAYS);
  const out: CustomerStanding[] = [];
  // An indexed loop: no iterator result per customer, even before it is optimised.
  const customers = buyersOf(index);
  for (let i = 0; i < customers.length; i++) {
    const c = customers[i]!;
    const last = c.deals[c.deals.length - 1];
    if (!last) continue;
    // Started at the first deal's amount itself: most buyers bought once, and need no new Decimal.
    let sum: Decimal | undefined;
    let purchases = 0;
    const { deals, refunds } = c;
    for (let j = 0; j < deals.length; j++) {
      const d = deals[j]!;
      if (d.day < from) continue;
      sum = addToSum(sum, d.amount);
      purchases += 1;
    }
    for (let j = 0; j < refunds.length; j++)
      if (refunds[j]!.day >= from) sum = (sum ?? ZERO).sub(refunds[j]!.amount);
    const amount = sum ?? ZERO;
    const daysSinceDeal = today - dayNumber(last.day);
    out.push({
      customer: c.id,
      amount,
      purchases,
      lastDeal: last.day,
      daysSinceDeal,
      lastActivity: c.lastActivity,
      daysSilent: today - dayNumber(c.lastActivity),
      owner: ownerOf(last),
      tier: customerTier({ amount, purchases, daysSinceDeal }, rules),
    });
  }
  return out;
}
