import { describe, expect, test } from 'vitest';
import { Dec } from '../money.js';
import { channelPlan } from './channel-plan.js';
import { funnelPlan, type CampaignPlan } from './funnel-plan.js';

// The source manual's campaign (SPEC section 6): 900 units at 70% / 50% / 30%.
const campaign: CampaignPlan = {
  totalValue: new Dec(960_000_000),
  sellThrough: new Dec('0.85'),
  unitTarget: new Dec(900),
  dealFromSubscription: new Dec('0.7'),
  subscriptionFromRegistration: new Dec('0.5'),
  registrationFromVisit: new Dec('0.3'),
};
const phases = [
  { phase: 'subscription', start: '2026-06-09', end: '2026-06-23', visitShare: new Dec('0.3') },
  { phase: 'registration', start: '2026-03-24', end: '2026-06-08', visitShare: new Dec('0.7') },
];

describe('funnelPlan', () => {
  test('works the source plan back from 900 units to visits, each stage from the unrounded one', () => {
    const f = funnelPlan(campaign, phases, 'nearest');
    expect([f.subscriptions, f.registrations, f.visits]).toEqual([1286, 2571, 8571]);
    expect(f.salesTarget?.toFixed()).toBe('816000000');
    expect([f.campaignStart, f.campaignEnd, f.campaignDays, f.dailyVisits]).toEqual([
      '2026-03-24',
      '2026-06-23',
      92,
      93,
    ]);
  });

  test('gives each phase its share of visits and a daily figure, phases in calendar order', () => {
    const f = funnelPlan(campaign, phases, 'nearest');
    expect(f.phases.map((p) => [p.phase, p.days, p.visits, p.dailyVisits])).toEqual([
      ['registration', 77, 6000, 78],
      ['subscription', 15, 2571, 171],
    ]);
  });

  test('rounding up never turns an exact 6,000 visits into 6,001', () => {
    const f = funnelPlan(campaign, phases, 'up');
    expect(f.phases[0]?.visits).toBe(6000);
    expect([f.subscriptions, f.registrations, f.visits]).toEqual([1286, 2572, 8572]);
  });

  test.each([
    { name: 'half rounds up', units: 1, deal: '0.4', expected: 3 }, // 2.5 subscriptions
    { name: 'below half rounds down', units: 1, deal: '0.6', expected: 2 }, // 1.67
  ])('nearest rounding: $name', ({ units, deal, expected }) => {
    const f = funnelPlan(
      { ...campaign, unitTarget: new Dec(units), dealFromSubscription: new Dec(deal) },
      phases,
      'nearest',
    );
    expect(f.subscriptions).toBe(expected);
  });
});

describe('channelPlan', () => {
  const f = funnelPlan(campaign, phases, 'nearest');
  const sixtyForty = { weekdayShare: new Dec('0.6'), weekendShare: new Dec('0.4') };

  test('splits a channel week 60/40 between weekdays and weekend, as the source does for key accounts', () => {
    const plan = channelPlan(
      f.phases,
      [{ channel: 'key_accounts', dailyVisitTarget: new Dec(11), ...sixtyForty }],
      'nearest',
    );
    const ka = plan.channels.find((c) => c.phase === 'registration');
    expect(
      [ka?.daily, ka?.weekly, ka?.weekdays, ka?.weekend, ka?.phaseTotal].map((d) => d?.toNumber()),
    ).toEqual([11, 77, 46, 31, 847]);
  });

  test('measures plan coverage against the phase’s required visits a day', () => {
    const plan = channelPlan(
      f.phases,
      [
        { channel: 'key_accounts', dailyVisitTarget: new Dec(11), ...sixtyForty },
        { channel: 'mall_expo', dailyVisitTarget: new Dec(8), ...sixtyForty },
      ],
      'nearest',
    );
    const reg = plan.coverage.find((c) => c.phase === 'registration');
    expect([reg?.requiredDaily, reg?.plannedDaily.toNumber(), reg?.shortfallDaily.toNumber()]).toEqual([
      78, 19, 59,
    ]);
  });

  test('a channel with only a visit share gets that share of the phase’s exact daily visits', () => {
    const plan = channelPlan(
      f.phases,
      [{ channel: 'flyers', visitShare: new Dec('0.15'), ...sixtyForty }],
      'nearest',
    );
    // 6,000 ÷ 77 × 15% = 11.69 → 12 a day in registration; 2,571.43 ÷ 15 × 15% = 25.71 → 26 in subscription
    expect(plan.channels.map((c) => [c.phase, c.daily.toNumber(), c.basis])).toEqual([
      ['registration', 12, 'visit_share'],
      ['subscription', 26, 'visit_share'],
    ]);
  });

  test('a channel with neither a daily target nor a share has no plan', () => {
    const plan = channelPlan(f.phases, [{ channel: 'walk_in', ...sixtyForty }], 'nearest');
    expect(plan.channels).toEqual([]);
    expect(plan.coverage.every((c) => c.shortfallDaily.eq(c.requiredDaily))).toBe(true);
  });
});
