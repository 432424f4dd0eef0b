import { describe, expect, test } from 'vitest';
import { channelPlan } from '../funnel/channel-plan.js';
import { funnelPlan } from '../funnel/funnel-plan.js';
import { Dec } from '../money.js';
import { dayTarget, NO_TARGET, targetBetween } from './day-target.js';

// The source's channel table (SPEC section 6): key accounts, 11 visits a day, 60% on weekdays
const funnel = funnelPlan(
  {
    unitTarget: new Dec(900),
    dealFromSubscription: new Dec('0.7'),
    subscriptionFromRegistration: new Dec('0.5'),
    registrationFromVisit: new Dec('0.3'),
  },
  [{ phase: 'registration', start: '2026-03-24', end: '2026-06-08', visitShare: new Dec(1) }],
  'nearest',
);
const plan = channelPlan(
  funnel.phases,
  [
    {
      channel: 'key_accounts',
      dailyVisitTarget: new Dec(11),
      weekdayShare: new Dec('0.6'),
      weekendShare: new Dec('0.4'),
    },
  ],
  'nearest',
);
const week = plan.channels[0]!;

describe('dayTarget', () => {
  test('the source’s 11 a day make 77 a week: 46 on weekdays, 31 at weekends', () => {
    expect([week.weekly, week.weekdays, week.weekend].map((d) => d.toNumber())).toEqual([77, 46, 31]);
  });

  test.each([
    { day: '2026-05-11', name: 'Monday', expected: '9.2' },
    { day: '2026-05-15', name: 'Friday', expected: '9.2' },
    { day: '2026-05-16', name: 'Saturday', expected: '15.5' },
    { day: '2026-05-17', name: 'Sunday', expected: '15.5' },
  ])('a $name asks $expected visits', ({ day, expected }) => {
    expect(dayTarget(week, day).toFixed()).toBe(expected);
  });

  test('a channel with no target asks nothing of any day', () => {
    expect(dayTarget(NO_TARGET, '2026-05-16').isZero()).toBe(true);
  });
});

describe('targetBetween', () => {
  test.each([
    { name: 'Monday to Wednesday', first: '2026-05-11', last: '2026-05-13', expected: '27.6' },
    { name: 'Monday to Friday', first: '2026-05-11', last: '2026-05-15', expected: '46' },
    { name: 'Monday to Sunday', first: '2026-05-11', last: '2026-05-17', expected: '77' },
    {
      name: 'Tuesday to Monday, a week straddling two',
      first: '2026-03-24',
      last: '2026-03-30',
      expected: '77',
    },
    {
      name: 'the 77 days of the registration phase',
      first: '2026-03-24',
      last: '2026-06-08',
      expected: '847',
    },
    { name: 'an empty range', first: '2026-05-12', last: '2026-05-11', expected: '0' },
  ])('$name: $expected', ({ first, last, expected }) => {
    expect(targetBetween(week, first, last).toFixed()).toBe(expected);
  });
});
