import { describe, expect, test } from 'vitest';
import type { ChannelGapJson } from './campaign-json.js';
import { channelAlerts } from './channel-alerts.js';

const rate = { actual: null, plan: null };
const gap = (over: Partial<ChannelGapJson>): ChannelGapJson => ({
  channel: 'cold_calls',
  phase: 'registration',
  target_to_date: 401.8,
  actual_to_date: 300,
  gap: 101.8,
  remaining_target: 316,
  remaining_days: 24,
  required_daily: 13.17,
  projected_total: 435.85,
  status: 'off_track',
  cost: 0,
  cost_per_visit: 0,
  name: 'Cold calls',
  phase_start: '2026-03-24',
  phase_end: '2026-06-08',
  phase_state: 'in_progress',
  elapsed_days: 53,
  has_target: true,
  daily_target: 8,
  phase_target: 616,
  completion: 0.7466,
  required_weekday: 10.9,
  required_weekend: 17.6,
  headcount: 20,
  leads_per_person_day: 0.2,
  leads_per_person_target: 20,
  conversion: { visit_to_registration: rate, registration_to_subscription: rate, subscription_to_deal: rate },
  ...over,
});

describe('channelAlerts', () => {
  test('a channel off track in the phase in progress is a high alert saying what it must do a day', () => {
    const [alert] = channelAlerts([gap({})]);
    expect(alert).toMatchObject({ severity: 'high', rule: 'channel_off_track', rep_id: null, period: null });
    expect(alert?.figures).toMatchObject({
      channel: 'cold_calls',
      phase: 'registration',
      gap: 101.8,
      required_daily: 13.17,
    });
    expect(alert?.message.en).toBe(
      'Cold calls (cold_calls) is off track in phase registration: 300 visits against 401.8 to date (74.7%), 101.8 behind. ' +
        'It needs 13.17 visits a day over the remaining 24 days (10.9 each weekday, 17.6 each weekend day).',
    );
    expect(alert?.message['zh-CN']).toBe(
      'Cold calls（cold_calls）在 registration 阶段进度落后：累计到访 300，累计目标 401.8（完成 74.7%），缺口 101.8。' +
        '剩余 24 天需日均到访 13.17（工作日每天 10.9，周末每天 17.6）。',
    );
  });

  test('a channel at risk is a medium alert', () => {
    expect(
      channelAlerts([gap({ status: 'at_risk', completion: 0.9 })]).map((a) => [a.severity, a.rule]),
    ).toEqual([['medium', 'channel_at_risk']]);
  });

  test('channels on track, and phases that have ended or not begun, raise none', () => {
    expect(
      channelAlerts([
        gap({ status: 'on_track' }),
        gap({ phase_state: 'ended' }),
        gap({ phase_state: 'upcoming' }),
      ]),
    ).toEqual([]);
  });
});
