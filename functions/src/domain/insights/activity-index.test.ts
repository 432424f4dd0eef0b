import { describe, expect, test } from 'vitest';
import { activityIndex, dealOnOrAfter } from './activity-index.js';
import { a, rep } from './test-support.js';

const reps = [rep('S1', { channel: 'mall_expo' }), rep('S2', { channel: 'flyers' })];

describe('activityIndex', () => {
  test('counts a split deal once, at the sum of amount × share, crediting each rep', () => {
    const index = activityIndex(
      [
        a('2026-03-02', 'S1', 'lead', { customer_id: 'C1' }),
        a('2026-03-20', 'S1', 'deal', { customer_id: 'C1', amount: 100_000, share: 0.6, ref: 'D1' }),
        a('2026-03-21', 's2', 'Deal', { customer_id: 'c1', amount: 100_000, share: 0.4, ref: 'd1' }),
      ],
      reps,
      '2026-05-15',
    );
    const c = index.customers.get('c1')!;
    expect(c.deals).toHaveLength(1);
    expect([c.deals[0]!.day, c.deals[0]!.amount.toFixed()]).toEqual(['2026-03-20', '100000']);
    expect(c.deals[0]!.credits.map((x) => [x.rep, x.share.toFixed()])).toEqual([
      ['s1', '0.6'],
      ['s2', '0.4'],
    ]);
    expect(index.revenue.get('s1')?.get('2026-03-20')?.toFixed()).toBe('60000');
    expect(index.revenue.get('s2')?.get('2026-03-21')?.toFixed()).toBe('40000');
  });

  test('takes the earliest lead as the first, its channel the row’s or else the rep’s', () => {
    const index = activityIndex(
      [
        a('2026-03-05', 'S2', 'lead', { customer_id: 'C1', channel: 'Key_Accounts' }),
        a('2026-03-02', 'S1', 'LEAD', { customer_id: 'C1' }),
      ],
      reps,
      '2026-05-15',
    );
    expect(index.customers.get('c1')?.firstLead).toMatchObject({
      day: '2026-03-02',
      rep: 's1',
      channel: 'mall_expo',
    });
    expect(index.leads.get('s2')).toEqual([
      { customer: 'c1', rep: 's2', day: '2026-03-05', channel: 'key_accounts' },
    ]);
    expect(index.customers.get('c1')?.leads.map((l) => l.rep)).toEqual(['s2', 's1']);
    expect(index.channelNames.get('key_accounts')).toBe('Key_Accounts');
  });

  test('leaves out rows after the as-of day', () => {
    const index = activityIndex(
      [a('2026-05-16', 'S1', 'deal', { customer_id: 'C1', amount: 5 })],
      reps,
      '2026-05-15',
    );
    expect(index.customers.size).toBe(0);
    expect(index.firstDay).toBeUndefined();
  });

  test('nets refunds out of a rep’s revenue and keeps them on the customer', () => {
    const index = activityIndex(
      [
        a('2026-03-20', 'S1', 'deal', { customer_id: 'C1', amount: 1000 }),
        a('2026-03-25', 'S1', 'refund', { customer_id: 'C1', amount: 300 }),
      ],
      reps,
      '2026-05-15',
    );
    expect(index.revenue.get('s1')?.get('2026-03-25')?.toFixed()).toBe('-300');
    expect(index.customers.get('c1')?.refunds.map((r) => r.amount.toFixed())).toEqual(['300']);
  });

  test('follows each customer’s latest row, the first script it was worked with, and visits by channel', () => {
    const index = activityIndex(
      [
        a('2026-03-02', 'S1', 'lead', { customer_id: 'C1', variant: 'B' }),
        a('2026-03-01', 'S1', 'call', { customer_id: 'C1', variant: 'A' }),
        a('2026-04-02', 'S2', 'visit', { customer_id: 'C1', quantity: 2 }),
        a('2026-04-02', 'S2', 'visit', { channel: 'mall_expo' }),
      ],
      reps,
      '2026-05-15',
    );
    const c = index.customers.get('c1')!;
    expect([c.lastActivity, c.lastRep, c.variant?.key, c.variant?.day]).toEqual([
      '2026-04-02',
      's2',
      'a',
      '2026-03-01',
    ]);
    expect(index.visits.get('flyers')?.get('2026-04-02')?.toFixed()).toBe('2');
    expect(index.visits.get('mall_expo')?.get('2026-04-02')?.toFixed()).toBe('1');
    expect([...index.activeMonths.get('s1')!]).toEqual(['2026-03']);
  });

  test('finds a customer’s first deal on or after a day', () => {
    const index = activityIndex(
      [
        a('2026-04-20', 'S1', 'deal', { customer_id: 'C1', amount: 1 }),
        a('2026-03-20', 'S1', 'deal', { customer_id: 'C1', amount: 2 }),
      ],
      reps,
      '2026-05-15',
    );
    const c = index.customers.get('c1')!;
    expect(c.deals.map((d) => d.day)).toEqual(['2026-03-20', '2026-04-20']);
    expect(dealOnOrAfter(c, '2026-03-21')?.day).toBe('2026-04-20');
    expect(dealOnOrAfter(c, '2026-04-21')).toBeUndefined();
  });
});

describe('activityIndex customers by key', () => {
  test('finds a customer by its key only, and lists customers in the order first met', () => {
    const index = activityIndex(
      [
        a('2026-03-02', 'S1', 'lead', { customer_id: 'C2' }),
        a('2026-03-03', 'S1', 'lead', { customer_id: 'C1' }),
        a('2026-03-04', 'S1', 'call', { customer_id: 'c2' }),
        a('2026-06-01', 'S1', 'lead', { customer_id: 'C3' }),
      ],
      reps,
      '2026-05-15',
    );
    expect(index.customers.get('c2')?.id).toBe('C2');
    expect(index.customers.get('C2')).toBeUndefined();
    expect(index.customers.has('c3')).toBe(false);
    expect(index.customers.size).toBe(2);
    expect([...index.customers.keys()]).toEqual(['c2', 'c1']);
    expect([...index.customers.values()]).toEqual(index.customerList);
  });
});
