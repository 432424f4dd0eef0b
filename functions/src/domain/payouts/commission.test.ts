import { describe, expect, test } from 'vitest';
import { Dec } from '../money.js';
import { marginalCommission } from './marginal-commission.js';
import { monthCommission } from './month-commission.js';
import type { Plan, Tiers } from './plan.js';

// The source's plan: 10% / 15% / 20% at base / challenge / sprint, nothing below base.
const plan = (extra: Partial<Plan> = {}): Plan => ({
  plan: 'standard',
  mode: 'retroactive',
  belowBaseRate: new Dec(0),
  baseRate: new Dec('0.1'),
  challengeRate: new Dec('0.15'),
  sprintRate: new Dec('0.2'),
  row: 2,
  ...extra,
});
const tiers: Tiers = { base: new Dec(100_000), challenge: new Dec(150_000), sprint: new Dec(200_000) };

describe('the 10 / 15 / 20 plan at, just below and just above each threshold (retroactive)', () => {
  test.each([
    ['99999.99', 'below_base', '0.00'],
    ['100000.00', 'base', '10000.00'],
    ['100000.01', 'base', '10000.00'],
    ['149999.99', 'base', '15000.00'], // 14,999.999 rounds half-up
    ['150000.00', 'challenge', '22500.00'],
    ['150000.01', 'challenge', '22500.00'],
    ['199999.99', 'challenge', '30000.00'], // 29,999.9985
    ['200000.00', 'sprint', '40000.00'],
    ['200000.01', 'sprint', '40000.00'],
  ])('revenue %s reaches %s and pays %s', (revenue, tier, amount) => {
    const c = monthCommission(new Dec(revenue), plan(), tiers);
    expect([c.tier, c.amount.toFixed(2)]).toEqual([tier, amount]);
  });
});

describe('marginal plans', () => {
  test.each([
    ['90000', '0.00'],
    ['120000', '2000.00'], // 20k × 10%
    ['180000', '9500.00'], // 50k × 10% + 30k × 15%
    ['250000', '22500.00'], // 5,000 + 7,500 + 50k × 20%
  ])('revenue %s pays %s, each slice at its band’s rate', (revenue, amount) => {
    expect(monthCommission(new Dec(revenue), plan({ mode: 'marginal' }), tiers).amount.toFixed(2)).toBe(
      amount,
    );
  });

  test('a missing sprint threshold means there is no sprint band', () => {
    const c = marginalCommission(new Dec(250_000), plan({ mode: 'marginal' }), {
      base: new Dec(100_000),
      challenge: new Dec(150_000),
    });
    expect(c.amount.toFixed(2)).toBe('20000.00'); // 50k × 10% + 100k × 15%
  });
});

describe('other months', () => {
  test('a flat plan pays its rate whatever the tier', () => {
    expect(
      monthCommission(
        new Dec(200_000),
        plan({ mode: 'flat', flatRate: new Dec('0.01') }),
        tiers,
      ).amount.toFixed(2),
    ).toBe('2000.00');
  });

  test('a flat 1% plan raised by 1.5 pays 1.5%', () => {
    const c = monthCommission(new Dec(200_000), plan({ mode: 'flat', flatRate: new Dec('0.01') }), tiers, {
      factor: new Dec('1.5'),
      reason: 'rate_raise',
    });
    expect(c.amount.toFixed(2)).toBe('3000.00');
  });

  test('refunds above the month’s deals are clawed back at the base rate', () => {
    const c = monthCommission(new Dec(-12_000), plan(), tiers);
    expect([c.kind, c.amount.toFixed(2)]).toEqual(['clawback', '-1200.00']);
  });

  test('a month without a revenue target pays all revenue at the below-base rate, with no tier', () => {
    const c = monthCommission(new Dec(50_000), plan({ belowBaseRate: new Dec('0.02') }), undefined);
    expect([c.tier, c.amount.toFixed(2)]).toEqual([null, '1000.00']);
  });

  test('the cap holds back the excess, which is shown', () => {
    const c = monthCommission(new Dec(300_000), plan({ cap: new Dec(50_000) }), tiers);
    expect([c.amount, c.aboveCap, c.paid].map((d) => d.toFixed(2))).toEqual([
      '60000.00',
      '10000.00',
      '50000.00',
    ]);
  });
});
