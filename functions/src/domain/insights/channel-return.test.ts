import { describe, expect, test } from 'vitest';
import { Dec } from '../money.js';
import { channelReturns, type CostLine } from './channel-return.js';
import { a, indexOf, journey, rep } from './test-support.js';

const reps = [
  rep('S1', { channel: 'flyers' }),
  rep('S2', { channel: 'mall_expo' }),
  rep('S3', { channel: 'cold_calls' }),
];
const cost = (day: string, channel: string, amount: number, kind: CostLine['kind'] = 'other'): CostLine => ({
  day,
  channel,
  amount: new Dec(amount),
  kind,
});

describe('channelReturns', () => {
  const rows = [
    // Before the first cost: not counted
    ...journey('C0', 'S1', '2026-01-05', '2026-01-20', 500_000),
    a('2026-02-01', 'S1', 'visit', { quantity: 3 }),
    // flyers' customers: C1 (led by S1) bought 300,000 split with S2, C2 bought 200,000 and got 20,000 back
    a('2026-02-20', 'S1', 'lead', { customer_id: 'C1' }),
    a('2026-02-25', 'S2', 'lead', { customer_id: 'C1' }),
    a('2026-03-10', 'S2', 'deal', { customer_id: 'C1', amount: 300_000, share: 0.6, ref: 'D1' }),
    a('2026-03-10', 'S1', 'deal', { customer_id: 'C1', amount: 300_000, share: 0.4, ref: 'D1' }),
    ...journey('C2', 'S1', '2026-03-01', '2026-03-15', 200_000),
    a('2026-03-25', 'S1', 'refund', { customer_id: 'C2', amount: 20_000 }),
    a('2026-03-01', 'S1', 'visit', { quantity: 250 }),
    a('2026-03-02', 'S2', 'visit', { channel: 'flyers', quantity: 150 }),
    // mall_expo: a lead that has not bought; cold_calls: cost and no revenue, no visits
    ...journey('C3', 'S2', '2026-03-03'),
  ];
  const costs = [
    cost('2026-02-16', 'flyers', 20_000),
    cost('2026-03-05', 'Flyers', 5_000, 'reward'),
    cost('2026-02-20', 'cold_calls', 8_000),
    cost('2026-05-20', 'flyers', 99_999),
  ];
  const result = channelReturns(indexOf(rows, reps, '2026-05-15'), costs, [
    'flyers',
    'mall_expo',
    'cold_calls',
    'key_accounts',
  ]);
  const of = (channel: string) => result.channels.find((c) => c.channel === channel)!;

  test('counts from the first recorded cost through the as-of day', () => {
    expect([result.first, result.last]).toEqual(['2026-02-16', '2026-05-15']);
  });

  test('sets the flyers’ cost against the revenue of the customers it found first', () => {
    const f = of('flyers');
    expect([f.rewards, f.other, f.cost, f.visits].map((d) => d.toFixed())).toEqual([
      '5000',
      '20000',
      '25000',
      '400',
    ]);
    expect([f.customers, f.deals, f.revenue.toFixed()]).toEqual([2, 2, '480000']);
    expect([f.costPerVisit?.toFixed(), f.costPerDeal?.toFixed(), f.returnOnCost?.toFixed()]).toEqual([
      '62.5',
      '12500',
      '19.2',
    ]);
  });

  test('a channel with cost and no revenue returns nothing, and has no cost per visit or deal', () => {
    const c = of('cold_calls');
    expect([
      c.cost.toFixed(),
      c.revenue.toFixed(),
      c.returnOnCost?.toFixed(),
      c.costPerVisit,
      c.costPerDeal,
    ]).toEqual(['8000', '0', '0', null, null]);
  });

  test('a channel without cost has no return on cost; every channel of the Channels tab is listed', () => {
    expect(of('mall_expo').returnOnCost).toBeNull();
    expect(result.channels.map((c) => c.channel)).toEqual([
      'flyers',
      'mall_expo',
      'cold_calls',
      'key_accounts',
    ]);
  });

  test('without any cost the whole log is counted', () => {
    expect(channelReturns(indexOf(rows, reps, '2026-05-15'), [], []).first).toBe('2026-01-05');
  });
});
