/**
 * Draws (SPEC sections 4 and 13): a guaranteed monthly commission. Non-recoverable: a month below the
 * draw is topped up to it. Recoverable: the top-up is an advance carried as a balance, repaid from later
 * months' commission above the draw, min(balance, commission − draw). Draws are not prorated.
 *
 * @example
 * // Recoverable draw 3,000; commissions 1,000, 4,500, 5,000:
 * // month 1 top-up 2,000 (balance 2,000); month 2 repays 1,500 (balance 500); month 3 repays 500 (balance 0)
 */
import type { Decimal } from 'decimal.js';
import { ZERO } from '../money.js';

export interface DrawMonth {
  topUp: Decimal;
  repaid: Decimal;
  /** The recoverable balance after the month. */
  balance: Decimal;
}

export function drawMonth(
  commission: Decimal,
  draw: Decimal,
  kind: 'nonrecoverable' | 'recoverable',
  balanceBefore: Decimal,
): DrawMonth {
  if (commission.lt(draw)) {
    const topUp = draw.sub(commission);
    return {
      topUp,
      repaid: ZERO,
      balance: kind === 'recoverable' ? balanceBefore.add(topUp) : balanceBefore,
    };
  }
  if (kind === 'nonrecoverable') return { topUp: ZERO, repaid: ZERO, balance: balanceBefore };
  const surplus = commission.sub(draw);
  const repaid = surplus.lt(balanceBefore) ? surplus : balanceBefore;
  return { topUp: ZERO, repaid, balance: balanceBefore.sub(repaid) };
}
