import { describe, expect, test } from 'vitest';
import { goalMetricOf, metricValue, type GoalMetric } from './goal-metric.js';
import { GOAL_REPS, GOAL_ROWS, indexOf } from './test-support.js';

const index = indexOf(GOAL_ROWS, GOAL_REPS, '2026-05-15');
const Q4 = { first: '2025-10-01', last: '2025-12-31' };
const SINCE = { first: '2026-01-01', last: '2026-05-15' };
/** `team` null: the whole organisation. */
const value = (metric: GoalMetric, range: { first: string; last: string }, team: string | null = 'team_a') =>
  metricValue(metric, index, { team: team ?? undefined, ...range, newHireDays: 90 })?.toFixed(4) ?? null;

describe('metricValue', () => {
  test('lead conversion counts the leads of the range that bought by its end, from any rep', () => {
    // C1 and C4 of 4 in Q4 (C3 bought after the quarter); C5, C7, C8 of 4 since
    expect([value('lead_conversion', Q4), value('lead_conversion', SINCE)]).toEqual(['0.5000', '0.7500']);
  });

  test('deal cycle is the median days from first lead to first deal of the team’s first deals in the range', () => {
    // Q4: C1 15 days (C4 is team_b’s); since: C3 16, C5 10, C7 4, C8 10 → 10
    expect([value('deal_cycle', Q4), value('deal_cycle', SINCE)]).toEqual(['15.0000', '10.0000']);
    // S2's deals, all in the first 90 days after 2026-01-01: C5 (10) and C7 (4); C8 came on day 101
    expect(value('new_hire_deal_cycle', SINCE)).toBe('7.0000');
    expect(value('new_hire_deal_cycle', Q4)).toBeNull();
  });

  test('repurchase rate is the share of the range’s buyers with two deals by its end', () => {
    // Q4: C1 with one deal; since: C1 (again), C3, C5, C7, C8
    expect([value('repurchase_rate', Q4), value('repurchase_rate', SINCE)]).toEqual(['0.0000', '0.2000']);
  });

  test('revenue adds the team’s deals in the range; the whole organisation when no team is named', () => {
    expect([value('revenue', Q4), value('revenue', SINCE), value('revenue', Q4, null)]).toEqual([
      '100000.0000',
      '450000.0000',
      '200000.0000',
    ]);
  });

  test('a team with nobody in it has nothing to measure', () => {
    expect(value('lead_conversion', Q4, 'team_z')).toBeNull();
  });
});

describe('goalMetricOf', () => {
  test.each([
    ['lead_conversion', 'lead_conversion'],
    ['Lead Conversion', 'lead_conversion'],
    ['deal-cycle', 'deal_cycle'],
    ['线索转化率', 'lead_conversion'],
    ['新人成单周期', 'new_hire_deal_cycle'],
    ['复购率', 'repurchase_rate'],
    ['销售额', 'revenue'],
  ])('reads %j as %s', (text, metric) => {
    expect(goalMetricOf(text)).toBe(metric);
  });

  test('an unknown metric is not guessed', () => {
    expect(goalMetricOf('nps')).toBeUndefined();
  });
});
