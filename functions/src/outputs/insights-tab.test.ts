import { describe, expect, test } from 'vitest';
import type { GoalJson, InsightsJson } from '../run/insights-json.js';
import type { OutputCell, OutputTab } from '../workbook/port.js';
import { insightsTab } from './insights-tab.js';

const side = { deals: 0, median_days: null };
function json(over: Partial<InsightsJson> = {}): InsightsJson {
  return {
    customer_tiers: {
      since: '2025-05-16',
      thresholds: {
        core_amount: 500_000,
        core_purchases: 2,
        growth_amount: 100_000,
        dormant_days: 180,
        silence_days: 30,
      },
      tiers: [],
      customers: [],
      win_back: [],
    },
    deal_cycle: {
      new_hire_days: 90,
      last_12_months: { new_hires: side, others: side, longer_by: null },
      months: [],
      reps: [],
    },
    productivity: [],
    mentoring: [],
    goals: [],
    anomalies: { judged: 0, weeks: [] },
    ab_tests: [],
    channel_return: { first: '2026-02-16', last: '2026-05-15', channels: [] },
    ...over,
  };
}
const reps = [
  { rep_id: 'S101', name: 'Wang Lei', hire_date: '2020-01-01' },
  { rep_id: 'S203', name: 'Guo Xue', hire_date: '2026-03-02' },
];

/** The rows of a section, header first, up to the blank row after it. */
function section(tab: OutputTab, title: string): OutputCell[][] {
  const start = tab.rows.findIndex((r) => r[0]?.value === title);
  const end = tab.rows.findIndex((r, i) => i > start && r.length === 0);
  return tab.rows.slice(start + 1, end === -1 ? undefined : end);
}
const values = (rows: OutputCell[][]) => rows.map((r) => r.map((c) => c.value));

describe('insightsTab', () => {
  test('an empty section says why it is empty and what to fill in', () => {
    const tab = insightsTab(json(), reps, '2026-05-15', 0, 'en');
    expect(values(section(tab, 'Improvement goals'))[1]?.[0]).toBe(
      'No goal yet: add rows to the Goals tab (metric, team, baseline period, change such as +15%, by date).',
    );
    expect(section(tab, 'A/B tests of sales scripts')[1]?.[0]?.style).toBe('note');
    expect(tab.rows.filter((r) => r[0]?.style === 'title')).toHaveLength(10);
  });

  test('lays the deal cycle by rep out a row per rep, the six months to the as-of month across, and when a new hire stops being new', () => {
    const reps6 = [
      { month: '2026-05', rep_id: 'S203', team: 'team_b', deals: 2, new_hire_deals: 2, median_days: 15 },
      { month: '2026-03', rep_id: 'S203', team: 'team_b', deals: 1, new_hire_deals: 1, median_days: 10 },
      { month: '2026-05', rep_id: 'S101', team: 'team_a', deals: 3, new_hire_deals: 0, median_days: 18.5 },
      { month: '2025-11', rep_id: 'S101', team: 'team_a', deals: 9, new_hire_deals: 0, median_days: 4 },
    ];
    const tab = insightsTab(
      json({ deal_cycle: { ...json().deal_cycle, reps: reps6 } }),
      reps,
      '2026-05-15',
      0,
      'en',
    );
    expect(
      values(
        section(
          tab,
          'Deal cycle by rep: median days from first lead to first deal, month by month (last six months)',
        ),
      ),
    ).toEqual([
      [
        'Rep',
        'Name',
        'Team',
        'New hire until',
        '2025-12',
        '2026-01',
        '2026-02',
        '2026-03',
        '2026-04',
        '2026-05',
        'First deals in six months',
      ],
      ['S101', 'Wang Lei', 'team_a', null, null, null, null, null, null, 18.5, 3],
      ['S203', 'Guo Xue', 'team_b', '2026-05-30', null, null, null, 10, null, 15, 3],
    ]);
  });

  test('shows each goal’s figures as its metric reads: rates as percents, revenue as money', () => {
    const goal = (metric_id: string, baseline: number, now: number): GoalJson => ({
      row: 2,
      metric: metric_id,
      metric_id,
      team: null,
      baseline_period: '2025-Q4',
      change: '+15%',
      wanted: 0.15,
      by_date: '2026-06-30',
      baseline,
      since_first: '2026-01-01',
      since_last: '2026-05-15',
      now,
      change_so_far: now / baseline - 1,
      progress: 0.5,
      elapsed: 0.75,
      status: 'off_pace',
    });
    const tab = insightsTab(
      json({ goals: [goal('lead_conversion', 0.2, 0.21), goal('revenue', 100_000, 90_000)] }),
      reps,
      '2026-05-15',
      0,
      'zh-CN',
    );
    const [header, conversion, revenue] = section(tab, '改进目标');
    const at = (id: string) => header!.findIndex((c) => c.value === id);
    expect([conversion?.[0]?.value, conversion?.[1]?.value, conversion?.[2]?.value]).toEqual([
      '线索转化率 +15%',
      '全部',
      '进度落后',
    ]);
    expect([conversion?.[at('基准值')], revenue?.[at('当前值')]]).toEqual([
      { value: 0.2, format: 'percent' },
      { value: 90_000, format: 'money' },
    ]);
    expect(conversion?.[at('统计起止')]?.value).toBe('2026-01-01 – 2026-05-15');
  });

  test('ranks channels by return on cost, those without a cost last', () => {
    const channel = (id: string, ret: number | null) => ({
      channel: id,
      name: null,
      cost: ret === null ? 0 : 1000,
      rewards: 0,
      other: 0,
      visits: 10,
      cost_per_visit: null,
      customers: 1,
      deals: 1,
      cost_per_deal: null,
      revenue: 1000,
      return_on_cost: ret,
    });
    const channels = [
      channel('flyers', 3),
      channel('walk_in', null),
      channel('mall_expo', 12),
      channel('cold_calls', 0),
    ];
    const tab = insightsTab(
      json({ channel_return: { first: '2026-02-16', last: '2026-05-15', channels } }),
      reps,
      '2026-05-15',
      0,
      'en',
    );
    expect(
      section(tab, 'Channel return: cost against the revenue of the customers each channel found')
        .slice(1)
        .map((r) => r[0]?.value),
    ).toEqual(['mall_expo', 'flyers', 'cold_calls', 'walk_in']);
  });
});
