import { describe, expect, test } from 'vitest';
import { judge, lateness } from './late.js';

describe('lateness', () => {
  test.each([
    {
      name: 'a follow-up on the deadline day is on time',
      deadline: 10,
      first: 10,
      asOf: 20,
      expected: undefined,
    },
    {
      name: 'a follow-up before the deadline is on time',
      deadline: 10,
      first: 8,
      asOf: 20,
      expected: undefined,
    },
    {
      name: 'a follow-up the day after the deadline is one day late',
      deadline: 10,
      first: 11,
      asOf: 20,
      expected: { daysLate: 1, followedUpOn: 11 },
    },
    {
      name: 'with no follow-up the days late run to the as-of day',
      deadline: 10,
      first: undefined,
      asOf: 20,
      expected: { daysLate: 10, followedUpOn: undefined },
    },
    {
      name: 'on the deadline day itself nothing is judged yet',
      deadline: 10,
      first: undefined,
      asOf: 10,
      expected: undefined,
    },
    {
      name: 'before the deadline nothing is judged yet',
      deadline: 10,
      first: undefined,
      asOf: 9,
      expected: undefined,
    },
    {
      name: 'the day after the deadline an unanswered case is one day late',
      deadline: 10,
      first: undefined,
      asOf: 11,
      expected: { daysLate: 1, followedUpOn: undefined },
    },
    {
      name: 'a follow-up after the as-of day is not known yet',
      deadline: 10,
      first: 25,
      asOf: 20,
      expected: { daysLate: 10, followedUpOn: undefined },
    },
  ])('$name', ({ deadline, first, asOf, expected }) => {
    expect(lateness(deadline, first, asOf)).toEqual(expected);
  });
});

describe('judge', () => {
  test('names the rule, rep, customer, days and sheet row of a late case', () => {
    const late = judge(
      'lead_sla_b',
      { rep_id: 'S1', customer_id: 'C1', row: 12 },
      20_574,
      20_581,
      undefined,
      20_588,
    );
    expect(late).toEqual({
      rule: 'lead_sla_b',
      repId: 'S1',
      customerId: 'C1',
      day: '2026-05-01',
      deadline: '2026-05-08',
      daysLate: 7,
      row: 12,
    });
  });
});
