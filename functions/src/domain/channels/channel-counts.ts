/**
 * A channel's figures over a range of days (SPEC sections 6 and 13): visits are Σ quantity of `visit`
 * rows and leads a count of `lead` rows, of the channel the row counts for; registrations and
 * subscriptions are counts of rows and deals are counted once per deal (the rows of a split deal share
 * a `ref`), of the channel of the row's customer (see `eachChannelRow`), read from the log's daily
 * tallies (`channel-log.ts`).
 *
 * @example
 * // Rows of mall_expo from 2026-03-24 to 2026-05-15: visits of quantity 1, 1 and 2, two deal rows
 * // splitting ref D0007 and one of D0009:
 * //=> { visits: 4, leads: 0, registrations: 0, subscriptions: 0, deals: 2 }
 */
import type { Decimal } from 'decimal.js';
import { idKey } from '../rewards/records.js';
import type { Window } from '../rewards/windows.js';
import { Days, type ChannelLog } from './channel-log.js';
import { QuantitySum } from './quantity-sum.js';

export interface ChannelCounts {
  readonly visits: Decimal;
  readonly leads: number;
  readonly registrations: number;
  readonly subscriptions: number;
  readonly deals: number;
}

const NO_DAYS = new Days();

/** The figures of the rows that count for `channel` (any channel when undefined) inside `range`. */
export function channelCounts(log: ChannelLog, channel: string | undefined, range: Window): ChannelCounts {
  const days = channel === undefined ? log.all : (log.channels.get(idKey(channel)) ?? NO_DAYS);
  const visits = new QuantitySum();
  let [leads, registrations, subscriptions] = [0, 0, 0];
  const deals = new Set<string>();
  for (const [day, tally] of days.byDay) {
    if (day < range.first || day > range.last) continue;
    visits.addSum(tally.visits);
    leads += tally.leads;
    registrations += tally.registrations;
    subscriptions += tally.subscriptions;
    for (let i = 0; i < tally.deals.length; i++) deals.add(tally.deals[i]!);
  }
  return { visits: visits.total(), leads, registrations, subscriptions, deals: deals.size };
}
