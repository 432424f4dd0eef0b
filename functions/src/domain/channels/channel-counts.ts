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
import { pushTo } from '../lists.js';
import type { ChannelActivity } from './channel-activity.js';
import { QuantitySum } from './quantity-sum.js';

export interface ChannelCounts {
  readonly visits: Decimal;
  readonly leads: number;
  readonly registrations: number;
  readonly subscriptions: number;
  readonly deals: number;
}

interface ByChannel {
  /** Rows by the channel they count for (visits, leads). */
  readonly own: ReadonlyMap<string, readonly ChannelActivity[]>;
  /** Rows by their customer's channel (registrations, subscriptions, deals). */
  readonly customers: ReadonlyMap<string, readonly ChannelActivity[]>;
}

/**
 * The log grouped by channel once, for every channel and phase asked about after it: a campaign asks
 * for each channel in each phase, and scanning a log of a million rows for each took seconds.
 */
const grouped = new WeakMap<readonly ChannelActivity[], ByChannel>();

function byChannel(rows: readonly ChannelActivity[]): ByChannel {
  let groups = grouped.get(rows);
  if (!groups) {
    const own = new Map<string, ChannelActivity[]>();
    const customers = new Map<string, ChannelActivity[]>();
    for (let at = 0; at < rows.length; at++) {
      const r = rows[at]!;
      if (r.type === 'visit' || r.type === 'lead') {
        if (r.channel !== undefined) pushTo(own, r.channel, r);
      } else if ((r.type === 'registration' || r.type === 'subscription' || r.type === 'deal') && r.customerChannel !== undefined) {
        pushTo(customers, r.customerChannel, r);
      }
    }
    groups = { own, customers };
    grouped.set(rows, groups);
  }
  return groups;
}

const NONE: readonly ChannelActivity[] = [];

/** The figures of the rows that count for `channel` (any channel when undefined) inside `range`. */
export function channelCounts(rows: readonly ChannelActivity[], channel: string | undefined, range: Window): ChannelCounts {
  const key = channel === undefined ? undefined : idKey(channel);
  const groups = key === undefined ? undefined : byChannel(rows);
  // Visits are counted, not added Decimal by Decimal: a phase holds hundreds of thousands of them.
  const visits = new QuantitySum();
  let [leads, registrations, subscriptions] = [0, 0, 0];
  const deals = new Set<string>();
  const own = groups && key !== undefined ? (groups.own.get(key) ?? NONE) : rows;
  for (let at = 0; at < own.length; at++) {
    const r = own[at]!;
    if (r.date < range.first || r.date > range.last) continue;
    if (r.type === 'visit') visits.add(r.quantity);
    else if (r.type === 'lead') leads += 1;
  }
  const ofCustomers = groups && key !== undefined ? (groups.customers.get(key) ?? NONE) : rows;
  for (let at = 0; at < ofCustomers.length; at++) {
    const r = ofCustomers[at]!;
    if (r.date < range.first || r.date > range.last) continue;
    if (r.type === 'registration') registrations += 1;
    else if (r.type === 'subscription') subscriptions += 1;
    else if (r.type === 'deal') deals.add(r.ref ?? `#row${r.row}`);
  }
  return { visits: visits.total(), leads, registrations, subscriptions, deals: deals.size };
}
