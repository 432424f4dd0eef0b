import { describe, expect, test } from 'vitest';
import { indexActivity, type ActivityEntry } from './activity-index.js';
import { leadSlaB } from './lead-sla-b.js';

const lead = {
  date: '2026-05-01',
  rep_id: 'S1',
  type: 'lead',
  customer_id: 'C2',
  lead_grade: 'B',
  row: 2,
} as const;
const row = (date: string, rep_id: string, type: string, r: number, customer_id = 'C2'): ActivityEntry => ({
  date,
  rep_id,
  type,
  customer_id,
  row: r,
});

interface Case {
  name: string;
  after: ActivityEntry[];
  asOf: string;
  expected: { daysLate: number; followedUpOn?: string } | undefined;
}

// 7 days: the deadline is 2026-05-08.
const cases: Case[] = [
  {
    name: 'a B lead untouched for 7 days is late the day after',
    after: [],
    asOf: '2026-05-09',
    expected: { daysLate: 1 },
  },
  {
    name: 'a B lead untouched on its seventh day is not judged yet',
    after: [],
    asOf: '2026-05-08',
    expected: undefined,
  },
  {
    name: 'a B lead still untouched a week after its deadline is seven days late',
    after: [],
    asOf: '2026-05-15',
    expected: { daysLate: 7 },
  },
  {
    name: 'a touch on the seventh day is on time',
    after: [row('2026-05-08', 'S1', 'call', 3)],
    asOf: '2026-05-15',
    expected: undefined,
  },
  {
    name: 'a first touch on the eighth day is one day late',
    after: [row('2026-05-09', 'S1', 'call', 3)],
    asOf: '2026-05-15',
    expected: { daysLate: 1, followedUpOn: '2026-05-09' },
  },
  {
    name: 'a touch by another rep counts',
    after: [row('2026-05-03', 'S7', 'visit', 3)],
    asOf: '2026-05-15',
    expected: undefined,
  },
  {
    name: 'a touch of any type counts',
    after: [row('2026-05-03', 'S1', 'registration', 3)],
    asOf: '2026-05-15',
    expected: undefined,
  },
  {
    name: 'a touch on the lead’s own day counts',
    after: [row('2026-05-01', 'S1', 'call', 3)],
    asOf: '2026-05-15',
    expected: undefined,
  },
  {
    name: 'a row for another customer is no touch',
    after: [row('2026-05-03', 'S1', 'call', 3, 'C3')],
    asOf: '2026-05-15',
    expected: { daysLate: 7 },
  },
  {
    name: 'a row before the lead is no touch',
    after: [row('2026-04-28', 'S1', 'call', 3)],
    asOf: '2026-05-15',
    expected: { daysLate: 7 },
  },
];

describe('leadSlaB', () => {
  test.each(cases)('$name', ({ after, asOf, expected }) => {
    const late = leadSlaB(lead, indexActivity([lead, ...after], asOf), 7, asOf);
    if (expected === undefined) expect(late).toBeUndefined();
    else {
      expect(late).toEqual({
        rule: 'lead_sla_b',
        repId: 'S1',
        customerId: 'C2',
        day: '2026-05-01',
        deadline: '2026-05-08',
        row: 2,
        ...expected,
      });
    }
  });
});
