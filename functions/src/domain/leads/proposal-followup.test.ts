import { describe, expect, test } from 'vitest';
import { indexActivity, type ActivityEntry } from './activity-index.js';
import { proposalFollowUp } from './proposal-followup.js';

const proposal = { date: '2026-05-04', rep_id: 'S2', type: 'proposal', customer_id: 'C3', row: 9 } as const;
const row = (date: string, rep_id: string, type: string, r: number): ActivityEntry => ({
  date,
  rep_id,
  type,
  customer_id: 'C3',
  row: r,
});

interface Case {
  name: string;
  after: ActivityEntry[];
  asOf: string;
  expected: { daysLate: number; followedUpOn?: string } | undefined;
}

// 3 days: the deadline is 2026-05-07.
const cases: Case[] = [
  {
    name: 'a proposal followed up on day 3 is on time',
    after: [row('2026-05-07', 'S2', 'call', 10)],
    asOf: '2026-05-15',
    expected: undefined,
  },
  {
    name: 'a proposal followed up on day 4 is one day late',
    after: [row('2026-05-08', 'S2', 'call', 10)],
    asOf: '2026-05-15',
    expected: { daysLate: 1, followedUpOn: '2026-05-08' },
  },
  {
    name: 'a follow-up by another rep, of any type, counts',
    after: [row('2026-05-05', 'S5', 'subscription', 10)],
    asOf: '2026-05-15',
    expected: undefined,
  },
  {
    name: 'activity on the proposal’s own day is not a follow-up',
    after: [row('2026-05-04', 'S2', 'visit', 8)],
    asOf: '2026-05-15',
    expected: { daysLate: 8 },
  },
  {
    name: 'a proposal with no later activity is judged the day after its deadline',
    after: [],
    asOf: '2026-05-08',
    expected: { daysLate: 1 },
  },
  {
    name: 'a proposal whose deadline is the as-of day is not judged yet',
    after: [],
    asOf: '2026-05-07',
    expected: undefined,
  },
];

describe('proposalFollowUp', () => {
  test.each(cases)('$name', ({ after, asOf, expected }) => {
    const late = proposalFollowUp(proposal, indexActivity([proposal, ...after], asOf), 3, asOf);
    if (expected === undefined) expect(late).toBeUndefined();
    else {
      expect(late).toEqual({
        rule: 'proposal_followup',
        repId: 'S2',
        customerId: 'C3',
        day: '2026-05-04',
        deadline: '2026-05-07',
        row: 9,
        ...expected,
      });
    }
  });
});
