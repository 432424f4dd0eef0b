import { describe, expect, test } from 'vitest';
import { dayNumber } from '../days.js';
import { indexActivity, type ActivityEntry } from './activity-index.js';

const d = dayNumber;
const log: ActivityEntry[] = [
  { date: '2026-05-04', rep_id: 'S1', type: 'lead', customer_id: 'C1', lead_grade: 'A', row: 2 },
  { date: '2026-05-06', rep_id: 'S1', type: 'Visit', customer_id: 'C1', row: 3 },
  { date: '2026-05-05', rep_id: 'S2', type: 'call', customer_id: 'C1', row: 4 },
  { date: '2026-05-04', rep_id: 'S2', type: 'registration', customer_id: 'C1', row: 5 },
  { date: '2026-05-09', rep_id: 'S1', type: 'call', customer_id: 'c1', row: 6 },
  { date: '2026-05-20', rep_id: 'S1', type: 'call', customer_id: 'C1', row: 7 },
  { date: '2026-05-04', rep_id: 'S1', type: 'call', row: 8 },
];
const index = indexActivity(log, '2026-05-15');

describe('indexActivity', () => {
  test.each([
    {
      name: 'finds the rep’s first call or visit on or after a day, in any order of rows',
      rep: 'S1',
      from: '2026-05-04',
      expected: '2026-05-06',
    },
    {
      name: 'counts only calls and visits of that rep, not another rep’s call',
      rep: 'S2',
      from: '2026-05-04',
      expected: '2026-05-05',
    },
    {
      name: 'matches customer and rep ids without regard to case',
      rep: 's1',
      from: '2026-05-07',
      expected: '2026-05-09',
    },
    { name: 'ignores rows after the as-of day', rep: 'S1', from: '2026-05-10', expected: undefined },
  ])('firstContactBy $name', ({ rep, from, expected }) => {
    expect(index.firstContactBy('C1', rep, d(from))).toBe(expected === undefined ? undefined : d(expected));
  });

  test.each([
    {
      name: 'counts a row of any type on the same day, but not the one left out',
      from: '2026-05-04',
      except: 2,
      expected: '2026-05-04',
    },
    { name: 'leaves out only the row named', from: '2026-05-04', except: 5, expected: '2026-05-04' },
    {
      name: 'finds the next day when the day has nothing else',
      from: '2026-05-05',
      except: 2,
      expected: '2026-05-05',
    },
    {
      name: 'finds nothing after the last row up to the as-of day',
      from: '2026-05-10',
      except: 2,
      expected: undefined,
    },
  ])('firstTouch $name', ({ from, except, expected }) => {
    expect(index.firstTouch('C1', d(from), except)).toBe(expected === undefined ? undefined : d(expected));
  });

  test('firstTouch skips the left-out row when it is the only row of its day', () => {
    const one = indexActivity([log[0]!, log[1]!], '2026-05-15');
    expect(one.firstTouch('C1', d('2026-05-04'), 2)).toBe(d('2026-05-06'));
  });

  test.each([
    { day: '2026-05-04', expected: '2026-05-05' },
    { day: '2026-05-06', expected: '2026-05-09' },
    { day: '2026-05-09', expected: undefined },
  ])('firstAfter $day is the first row on a later day: $expected', ({ day, expected }) => {
    expect(index.firstAfter('C1', d(day))).toBe(expected === undefined ? undefined : d(expected));
  });

  test('knows nothing of a customer with no rows', () => {
    expect([
      index.firstContactBy('C9', 'S1', 0),
      index.firstTouch('C9', 0, 0),
      index.firstAfter('C9', 0),
    ]).toEqual([undefined, undefined, undefined]);
  });
});
