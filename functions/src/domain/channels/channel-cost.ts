/**
 * A channel's cost (SPEC sections 5 and 6): the reward lines paid outside the company (`external`)
 * for the channel inside a range of days, and that cost per visit.
 *
 * @example
 * // Two shopping cards of 500 for tour organisers of community_roadshow, 250 visits:
 * //=> { cost: 1000, costPerVisit: 4 }
 */
import type { Decimal } from 'decimal.js';
import { ZERO } from '../money.js';
import { sameId } from '../rewards/records.js';
import type { RewardLine } from '../rewards/types.js';
import type { Window } from '../rewards/windows.js';

export interface ChannelCost {
  readonly cost: Decimal;
  /** Null when there was no visit. */
  readonly costPerVisit: Decimal | null;
  readonly lines: number;
}

/**
 * The lines paid outside the company, picked once per list of lines: a campaign asks for each channel
 * in each phase, and the rep lines (almost all of a large run's) never count.
 */
const externals = new WeakMap<readonly RewardLine[], readonly RewardLine[]>();

function externalLines(lines: readonly RewardLine[]): readonly RewardLine[] {
  let external = externals.get(lines);
  if (!external) externals.set(lines, (external = lines.filter((l) => l.recipient === 'external')));
  return external;
}

export function channelCost(
  lines: readonly RewardLine[],
  channel: string,
  range: Window,
  visits: Decimal,
): ChannelCost {
  const paid = externalLines(lines).filter(
    (l) => sameId(l.channel ?? undefined, channel) && l.day >= range.first && l.day <= range.last,
  );
  const cost = paid.reduce((sum, l) => sum.add(l.amount), ZERO);
  return { cost, costPerVisit: visits.isZero() ? null : cost.div(visits), lines: paid.length };
}
