import { describe, expect, test } from 'vitest';
import { Dec } from '../money.js';
import { rewardLines } from './engine.js';
import { repIndex, type ActivityFields } from './records.js';
import type { RewardRule } from './types.js';

describe('rewardLines', () => {
  test('applies every kind of rule and lists the lines by day, rule and rep', () => {
    // Given a tour of 45 on Saturday 05-09 and 4 visits in the week of Monday 05-04, as of 2026-05-15
    const activity: ActivityFields[] = [
      { row: 2, date: '2026-05-04', rep_id: 'S101', type: 'visit' },
      { row: 3, date: '2026-05-05', rep_id: 'S101', type: 'visit' },
      { row: 4, date: '2026-05-09', rep_id: 'S101', type: 'tour_group', quantity: new Dec(45) },
      { row: 5, date: '2026-05-09', rep_id: 'S101', type: 'visit' },
      { row: 6, date: '2026-05-10', rep_id: 'S101', type: 'visit' },
    ];
    const rules: RewardRule[] = [
      {
        rule: 'weekly_visits',
        kind: 'per_unit',
        trigger: 'visit',
        amount: new Dec(10),
        window: 'week',
        min: new Dec(3),
      },
      {
        rule: 'tour_group_30_99',
        kind: 'event_tier',
        trigger: 'tour_group',
        amount: new Dec(600),
        min: new Dec(30),
        max: new Dec(99),
      },
      {
        rule: 'daily_visit_top',
        kind: 'rank',
        trigger: 'visit',
        amount: new Dec(20),
        window: 'day',
        top_n: 1,
      },
    ];
    // When the rules are applied
    const lines = rewardLines(rules, {
      asOf: '2026-05-15',
      weekStartsOn: 1,
      activity,
      phases: [],
      firstDay: '2026-05-04',
      reps: repIndex([{ rep_id: 'S101', team: 'T1', channel: 'key_accounts', hire_date: '2026-01-05' }]),
    });
    // Then each earns its line on its day
    expect(lines.map((l) => `${l.day} ${l.rule} ${l.amount.toFixed()}`)).toEqual([
      '2026-05-04 daily_visit_top 20',
      '2026-05-05 daily_visit_top 20',
      '2026-05-09 daily_visit_top 20',
      '2026-05-09 tour_group_30_99 600',
      '2026-05-10 daily_visit_top 20',
      '2026-05-10 weekly_visits 40',
    ]);
  });
});
