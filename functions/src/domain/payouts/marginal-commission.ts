/**
 * Marginal commission: each slice of revenue at the rate of the band it falls in — [0, base) at
 * below_base_rate, [base, challenge) at base_rate, [challenge, sprint) at challenge_rate, [sprint, ∞)
 * at sprint_rate (SPEC section 4).
 *
 * @example
 * // 0% / 10% / 15% / 20%, targets 100k / 150k / 200k, revenue 180k:
 * // 100k × 0% + 50k × 10% + 30k × 15% = 9,500
 * marginalCommission(new Dec(180_000), plan, tiers).amount //=> 9500
 */
import type { Decimal } from 'decimal.js';
import { ZERO } from '../money.js';
import { rateOf, tierOf, type Plan, type Tier, type Tiers } from './plan.js';
import type { Commission } from './retroactive-commission.js';

export function marginalCommission(revenue: Decimal, plan: Plan, tiers: Tiers): Commission {
  const bands: { tier: Tier; from: Decimal; to?: Decimal }[] = [];
  const edges = [tiers.base, tiers.challenge, tiers.sprint];
  const names: Tier[] = ['base', 'challenge', 'sprint'];
  let from = ZERO;
  let tier: Tier = 'below_base';
  edges.forEach((edge, i) => {
    if (edge === undefined) return;
    bands.push({ tier, from, to: edge });
    from = edge;
    tier = names[i]!;
  });
  bands.push({ tier, from });

  const slices: Commission['slices'] = [];
  let amount = ZERO;
  for (const band of bands) {
    if (revenue.lte(band.from)) break;
    const top = band.to !== undefined && revenue.gt(band.to) ? band.to : revenue;
    const slice = top.sub(band.from);
    const rate = rateOf(plan, band.tier);
    slices.push({ from: band.from, ...(band.to !== undefined ? { to: band.to } : {}), revenue: slice, rate });
    amount = amount.add(slice.mul(rate));
  }
  return { tier: tierOf(revenue, tiers), amount, slices };
}
