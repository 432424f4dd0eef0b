/**
 * The log as the channel views read it (see `eachChannelRow` in channel-activity.ts), added up per day in one pass:
 * each channel's figures of the day (visits, leads, registrations, subscriptions and its deals), the
 * same for every channel together, with each day's visits per channel and per team. A campaign asks for
 * every channel in every phase and every week: each question then reads a few hundred days, not a
 * million rows, and no object is made per row.
 *
 * @example
 * // Two visits of mall_expo on 2026-05-13 (quantities 1 and 2) and a deal row of ref D0007 that day:
 * channelLog(rows, reps, '2026-05-15').channels.get('mall_expo')?.byDay.get('2026-05-13')
 * //=> { visits: 3, leads: 0, registrations: 0, subscriptions: 0, deals: ['D0007'] }
 */
import type { Decimal } from 'decimal.js';
import type { Day } from '../days.js';
import { quantityOf, type ActivityFields, type RepFields } from '../rewards/records.js';
import { eachChannelRow } from './channel-activity.js';
import { QuantitySum } from './quantity-sum.js';

/** One day's figures of a channel, or of every channel. */
export class DayTally {
  readonly visits = new QuantitySum();
  leads = 0;
  registrations = 0;
  subscriptions = 0;
  /** The deal of each deal row (its ref, else its row): a deal is counted once over a range. */
  readonly deals: string[] = [];
  /** The day's visits per channel and per team: kept on the tallies of every channel together (`all`). */
  split: DayVisits | undefined;

  add(type: string, quantity: Decimal, deal: string | undefined): void {
    if (type === 'visit') this.visits.add(quantity);
    else if (type === 'lead') this.leads += 1;
    else if (type === 'registration') this.registrations += 1;
    else if (type === 'subscription') this.subscriptions += 1;
    else if (deal !== undefined) this.deals.push(deal);
  }
}

/** Tallies by day, with the day last added to at hand: the log comes mostly in day order. */
export class Days {
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

/** A day's visits summed per channel key and per team (as spelt), each in the order first met that day. */
export interface DayVisits {
  readonly byChannel: Map<string, QuantitySum>;
  readonly byTeam: Map<string, QuantitySum>;
}

export interface ChannelLog {
  /**
   * Per channel key: visits and leads of the channel the row counts for; registrations, subscriptions
   * and deals of the channel of the row's customer.
   */
  readonly channels: ReadonlyMap<string, Days>;
  /** Every row, whatever its channel; its days' tallies also hold their visits split by channel and team. */
  readonly all: Days;
}

function sumIn(sums: Map<string, QuantitySum>, key: string): QuantitySum {
  let sum = sums.get(key);
  if (!sum) sums.set(key, (sum = new QuantitySum()));
  return sum;
}

export function channelLog(
  activity: readonly ActivityFields[],
  reps: ReadonlyMap<string, RepFields>,
  asOf: Day,
): ChannelLog {
  const channels = new Map<string, Days>();
  const all = new Days();
  eachChannelRow(activity, reps, asOf, (row, type, channel, customerChannel, rep) => {
    const date = row.date;
    const quantity = quantityOf(row);
    const deal = type === 'deal' ? (row.ref ?? `#row${row.row}`) : undefined;
    const day = all.of(date);
    day.add(type, quantity, deal);
    const counted = type === 'visit' || type === 'lead' ? channel : customerChannel;
    if (counted !== undefined) {
      let days = channels.get(counted);
      if (!days) channels.set(counted, (days = new Days()));
      days.of(date).add(type, quantity, deal);
    }
    if (type !== 'visit') return;
    const split = (day.split ??= { byChannel: new Map(), byTeam: new Map() });
    if (channel !== undefined) sumIn(split.byChannel, channel).add(quantity);
    const team = rep?.team;
    if (team !== undefined) sumIn(split.byTeam, team).add(quantity);
  });
  return { channels, all };
}
