/**
 * Team project pools (SPEC section 4): 50% to the lead, 30% shared equally by the supports, 20% to the
 * team fund. Each share is rounded half-up to cents; the team fund takes the rest, so the shares always
 * add up to the pool. A pool without a lead (or without supports) leaves that share to the team fund.
 *
 * @example
 * // 10,000 with a lead and two supports: lead 5,000; supports 1,500 each; team fund 2,000
 */
import type { Decimal } from 'decimal.js';
import { Dec, ZERO, roundHalfUp } from '../money.js';

export interface PoolMember {
  rep: string;
  role: 'lead' | 'support';
  row: number;
}

export interface PoolShare {
  rep: string;
  role: 'lead' | 'support';
  amount: Decimal;
}

const LEAD = new Dec('0.5');
const SUPPORT = new Dec('0.3');

export function splitPool(
  amount: Decimal,
  members: readonly PoolMember[],
): { shares: PoolShare[]; teamFund: Decimal } {
  const leads = members.filter((m) => m.role === 'lead');
  const supports = members.filter((m) => m.role === 'support');
  const shares: PoolShare[] = [];
  if (leads.length > 0) {
    // Several leads share the lead's half equally.
    for (const m of leads)
      shares.push({ rep: m.rep, role: 'lead', amount: roundHalfUp(amount.mul(LEAD).div(leads.length)) });
  }
  for (const m of supports)
    shares.push({
      rep: m.rep,
      role: 'support',
      amount: roundHalfUp(amount.mul(SUPPORT).div(supports.length)),
    });
  const paid = shares.reduce((s, x) => s.add(x.amount), ZERO);
  return { shares, teamFund: amount.sub(paid) };
}
