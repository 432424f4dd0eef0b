import { describe, expect, test } from 'vitest';
import { goalProgress, type GoalInput } from './goal-progress.js';
import { GOAL_REPS, GOAL_ROWS, indexOf } from './test-support.js';

const index = indexOf(GOAL_ROWS, GOAL_REPS, '2026-05-15');
const goal = (over: Partial<GoalInput>): GoalInput => ({
  metric: 'lead_conversion',
  team: 'TEAM_A',
  baseline_period: '2025-Q4',
  change: '+15%',
  by_date: '2026-06-30',
  ...over,
});
const progress = (over: Partial<GoalInput>) => goalProgress(goal(over), index, 90);

describe('goalProgress', () => {
  test('lead conversion from 50% to 75% has met a +15% goal', () => {
    const p = progress({});
    expect([p.baselineValue?.toFixed(), p.now?.toFixed(), p.change?.toFixed(), p.status]).toEqual([
      '0.5',
      '0.75',
      '0.5',
      'met',
    ]);
    expect(p.since).toEqual({ first: '2026-01-01', last: '2026-05-15' });
  });

  test('a cycle cut by a third is on pace for −40% with 75% of the time gone, off pace for −50%', () => {
    const forty = progress({ metric: 'deal_cycle', change: '-40%' });
    expect([
      forty.change?.toFixed(4),
      forty.progress?.toFixed(4),
      forty.elapsed?.toFixed(4),
      forty.status,
    ]).toEqual(['-0.3333', '0.8333', '0.7459', 'on_pace']);
    expect(progress({ metric: 'deal_cycle', change: '-50%' }).status).toBe('off_pace');
  });

  test('after the goal’s date it is judged on the days up to that date: met or missed', () => {
    const p = progress({ metric: 'deal_cycle', change: '-50%', by_date: '2026-03-31' });
    // First deals 01-01 … 03-31: C3 16, C5 10, C7 4 → 10 days, a third shorter: two thirds of the change wanted
    expect([p.since?.last, p.now?.toFixed(), p.progress?.toFixed(4), p.status]).toEqual([
      '2026-03-31',
      '10',
      '0.6667',
      'missed',
    ]);
    expect(progress({ metric: 'deal_cycle', change: '-30%', by_date: '2026-03-31' }).status).toBe('met');
  });

  test('revenue since is taken at the same pace over a period as long as the baseline', () => {
    // 450,000 over 135 days against 100,000 over 92: 306,666.67 a quarter
    const p = progress({ metric: 'revenue', change: '+25%', by_date: '2026-12-31' });
    expect([p.now?.toFixed(2), p.change?.toFixed(4), p.status]).toEqual(['306666.67', '2.0667', 'met']);
  });

  test('a baseline of zero gives no relative change', () => {
    const p = progress({ metric: 'repurchase_rate', change: '+10%' });
    expect([p.baselineValue?.toFixed(), p.now?.toFixed(), p.status]).toEqual(['0', '0.2', 'no_baseline']);
  });

  test.each([
    { name: 'an unknown metric', over: { metric: 'nps' }, status: 'unknown_metric' },
    { name: 'a change that is not a percent', over: { change: '15' }, status: 'bad_change' },
    {
      name: 'a date inside the baseline period',
      over: { baseline_period: '2026-Q2', by_date: '2026-06-30' },
      status: 'bad_dates',
    },
    {
      name: 'a baseline still running',
      over: { baseline_period: '2026-Q2', by_date: '2026-12-31' },
      status: 'not_started',
    },
    { name: 'a team without leads since', over: { team: 'team_b' }, status: 'no_baseline' },
  ])('$name is reported as $status', ({ over, status }) => {
    expect(progress(over).status).toBe(status);
  });
});
