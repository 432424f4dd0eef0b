/**
 * The `Channel Gaps` tab (SPEC section 6): a line a phase saying how many channels are behind, then
 * every channel and phase, the phase in progress first and within it the furthest behind first, so the
 * top rows say which channel is behind, by how much, and what it must bring a day from now on; then
 * the plan's coverage.
 */
import { channelGaps as spec } from '../../../sheets-templates/output/channel-gaps.js';
import type { GapStatus } from '../domain/channels/gap-status.js';
import type { Day } from '../domain/days.js';
import type { ChannelGapJson, CoverageJson } from '../run/campaign-json.js';
import type { Locale } from '../workbook/messages.js';
import type { OutputTab } from '../workbook/port.js';
import { labelOf, layoutTab, type SectionRow } from './layout.js';

const STATUS: Readonly<Record<GapStatus | 'no_target' | 'not_started', { en: string; zh: string }>> = {
  off_track: { en: 'Off track', zh: '落后' },
  at_risk: { en: 'At risk', zh: '有风险' },
  on_track: { en: 'On track', zh: '正常' },
  // Both are on track in the results (nothing is due); the tab says why.
  no_target: { en: 'No target', zh: '无目标' },
  not_started: { en: 'Not started', zh: '未开始' },
};
const SEVERITY: Readonly<Record<GapStatus, number>> = { off_track: 0, at_risk: 1, on_track: 2 };
const STATE_ORDER = { in_progress: 0, upcoming: 1, ended: 2 } as const;

const NO_CAMPAIGN = {
  en: 'No campaign: fill in the Campaign, Phases and Channels tabs to follow each channel’s visits against its target.',
  zh: '暂无蓄客计划：填写“蓄客计划”“阶段”和“渠道”表后即可跟踪各渠道到访进度。',
} as const;

/** One line per phase in progress: how many channels are behind. */
function summary(gaps: readonly ChannelGapJson[], asOf: Day, locale: Locale): string[] {
  const phases = [...new Set(gaps.filter((g) => g.phase_state === 'in_progress').map((g) => g.phase))];
  return phases.map((phase) => {
    const rows = gaps.filter((g) => g.phase === phase && g.has_target);
    const count = (s: GapStatus) => rows.filter((g) => g.status === s).length;
    const first = rows[0];
    const day = first ? `${first.elapsed_days}/${first.elapsed_days + first.remaining_days}` : '';
    return locale === 'zh-CN'
      ? `截至 ${asOf}，${phase} 阶段（第 ${day} 天）：${count('off_track')} 个渠道落后，${count('at_risk')} 个有风险，${count('on_track')} 个正常。`
      : `As of ${asOf}, phase ${phase} (day ${day}): ${count('off_track')} channels off track, ${count('at_risk')} at risk, ${count('on_track')} on track.`;
  });
}

/** The phase in progress first, then upcoming phases, then ended ones; within a phase, the furthest behind first. */
function readingOrder(a: ChannelGapJson, b: ChannelGapJson): number {
  return (
    STATE_ORDER[a.phase_state] - STATE_ORDER[b.phase_state] ||
    a.phase_start.localeCompare(b.phase_start) ||
    Number(b.has_target) - Number(a.has_target) ||
    SEVERITY[a.status] - SEVERITY[b.status] ||
    (a.completion ?? Infinity) - (b.completion ?? Infinity) ||
    a.channel.localeCompare(b.channel)
  );
}

function channelRow(g: ChannelGapJson, locale: Locale): SectionRow {
  return {
    phase: g.phase,
    channel: g.channel,
    name: g.name,
    status: labelOf(
      STATUS[!g.has_target ? 'no_target' : g.phase_state === 'upcoming' ? 'not_started' : g.status],
      locale,
    ),
    completion: g.completion,
    gap: g.gap,
    required_daily: g.required_daily,
    required_weekday: g.required_weekday,
    required_weekend: g.required_weekend,
    daily_target: g.daily_target,
    target_to_date: g.target_to_date,
    actual_to_date: g.actual_to_date,
    remaining_target: g.remaining_target,
    remaining_days: g.remaining_days,
    projected_total: g.projected_total,
    phase_target: g.phase_target,
    leads_per_person_day: g.leads_per_person_day,
    leads_per_person_target: g.leads_per_person_target,
    visit_to_registration: g.conversion.visit_to_registration.actual,
    visit_to_registration_plan: g.conversion.visit_to_registration.plan,
    registration_to_subscription: g.conversion.registration_to_subscription.actual,
    registration_to_subscription_plan: g.conversion.registration_to_subscription.plan,
    subscription_to_deal: g.conversion.subscription_to_deal.actual,
    subscription_to_deal_plan: g.conversion.subscription_to_deal.plan,
    cost: g.cost,
    cost_per_visit: g.cost_per_visit,
  };
}

/** The tab; without a campaign it says what to fill in. */
export function channelGapsTab(
  gaps: readonly ChannelGapJson[],
  coverage: readonly CoverageJson[],
  asOf: Day,
  locale: Locale,
): OutputTab {
  if (gaps.length === 0 && coverage.length === 0)
    return layoutTab(spec, {}, locale, [labelOf(NO_CAMPAIGN, locale)]);
  return layoutTab(
    spec,
    {
      channels: [...gaps].sort(readingOrder).map((g) => channelRow(g, locale)),
      coverage: coverage.map((c) => ({ ...c })),
    },
    locale,
    summary(gaps, asOf, locale),
    { frozenColumns: 3 },
  );
}
