/**
 * A channel's figures over a range of days (SPEC sections 6 and 13): visits are Σ quantity of `visit`
 * rows and leads a count of `lead` rows, of the channel the row counts for; registrations and
 * subscriptions are counts of rows and deals are counted once per deal (the rows of a split deal share
 * a `ref`), of the channel of the row's customer (see {@link ChannelActivity}).
 *
 * @example
 * // Rows of mall_expo from 2026-03-24 to 2026-05-15: visits of quantity 1, 1 and 2, two deal rows
 * // splitting ref D0007 and one of D0009:
 * //=> { visits: 4, leads: 0, registrations: 0, subscriptions: 0, deals: 2 }
 */
import type { Decimal } from 'decimal.js';
import { idKey } from '../rewards/records.js';
import type { Window } from '../rewards/windows.js';
import { ZERO } from '../money.js';
import type { ChannelActivity } from './channel-activity.js';

export interface ChannelCounts {
  readonly visits: Decimal;
  readonly leads: number;
  readonly registrations: number;
  readonly subscriptions: number;
  readonly deals: number;
}

/** The figures of the rows that count for `channel` (any channel when undefined) inside `range`. */
export function channelCounts(rows: readonly ChannelActivity[], channel: string | undefined, range: Window): ChannelCounts {
  const key = channel === undefined ? undefined : idKey(channel);
  let visits = ZERO;
  let [leads, registrations, subscriptions] = [0, 0, 0];
  const deals = new Set<string>();
  for (const r of rows) {
    if (r.date < range.first || r.date > range.last) continue;
    if (key === undefined || r.channel === key) {
      if (r.type === 'visit') visits = visits.add(r.quantity);
      else if (r.type === 'lead') leads += 1;
    }
    if (key === undefined || r.customerChannel === key) {
      if (r.type === 'registration') registrations += 1;
      else if (r.type === 'subscription') subscriptions += 1;
      else if (r.type === 'deal') deals.add(r.ref ?? `#row${r.row}`);
    }
  }
  return { visits, leads, registrations, subscriptions, deals: deals.size };
}
