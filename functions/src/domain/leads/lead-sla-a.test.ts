import { describe, expect, test } from 'vitest';
import { indexActivity, type ActivityEntry } from './activity-index.js';
import { leadSlaA, slaDays } from './lead-sla-a.js';

const lead = {
  date: '2026-05-04',
  rep_id: 'S1',
  type: 'lead',
  customer_id: 'C1',
  lead_grade: 'A',
  row: 2,
} as const;
const row = (date: string, rep_id: string, type: string, r: number): ActivityEntry => ({
  date,
  rep_id,
  type,
  customer_id: 'C1',
  row: r,
});

interface Case {
  name: string;
  hours: number;
  after: ActivityEntry[];
  asOf: string;
  expected: { deadline: string; daysLate: number; followedUpOn?: string } | undefined;
}

const cases: Case[] = [
  {
    name: 'a lead called by its rep the next day is on time with a 24-hour SLA',
    hours: 24,
    after: [row('2026-05-05', 'S1', 'call', 3)],
    asOf: '2026-05-15',
    expected: undefined,
  },
  {
    name: 'a lead first called two days later is one day late with a 24-hour SLA',
    hours: 24,
    after: [row('2026-05-06', 'S1', 'call', 3)],
    asOf: '2026-05-15',
    expected: { deadline: '2026-05-05', daysLate: 1, followedUpOn: '2026-05-06' },
  },
  {
    name: 'a visit by the rep counts as much as a call',
    hours: 24,
    after: [row('2026-05-04', 'S1', 'visit', 3)],
    asOf: '2026-05-15',
    expected: undefined,
  },
  {
    name: 'another rep’s call does not answer the lead',
    hours: 24,
    after: [row('2026-05-04', 'S2', 'call', 3)],
    asOf: '2026-05-15',
    expected: { deadline: '2026-05-05', daysLate: 10 },
  },
  {
    name: 'a registration by the rep is not a call or visit',
    hours: 24,
    after: [row('2026-05-04', 'S1', 'registration', 3)],
    asOf: '2026-05-15',
    expected: { deadline: '2026-05-05', daysLate: 10 },
  },
  {
    name: 'a lead never called is late by the days from its deadline to the as-of day',
    hours: 24,
    after: [],
    asOf: '2026-05-15',
    expected: { deadline: '2026-05-05', daysLate: 10 },
  },
  {
    name: 'with a 12-hour SLA only a same-day call is on time',
    hours: 12,
    after: [row('2026-05-05', 'S1', 'call', 3)],
    asOf: '2026-05-15',
    expected: { deadline: '2026-05-04', daysLate: 1, followedUpOn: '2026-05-05' },
  },
  {
    name: 'with a 48-hour SLA a call two days later is on time',
    hours: 48,
    after: [row('2026-05-06', 'S1', 'call', 3)],
    asOf: '2026-05-15',
    expected: undefined,
  },
  {
    name: 'a lead whose deadline is the as-of day is not judged yet',
    hours: 24,
    after: [],
    asOf: '2026-05-05',
    expected: undefined,
  },
  {
    name: 'a lead whose deadline is after the as-of day is not judged yet',
    hours: 24,
    after: [],
    asOf: '2026-05-04',
    expected: undefined,
  },
  {
    name: 'an uncalled lead is judged the day after its deadline, one day late',
    hours: 24,
    after: [],
    asOf: '2026-05-06',
    expected: { deadline: '2026-05-05', daysLate: 1 },
  },
];

describe('leadSlaA', () => {
  test.each(cases)('$name', ({ hours, after, asOf, expected }) => {
    const late = leadSlaA(lead, indexActivity([lead, ...after], asOf), hours, asOf);
    if (expected === undefined) expect(late).toBeUndefined();
    else {
      expect(late).toEqual({
        rule: 'lead_sla_a',
        repId: 'S1',
        customerId: 'C1',
        day: '2026-05-04',
        row: 2,
        ...expected,
      });
    }
  });
});

describe('slaDays', () => {
  test.each([
    { hours: 0, days: 0 },
    { hours: 12, days: 0 },
    { hours: 24, days: 1 },
    { hours: 36, days: 1 },
    { hours: 72, days: 3 },
    { hours: -5, days: 0 },
  ])('gives $hours hours $days whole days after the lead’s day', ({ hours, days }) => {
    expect(slaDays(hours)).toBe(days);
  });
});
