import { describe, expect, test } from 'vitest';
import { Dec } from '../money.js';
import { customerStandings } from './customer-standings.js';
import { a, indexOf, rep } from './test-support.js';

const rules = {
  coreAmount: new Dec(500_000),
  corePurchases: 2,
  growthAmount: new Dec(100_000),
  dormantDays: 180,
};
const reps = [rep('S1'), rep('S2')];

describe('customerStandings', () => {
  // Given K1 bought 300,000 (a year and a half ago), 300,000 and 420,000, last called 56 days before as-of
  const rows = [
    a('2024-11-01', 'S1', 'lead', { customer_id: 'K1' }),
    a('2024-11-10', 'S1', 'deal', { customer_id: 'K1', amount: 300_000 }),
    a('2025-06-10', 'S1', 'deal', { customer_id: 'K1', amount: 300_000 }),
    a('2026-02-26', 'S2', 'deal', { customer_id: 'K1', amount: 420_000, share: 0.7, ref: 'R9' }),
    a('2026-02-26', 'S1', 'deal', { customer_id: 'K1', amount: 420_000, share: 0.3, ref: 'R9' }),
    a('2026-03-20', 'S2', 'call', { customer_id: 'K1' }),
    // C2 bought once, 90,000, and a 10,000 refund followed
    a('2026-04-01', 'S1', 'lead', { customer_id: 'C2' }),
    a('2026-04-10', 'S1', 'deal', { customer_id: 'C2', amount: 90_000 }),
    a('2026-04-20', 'S1', 'refund', { customer_id: 'C2', amount: 10_000 }),
    // C3 has a lead and no deal yet
    a('2026-05-01', 'S1', 'lead', { customer_id: 'C3' }),
  ];
  const standings = customerStandings(indexOf(rows, reps, '2026-05-15'), rules);
  const of = (id: string) => standings.find((s) => s.customer === id);

  test('counts the last 12 months’ purchases and amount net of refunds, and the days since the last deal and the last row', () => {
    expect(of('K1')).toMatchObject({
      purchases: 2,
      lastDeal: '2026-02-26',
      daysSinceDeal: 78,
      lastActivity: '2026-03-20',
      daysSilent: 56,
      owner: 's2',
      tier: 'core',
    });
    expect(of('K1')?.amount.toFixed()).toBe('720000');
  });

  test('a customer with a single purchase below the growth amount is potential', () => {
    expect(of('C2')).toMatchObject({ purchases: 1, tier: 'potential' });
    expect(of('C2')?.amount.toFixed()).toBe('80000');
  });

  test('a lead with no deal yet has no tier', () => {
    expect(of('C3')).toBeUndefined();
    expect(standings).toHaveLength(2);
  });
});
