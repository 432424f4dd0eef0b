import { describe, expect, test } from 'vitest';
import type { ChannelGapJson } from '../run/campaign-json.js';
import { channelGapsTab } from './channel-gaps-tab.js';

const rate = { actual: null, plan: null };
const gap = (channel: string, over: Partial<ChannelGapJson>): ChannelGapJson => ({
  channel,
  phase: 'registration',
  target_to_date: 100,
  actual_to_date: 100,
  gap: 0,
  remaining_target: 50,
  remaining_days: 24,
  required_daily: 2.08,
  projected_total: 150,
  status: 'on_track',
  cost: 0,
  cost_per_visit: 0,
  name: null,
  phase_start: '2026-03-24',
  phase_end: '2026-06-08',
  phase_state: 'in_progress',
  elapsed_days: 53,
  has_target: true,
  daily_target: 2,
  phase_target: 150,
  completion: 1,
  required_weekday: 1.7,
  required_weekend: 3,
  headcount: 4,
  leads_per_person_day: null,
  leads_per_person_target: null,
  conversion: { visit_to_registration: rate, registration_to_subscription: rate, subscription_to_deal: rate },
  ...over,
});
const gaps = [
  gap('flyers', { status: 'on_track', completion: 1.2 }),
  gap('walk_in', { has_target: false, completion: null, target_to_date: 0 }),
  gap('cold_calls', { status: 'off_track', completion: 0.7 }),
  gap('mall_expo', { status: 'at_risk', completion: 0.9 }),
  gap('key_accounts', {
    phase: 'subscription',
    phase_start: '2026-06-09',
    phase_state: 'upcoming',
    completion: null,
    target_to_date: 0,
  }),
  gap('competitor_intercept', { status: 'off_track', completion: 0.6 }),
];
const coverage = [
  {
    phase: 'registration',
    required_daily: 78,
    planned_daily: 19,
    shortfall_daily: 59,
    coverage: 0.2436,
    actual_daily: 60.5,
    actual_to_date: 3206,
  },
];

describe('channelGapsTab', () => {
  const tab = channelGapsTab(gaps, coverage, '2026-05-15', 'en');
  const header = tab.rows.findIndex((r) => r[0]?.style === 'header');
  const body = tab.rows.slice(header + 1, header + 1 + gaps.length);

  test('opens with how many channels of the phase in progress are behind', () => {
    expect(tab.rows[0]?.[0]?.value).toBe(
      'As of 2026-05-15, phase registration (day 53/77): 2 channels off track, 1 at risk, 1 on track.',
    );
  });

  test('lists the phase in progress first, furthest behind first, channels without a target after, then later phases', () => {
    expect(body.map((r) => [r[1]?.value, r[3]?.value])).toEqual([
      ['competitor_intercept', 'Off track'],
      ['cold_calls', 'Off track'],
      ['mall_expo', 'At risk'],
      ['flyers', 'On track'],
      ['walk_in', 'No target'],
      ['key_accounts', 'Not started'],
    ]);
  });

  test('puts what a channel must do a day right after how far behind it is', () => {
    expect(tab.rows[header]?.slice(4, 9).map((c) => c.value)).toEqual([
      'Done to date',
      'Behind by (− ahead)',
      'Needed a day from now',
      'Each weekday',
      'Each weekend day',
    ]);
  });

  test('speaks Chinese in a Chinese workbook', () => {
    const zh = channelGapsTab(gaps, coverage, '2026-05-15', 'zh-CN');
    expect(zh.title).toBe('渠道缺口');
    expect(zh.rows[0]?.[0]?.value).toBe(
      '截至 2026-05-15，registration 阶段（第 53/77 天）：2 个渠道落后，1 个有风险，1 个正常。',
    );
    expect(zh.rows.flat().some((c) => c.value === '今后日均需到访')).toBe(true);
  });

  test('without a campaign says what to fill in', () => {
    const empty = channelGapsTab([], [], '2026-05-15', 'en');
    expect(empty.rows[0]?.[0]?.value).toMatch(/^No campaign: fill in the Campaign, Phases and Channels tabs/);
  });
});
