import { describe, expect, test } from 'vitest';
import { Dec } from '../money.js';
import type { CustomerStanding } from './customer-standings.js';
import type { Tier } from './customer-tier.js';
import { winBack } from './win-back.js';

const standing = (customer: string, tier: Tier, daysSilent: number, amount = 600_000): CustomerStanding => ({
  customer,
  tier,
  daysSilent,
  amount: new Dec(amount),
  purchases: 2,
  lastDeal: '2026-02-26',
  daysSinceDeal: 78,
  lastActivity: '2026-03-20',
  owner: 's1',
});

describe('winBack', () => {
  const standings = [
    standing('K1', 'core', 56),
    standing('K2', 'core', 7),
    standing('K3', 'core', 30, 900_000),
    standing('K4', 'core', 30, 500_000),
    standing('G1', 'growth', 200),
    standing('D1', 'dormant', 400),
  ];

  test('lists core customers silent for the health limit or longer, longest silent first, then the larger amount', () => {
    expect(winBack(standings, 30).map((s) => s.customer)).toEqual(['K1', 'K3', 'K4']);
  });

  test('a core customer one day short of the limit is not yet an alert; other tiers never are', () => {
    expect(winBack(standings, 57)).toEqual([]);
    expect(winBack(standings, 31).map((s) => s.customer)).toEqual(['K1']);
  });
});
