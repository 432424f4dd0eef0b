/**
 * Channel return (SPEC section 12; the plan's 渠道归因·投入产出比): what each channel cost — reward
 * lines paid outside the company for it plus its `ChannelCosts` rows — against the revenue of the
 * customers whose first lead came through it, with cost per visit, per deal and the return on cost
 * (revenue ÷ cost). Everything is counted over the same days: from the first recorded cost (the whole
 * log when there is none) through `as_of`. Revenue is deals − refunds dated in those days, a split deal
 * once; a customer's channel is its first lead's (the row's channel, else the rep's).
 *
 * @example
 * // flyers from 2026-02-16: printing 20,000 and 5,000 of organiser cards; 400 visits; 6 customers bought
 * // 6 deals worth 900,000:
 * //=> { channel: 'flyers', cost: 25000, costPerVisit: 62.5, deals: 6, costPerDeal: 4166.67, revenue: 900000, returnOnCost: 36 }
 */
import type { Decimal } from 'decimal.js';
import type { Day } from '../days.js';
import { ZERO } from '../money.js';
import type { ActivityIndex } from './activity-index.js';
import { DecimalSum } from '../decimal-sum.js';
import { keyOf } from './records.js';

export interface CostLine {
  readonly day: Day;
  readonly channel: string;
  readonly amount: Decimal;
  /** A reward line paid outside the company, or a ChannelCosts row. */
  readonly kind: 'reward' | 'other';
}

export interface ChannelReturn {
  /** The channel as first spelt (Channels tab first). */
  readonly channel: string;
  readonly rewards: Decimal;
  readonly other: Decimal;
  readonly cost: Decimal;
  readonly visits: Decimal;
  readonly costPerVisit: Decimal | null;
  /** Customers with a deal in the days counted. */
  readonly customers: number;
  readonly deals: number;
  readonly costPerDeal: Decimal | null;
  readonly revenue: Decimal;
  /** Revenue ÷ cost; null without a cost. */
  readonly returnOnCost: Decimal | null;
}

export interface ChannelReturns {
  readonly first: Day;
  readonly last: Day;
  readonly channels: ChannelReturn[];
}

interface Tally {
  channel: string;
  rewards: Decimal;
  other: Decimal;
  visits: Decimal;
  customers: number;
  deals: number;
  revenue: DecimalSum;
}

export function channelReturns(
  index: ActivityIndex,
  costs: readonly CostLine[],
  channels: readonly string[],
): ChannelReturns {
  const last = index.asOf;
  const counted = costs.filter((c) => c.day <= last);
  const first =
    counted.reduce<Day | undefined>(
      (min, c) => (min === undefined || c.day < min ? c.day : min),
      undefined,
    ) ??
    index.firstDay ??
    last;
  const tallies = new Map<string, Tally>();
  const tally = (channel: string): Tally => {
    const key = keyOf(channel);
    let t = tallies.get(key);
    if (!t)
      tallies.set(
        key,
        (t = {
          channel,
          rewards: ZERO,
          other: ZERO,
          visits: ZERO,
          customers: 0,
          deals: 0,
          revenue: new DecimalSum(),
        }),
      );
    return t;
  };
  for (const channel of channels) tally(channel);
  for (const c of counted) {
    const t = tally(c.channel);
    if (c.kind === 'reward') t.rewards = t.rewards.add(c.amount);
    else t.other = t.other.add(c.amount);
  }
  for (const [key, days] of index.visits) {
    let visits = ZERO;
    for (const [day, n] of days) if (day >= first && day <= last) visits = visits.add(n);
    if (!visits.isZero()) {
      const t = tally(index.channelNames.get(key) ?? key);
      t.visits = t.visits.add(visits);
    }
  }
  // Counted first, summed after: no filtered copies per customer, and most customers never bought.
  // Indexed loops over a customer's few deals and refunds: no iterator per customer, even unoptimised.
  const inRange = (day: Day) => day >= first && day <= last;
  const customers = index.customerList;
  for (let i = 0; i < customers.length; i++) {
    const c = customers[i]!;
    const key = c.firstLead?.channel;
    if (key === undefined) continue;
    const { deals: dealList, refunds: refundList } = c;
    let deals = 0;
    let refunds = 0;
    for (let j = 0; j < dealList.length; j++) if (inRange(dealList[j]!.day)) deals += 1;
    for (let j = 0; j < refundList.length; j++) if (inRange(refundList[j]!.day)) refunds += 1;
    if (deals === 0 && refunds === 0) continue;
    // The index's channel key is the tally's key: keyOf of the first spelling gives it back.
    const t = tallies.get(key) ?? tally(index.channelNames.get(key) ?? key);
    const revenue = t.revenue;
    for (let j = 0; j < dealList.length; j++) if (inRange(dealList[j]!.day)) revenue.add(dealList[j]!.amount);
    for (let j = 0; j < refundList.length; j++)
      if (inRange(refundList[j]!.day)) revenue.sub(refundList[j]!.amount);
    t.deals += deals;
    if (deals > 0) t.customers += 1;
  }
  return {
    first,
    last,
    channels: [...tallies.values()].map((t) => {
      const cost = t.rewards.add(t.other);
      const revenue = t.revenue.total();
      return {
        channel: t.channel,
        rewards: t.rewards,
        other: t.other,
        cost,
        visits: t.visits,
        costPerVisit: t.visits.isZero() ? null : cost.div(t.visits),
        customers: t.customers,
        deals: t.deals,
        costPerDeal: t.deals === 0 ? null : cost.div(t.deals),
        revenue,
        returnOnCost: cost.isZero() ? null : revenue.div(cost),
      };
    }),
  };
}
