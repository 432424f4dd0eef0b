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
import type { Day } from '../days.js';
import type { ChannelActivity } from './channel-activity.js';
import { QuantitySum } from './quantity-sum.js';

export interface ChannelCounts {
  readonly visits: Decimal;
  readonly leads: number;
  readonly registrations: number;
  readonly subscriptions: number;
  readonly deals: number;
}

/** One day's figures of a channel (or of every channel): the log is added up per day once. */
class DayTally {
  readonly visits = new QuantitySum();
  leads = 0;
  registrations = 0;
  subscriptions = 0;
  /** The deal of each deal row (its ref, else its row): a deal is counted once over a range. */
  readonly deals: string[] = [];

  add(r: ChannelActivity): void {
    if (r.type === 'visit') this.visits.add(r.quantity);
    else if (r.type === 'lead') this.leads += 1;
    else if (r.type === 'registration') this.registrations += 1;
    else if (r.type === 'subscription') this.subscriptions += 1;
    else if (r.type === 'deal') this.deals.push(r.ref ?? `#row${r.row}`);
  }
}

/** Tallies by day, with the day last added to at hand: the log comes mostly in day order. */
class Days {
  readonly byDay = new Map<Day, DayTally>();
  private lastDay: Day | undefined;
  private last: DayTally | undefined;

  of(day: Day): DayTally {
    if (day === this.lastDay) return this.last!;
    let tally = this.byDay.get(day);
    if (!tally) this.byDay.set(day, (tally = new DayTally()));
    this.lastDay = day;
    this.last = tally;
    return tally;
  }
}

interface ByChannel {
  /**
   * Per channel key, visits and leads of the channel the row counts for, registrations, subscriptions
   * and deals of the channel of the row's customer.
   */
  readonly channels: ReadonlyMap<string, Days>;
  /** Every row, whatever its channel. */
  readonly all: Days;
}

/**
 * The log added up per channel and day once, for every channel and phase asked about after it: a
 * campaign asks for each channel in each phase, and a range then reads a few hundred days rather than
 * a million rows (or a list of each channel's rows, compared day by day).
 */
const grouped = new WeakMap<readonly ChannelActivity[], ByChannel>();

function byChannel(rows: readonly ChannelActivity[]): ByChannel {
  let groups = grouped.get(rows);
  if (!groups) {
    const channels = new Map<string, Days>();
    const all = new Days();
    for (let at = 0; at < rows.length; at++) {
      const r = rows[at]!;
      all.of(r.date).add(r);
      const channel = r.type === 'visit' || r.type === 'lead' ? r.channel : r.customerChannel;
      if (channel === undefined) continue;
      let days = channels.get(channel);
      if (!days) channels.set(channel, (days = new Days()));
      days.of(r.date).add(r);
    }
    groups = { channels, all };
    grouped.set(rows, groups);
  }
  return groups;
}

const NO_DAYS = new Days();

/** The figures of the rows that count for `channel` (any channel when undefined) inside `range`. */
export function channelCounts(rows: readonly ChannelActivity[], channel: string | undefined, range: Window): ChannelCounts {
  const groups = byChannel(rows);
  const days = channel === undefined ? groups.all : (groups.channels.get(idKey(channel)) ?? NO_DAYS);
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
