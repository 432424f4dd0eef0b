/**
 * Core customers gone quiet (SPEC section 12, the plan's 健康度监控): a core customer with no row of any
 * kind (call, visit, deal…) for `health_silence_days` days or more is to be won back. Longest silent
 * first, then the larger 12-month amount.
 *
 * @example
 * // K1 is core and was last called 56 days ago; K2 is core and was visited last week; silence 30 days:
 * winBack(standings, 30).map((s) => s.customer) //=> ['K1']
 */
import type { CustomerStanding } from './customer-standings.js';

export function winBack(standings: readonly CustomerStanding[], silenceDays: number): CustomerStanding[] {
  return standings
    .filter((s) => s.tier === 'core' && s.daysSilent >= silenceDays)
    .sort(
      (a, b) =>
        b.daysSilent - a.daysSilent || b.amount.comparedTo(a.amount) || a.customer.localeCompare(b.customer),
    );
}
