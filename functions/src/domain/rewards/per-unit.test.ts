import { describe, expect, test } from 'vitest';
import { Dec } from '../money.js';
import { perUnitLines } from './per-unit.js';
import { repIndex, type ActivityFields } from './records.js';
import type { RewardContext, RewardRule } from './types.js';

const reps = repIndex([{ rep_id: 'S101', team: 'T1', channel: 'mall_expo', hire_date: '2026-01-05' }]);
const context = (activity: ActivityFields[], asOf = '2026-05-31', weekStartsOn = 1): RewardContext => ({
  asOf,
  weekStartsOn,
  activity,
  reps,
  phases: [],
  firstDay: '2026-02-16',
});
// The week of Monday 2026-05-04 … Sunday 2026-05-10
const visits = (days: string[]): ActivityFields[] =>
  days.map((date, i) => ({ row: 10 + i, date, rep_id: 'S101', type: 'visit' }));
// The source: at least 3 visits in a week pays 10 a visit (SPEC section 5)
const weekly: RewardRule = {
  rule: 'weekly_visits',
  kind: 'per_unit',
  trigger: 'visit',
  amount: new Dec(10),
  window: 'week',
  min: new Dec(3),
};

describe('perUnitLines', () => {
  test.each([
    { name: '2 visits in a week pay nothing', days: ['2026-05-04', '2026-05-06'], expected: [] },
    { name: '3 visits in a week pay 30', days: ['2026-05-04', '2026-05-06', '2026-05-10'], expected: ['30'] },
    {
      name: '5 visits in a week pay 50',
      days: ['2026-05-04', '2026-05-04', '2026-05-05', '2026-05-06', '2026-05-07'],
      expected: ['50'],
    },
    {
      name: 'visits in two weeks are counted per week',
      days: ['2026-05-08', '2026-05-09', '2026-05-11', '2026-05-12'],
      expected: [],
    },
  ])('$name', ({ days, expected }) => {
    expect(perUnitLines(weekly, context(visits(days))).map((l) => l.amount.toFixed())).toEqual(expected);
  });

  test('counts rows, not quantities', () => {
    const rows = visits(['2026-05-04', '2026-05-05']).map((r) => ({ ...r, quantity: new Dec(5) }));
    expect(perUnitLines(weekly, context(rows))).toEqual([]);
  });

  test('pays on the window’s last day and lists every counted row', () => {
    const [line] = perUnitLines(weekly, context(visits(['2026-05-04', '2026-05-06', '2026-05-10'])));
    expect(line).toMatchObject({
      day: '2026-05-10',
      window: { first: '2026-05-04', last: '2026-05-10' },
      channel: 'mall_expo',
    });
    expect(line?.source.map((s) => s.row)).toEqual([10, 11, 12]);
  });

  test('a week not yet ended on as_of pays nothing yet', () => {
    const rows = visits(['2026-05-04', '2026-05-06', '2026-05-07']);
    expect(perUnitLines(weekly, context(rows, '2026-05-09'))).toEqual([]);
    expect(perUnitLines(weekly, context(rows, '2026-05-10'))).toHaveLength(1);
  });

  test('weeks start on the workbook’s week_starts_on', () => {
    // Sat 05-09, Sun 05-10, Mon 05-11: apart in Monday weeks, together in Saturday weeks
    const rows = visits(['2026-05-09', '2026-05-10', '2026-05-11']);
    expect(perUnitLines(weekly, context(rows, '2026-05-31', 1))).toEqual([]);
    expect(perUnitLines(weekly, context(rows, '2026-05-31', 6)).map((l) => l.day)).toEqual(['2026-05-15']);
  });

  test('a month window pays in the month of its last day', () => {
    const monthly: RewardRule = {
      ...weekly,
      rule: 'referrals',
      trigger: 'referral_visit',
      amount: new Dec(50),
      window: 'month',
      min: new Dec(1),
    };
    const rows = [{ row: 2, date: '2026-04-30', rep_id: 'S101', type: 'referral_visit' }];
    expect(perUnitLines(monthly, context(rows)).map((l) => [l.day, l.amount.toFixed()])).toEqual([
      ['2026-04-30', '50'],
    ]);
  });
});
