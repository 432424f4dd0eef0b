import { describe, expect, test } from 'vitest';
import { Dec } from '../money.js';
import { customerTier, type Tier } from './customer-tier.js';

const rules = {
  coreAmount: new Dec(500_000),
  corePurchases: 2,
  growthAmount: new Dec(100_000),
  dormantDays: 180,
};

describe('customerTier', () => {
  test.each<{ name: string; amount: number; purchases: number; days: number; tier: Tier }>([
    {
      name: 'enough amount and purchases make a core customer',
      amount: 620_000,
      purchases: 3,
      days: 40,
      tier: 'core',
    },
    {
      name: 'exactly on both core thresholds is core',
      amount: 500_000,
      purchases: 2,
      days: 180,
      tier: 'core',
    },
    {
      name: 'a single large purchase is growth, not core',
      amount: 620_000,
      purchases: 1,
      days: 40,
      tier: 'growth',
    },
    { name: 'a second small purchase is growth', amount: 60_000, purchases: 2, days: 10, tier: 'growth' },
    {
      name: 'a single purchase at the growth amount is growth',
      amount: 100_000,
      purchases: 1,
      days: 10,
      tier: 'growth',
    },
    {
      name: 'a single purchase below the growth amount is potential',
      amount: 99_999.99,
      purchases: 1,
      days: 10,
      tier: 'potential',
    },
    {
      name: 'a day past the dormant limit is dormant, whatever was bought',
      amount: 900_000,
      purchases: 4,
      days: 181,
      tier: 'dormant',
    },
    {
      name: 'a customer whose purchases are all older than 12 months is dormant',
      amount: 0,
      purchases: 0,
      days: 400,
      tier: 'dormant',
    },
  ])('$name', ({ amount, purchases, days, tier }) => {
    expect(customerTier({ amount: new Dec(amount), purchases, daysSinceDeal: days }, rules)).toBe(tier);
  });
});
