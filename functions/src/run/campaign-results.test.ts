import { describe, expect, test } from 'vitest';
import { ingest } from '../workbook/ingest.js';
import type { RawTab } from '../workbook/port.js';
import { campaignResults } from './campaign-results.js';
import { planFunnel } from './funnel-inputs.js';

// A small workbook: two reps, two channels, a phase from Monday 2026-05-04, visits and one tour
const tabs: RawTab[] = [
  {
    title: 'Settings',
    rows: [
      ['key', 'value'],
      ['locale', 'en'],
    ],
  },
  {
    title: 'Reps',
    rows: [
      ['rep_id', 'name', 'team', 'channel', 'hire_date', 'plan'],
      ['S101', 'Ann', 'T1', 'key_accounts', '2026-01-05', 'standard'],
      ['S102', 'Bo', 'T2', 'flyers', '2026-01-05', 'standard'],
    ],
  },
  {
    title: 'Campaign',
    rows: [
      ['key', 'value'],
      ['unit_target', '90'],
      ['deal_from_subscription', '70%'],
      ['subscription_from_registration', '50%'],
      ['registration_from_visit', '30%'],
    ],
  },
  {
    title: 'Phases',
    rows: [
      ['phase', 'start', 'end', 'visit_share'],
      ['registration', '2026-05-04', '2026-05-31', '100%'],
    ],
  },
  {
    title: 'Channels',
    rows: [
      ['channel', 'name', 'headcount', 'daily_visit_target', 'weekday_share', 'weekend_share'],
      ['key_accounts', 'Key accounts', '1', '11', '60%', '40%'],
      ['flyers', 'Flyers', '1', '', '', ''],
    ],
  },
  {
    title: 'Rewards',
    rows: [
      ['rule', 'kind', 'trigger', 'amount', 'min', 'recipient'],
      ['organiser_card', 'event_tier', 'tour_group', '500', '30', 'external'],
    ],
  },
  {
    title: 'Activity',
    rows: [
      ['date', 'rep_id', 'type', 'quantity'],
      ['2026-05-04', 'S101', 'visit', '30'],
      ['2026-05-09', 'S101', 'visit', '40'],
      ['2026-05-09', 'S101', 'tour_group', '35'],
      ['2026-05-05', 'S102', 'visit', '12'],
    ],
  },
];

describe('campaignResults', () => {
  const inputs = ingest(tabs).inputs;
  const result = campaignResults(inputs, planFunnel(inputs).result, '2026-05-10', 'en');

  test('reports each channel’s gap per phase in the fields of SPEC section 10', () => {
    const ka = result.channelGaps.find((g) => g.channel === 'key_accounts');
    expect(ka).toMatchObject({
      phase: 'registration',
      target_to_date: 77,
      actual_to_date: 70,
      gap: 7,
      remaining_target: 238,
      remaining_days: 21,
      required_daily: 11.33,
      projected_total: 280,
      status: 'at_risk',
      cost: 500,
      cost_per_visit: 7.14,
    });
  });

  test('a channel with no target is listed, asks nothing, and is on track', () => {
    const flyers = result.channelGaps.find((g) => g.channel === 'flyers');
    expect(flyers).toMatchObject({
      has_target: false,
      target_to_date: 0,
      actual_to_date: 12,
      gap: -12,
      status: 'on_track',
      daily_target: null,
    });
  });

  test('gives the reward lines, the alerts and the leaderboard sections', () => {
    expect(result.rewardLines.map((l) => [l.rule, l.recipient, l.channel, l.amount.toFixed()])).toEqual([
      ['organiser_card', 'external', 'key_accounts', '500'],
    ]);
    expect(result.alerts.map((a) => a.rule)).toEqual(['channel_at_risk']);
    expect(result.leaderboardSections.channels).toEqual([
      {
        week: '2026-05-04',
        rank: 1,
        channel: 'key_accounts',
        name: 'Key accounts',
        target: 77,
        actual: 70,
        completion: 0.9091,
        next_pick: 1,
      },
    ]);
    expect(result.leaderboardSections.teams.map((r) => [r.team, r.target, r.actual])).toEqual([
      ['T1', 77, 70],
    ]);
  });

  test('without a campaign gives only the reward lines, and a tab saying what to fill in', () => {
    const bare = campaignResults(inputs, undefined, '2026-05-10', 'en');
    expect([bare.channelGaps, bare.alerts, bare.leaderboardSections]).toEqual([
      [],
      [],
      { channels: [], teams: [] },
    ]);
    expect(bare.rewardLines).toHaveLength(1);
    expect(bare.channelGapsTab.rows[0]?.[0]?.value).toMatch(/^No campaign/);
  });
});
