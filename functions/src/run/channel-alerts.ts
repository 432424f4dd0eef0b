/**
 * Channel alerts (SPEC sections 6 and 7): one per channel and phase in progress that is off track
 * (high) or at risk (medium), with the figures behind it and what the channel must bring a day from
 * now on. A phase that has ended raises none: its result stands in Channel Gaps, and nothing can be
 * done about it any more.
 *
 * @example
 * // Cold calls, registration phase, as of 2026-05-15: 300 visits against 401.8 to date
 * //=> { severity: 'high', rule: 'channel_off_track', rep_id: null, period: null,
 * //     message: { en: 'Cold calls (cold_calls) is off track in phase registration: 300 visits against 401.8 to date (74.7%), 101.8 behind. …' } }
 */
import type { Alert } from './alerts.js';
import type { ChannelGapJson } from './campaign-json.js';

const RULES = {
  off_track: { rule: 'channel_off_track', severity: 'high', en: 'off track', zh: '进度落后' },
  at_risk: { rule: 'channel_at_risk', severity: 'medium', en: 'at risk', zh: '存在风险' },
} as const;

const pct = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

export function channelAlerts(gaps: readonly ChannelGapJson[]): Alert[] {
  return gaps.flatMap((g): Alert[] => {
    if (g.status === 'on_track' || g.phase_state !== 'in_progress') return [];
    const r = RULES[g.status];
    const label = g.name ? `${g.name} (${g.channel})` : g.channel;
    const zhLabel = g.name ? `${g.name}（${g.channel}）` : g.channel;
    const need =
      g.required_daily === null
        ? ''
        : ` It needs ${g.required_daily} visits a day over the remaining ${g.remaining_days} days (${g.required_weekday} each weekday, ${g.required_weekend} each weekend day).`;
    const zhNeed =
      g.required_daily === null
        ? ''
        : `剩余 ${g.remaining_days} 天需日均到访 ${g.required_daily}（工作日每天 ${g.required_weekday}，周末每天 ${g.required_weekend}）。`;
    return [
      {
        severity: r.severity,
        rule: r.rule,
        rep_id: null,
        period: null,
        figures: {
          channel: g.channel,
          phase: g.phase,
          target_to_date: g.target_to_date,
          actual_to_date: g.actual_to_date,
          gap: g.gap,
          completion: g.completion,
          remaining_days: g.remaining_days,
          required_daily: g.required_daily,
        },
        message: {
          en: `${label} is ${r.en} in phase ${g.phase}: ${g.actual_to_date} visits against ${g.target_to_date} to date (${pct(g.completion)}), ${g.gap} behind.${need}`,
          'zh-CN': `${zhLabel}在 ${g.phase} 阶段${r.zh}：累计到访 ${g.actual_to_date}，累计目标 ${g.target_to_date}（完成 ${pct(g.completion)}），缺口 ${g.gap}。${zhNeed}`,
        },
      },
    ];
  });
}
