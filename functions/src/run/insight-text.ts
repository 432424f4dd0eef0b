/**
 * The words of the Insights tab and its alerts, in English and Chinese: labels of tiers, statuses and
 * metrics, figures as a manager reads them (12.3%, 720,000, p = 0.046), and the sentences of the A/B
 * verdicts and of the summary at the top of the tab.
 */
import type { Tier } from '../domain/insights/customer-tier.js';
import { figureText } from '../outputs/numbers.js';
import type { GoalStatus } from '../domain/insights/goal-progress.js';
import type { MentoringStatus } from '../domain/insights/mentoring.js';
import type { Locale } from '../workbook/messages.js';
import type { AbTestJson, InsightsJson } from './insights-json.js';

export type Words = Readonly<Record<Locale, string>>;

export const TIER_LABEL: Readonly<Record<Tier, Words>> = {
  core: { en: 'Core', 'zh-CN': '核心' },
  growth: { en: 'Growth', 'zh-CN': '成长' },
  potential: { en: 'Potential', 'zh-CN': '潜力' },
  dormant: { en: 'Dormant', 'zh-CN': '沉睡' },
};

export const GOAL_STATUS: Readonly<Record<GoalStatus, Words>> = {
  met: { en: 'Met', 'zh-CN': '已达成' },
  on_pace: { en: 'On pace', 'zh-CN': '进度正常' },
  off_pace: { en: 'Off pace', 'zh-CN': '进度落后' },
  missed: { en: 'Missed', 'zh-CN': '未达成' },
  not_started: { en: 'Baseline still running', 'zh-CN': '基准期未结束' },
  no_baseline: { en: 'No baseline', 'zh-CN': '基准期无数据' },
  no_data: { en: 'No data yet', 'zh-CN': '暂无数据' },
  unknown_metric: { en: 'Unknown metric', 'zh-CN': '指标无法识别' },
  bad_change: { en: 'Change not understood', 'zh-CN': '目标变化无法识别' },
  bad_dates: { en: 'Date inside the baseline', 'zh-CN': '截止日期早于基准期结束' },
};

export const METRIC_LABEL: Readonly<Record<string, Words>> = {
  lead_conversion: { en: 'Lead conversion', 'zh-CN': '线索转化率' },
  deal_cycle: { en: 'Deal cycle', 'zh-CN': '成单周期' },
  new_hire_deal_cycle: { en: 'New hires’ deal cycle', 'zh-CN': '新人成单周期' },
  repurchase_rate: { en: 'Repurchase rate', 'zh-CN': '复购率' },
  revenue: { en: 'Revenue', 'zh-CN': '销售额' },
};

export const MENTORING_STATUS: Readonly<Record<MentoringStatus, Words>> = {
  met: { en: 'Reached', 'zh-CN': '达标' },
  short: { en: 'Short', 'zh-CN': '未达标' },
  no_leads: { en: 'No leads', 'zh-CN': '无线索' },
  no_benchmark: { en: 'Mentor has no leads', 'zh-CN': '导师无线索' },
  no_mentor: { en: 'No mentor', 'zh-CN': '未配导师' },
};

export const KIND_LABEL: Readonly<Record<'team' | 'channel', Words>> = {
  team: { en: 'Team', 'zh-CN': '团队' },
  channel: { en: 'Channel', 'zh-CN': '渠道' },
};

/** 0.123 → "12.3%". */
export const pct = (fraction: number | null, places = 1): string =>
  fraction === null ? '—' : `${(fraction * 100).toFixed(places)}%`;
/** 720000 → "720,000"; 1234.5 → "1,234.5". */
export const amount = (n: number): string => figureText(n);
/** A p-value as read: "p < 0.001", else two significant digits. */
export const pText = (p: number): string => (p < 0.001 ? 'p < 0.001' : `p = ${Number(p.toPrecision(2))}`);
/** "1 day", "3 days". */
export const daysEn = (n: number): string => `${n} day${n === 1 ? '' : 's'}`;

/** How a goal reads: "Lead conversion +15%". */
export function goalLabel(metricId: string | null, metric: string, change: string, locale: Locale): string {
  const label = metricId ? (METRIC_LABEL[metricId]?.[locale] ?? metric) : metric;
  return `${label} ${change}`;
}

/** The sentence of an A/B comparison, better script first. */
export function abVerdict(t: Omit<AbTestJson, 'verdict'>, minSample: number, significance: number): Words {
  const [a, b] = [t.first, t.second];
  if (!t.enough) {
    return {
      en: `Not enough data yet: script ${a.variant} has ${a.leads} leads and script ${b.variant} ${b.leads}; each needs at least ${minSample}.`,
      'zh-CN': `数据不足：话术${a.variant}有${a.leads}条线索，话术${b.variant}有${b.leads}条，每组至少需要${minSample}条。`,
    };
  }
  const p = t.p_value ?? 1;
  const diff = t.difference_points ?? 0;
  if (diff === 0) {
    return {
      en: `Scripts ${a.variant} and ${b.variant} convert alike (${pct(a.rate)} and ${pct(b.rate)}), ${pText(p)}, ${a.leads} and ${b.leads} leads.`,
      'zh-CN': `话术${a.variant}与话术${b.variant}转化率相当（${pct(a.rate)}、${pct(b.rate)}），${pText(p)}，线索分别为${a.leads}和${b.leads}条。`,
    };
  }
  const [better, worse] = diff > 0 ? [b, a] : [a, b];
  const points = Math.abs(diff).toFixed(1);
  const real = p < significance;
  return {
    en: `Script ${better.variant} converts ${points} points better than script ${worse.variant} (${pct(better.rate)} against ${pct(worse.rate)}), ${pText(p)}, ${better.leads} and ${worse.leads} leads: ${real ? 'a real difference' : 'this could still be chance'}.`,
    'zh-CN': `话术${better.variant}的转化率比话术${worse.variant}高${points}个百分点（${pct(better.rate)}对${pct(worse.rate)}），${pText(p)}，线索分别为${better.leads}和${worse.leads}条：${real ? '差异真实存在' : '仍可能出于偶然'}。`,
  };
}

/** The summary at the top of the tab: one line per section with something to say. */
export function summaryLines(json: InsightsJson, recentAnomalies: number, locale: Locale): string[] {
  const zh = locale === 'zh-CN';
  const lines: string[] = [];
  const t = json.customer_tiers;
  const count = (tier: Tier) => t.tiers.find((x) => x.tier === tier)?.customers ?? 0;
  lines.push(
    zh
      ? `客户分层：核心 ${count('core')}、成长 ${count('growth')}、潜力 ${count('potential')}、沉睡 ${count('dormant')}；${t.win_back.length} 位核心客户已 ${t.thresholds.silence_days} 天以上无往来，需挽回。`
      : `Customers: ${count('core')} core, ${count('growth')} growth, ${count('potential')} potential, ${count('dormant')} dormant; ${t.win_back.length} core customer${t.win_back.length === 1 ? ' has' : 's have'} had no contact for ${t.thresholds.silence_days} days or more: win them back.`,
  );
  const c = json.deal_cycle.last_12_months;
  if (c.new_hires.median_days !== null && c.others.median_days !== null) {
    const longer =
      c.longer_by === null
        ? ''
        : zh
          ? `，${c.longer_by >= 0 ? '长' : '短'} ${pct(Math.abs(c.longer_by), 0)}`
          : `: ${pct(Math.abs(c.longer_by), 0)} ${c.longer_by >= 0 ? 'longer' : 'shorter'}`;
    lines.push(
      zh
        ? `近12个月成单周期（首次线索到首单）：新人中位数 ${c.new_hires.median_days} 天，其他人 ${c.others.median_days} 天${longer}。`
        : `Deal cycle over the last 12 months (first lead to first deal): new hires a median ${c.new_hires.median_days} days, the rest ${c.others.median_days}${longer}.`,
    );
  }
  const hires = json.mentoring.flatMap((m) => (m.mentor_id ? m.new_hires : []));
  const judged = hires.filter((h) => h.status === 'met' || h.status === 'short');
  if (judged.length > 0) {
    const short = judged.filter((h) => h.status === 'short').map((h) => h.rep_id);
    lines.push(
      zh
        ? `带教：${judged.length} 位新人中 ${judged.length - short.length} 位达到导师成单率的达标线${short.length ? `，未达标：${short.join('、')}` : ''}。`
        : `Mentoring: ${judged.length - short.length} of ${judged.length} new hires reach the bar set by their mentor’s close rate${short.length ? `; short: ${short.join(', ')}` : ''}.`,
    );
  }
  if (json.goals.length > 0) {
    const n = (s: string) => json.goals.filter((g) => g.status === s).length;
    lines.push(
      zh
        ? `改进目标：${n('met')} 项已达成，${n('on_pace')} 项进度正常，${n('off_pace')} 项进度落后，${n('missed')} 项未达成（共 ${json.goals.length} 项）。`
        : `Goals: ${n('met')} met, ${n('on_pace')} on pace, ${n('off_pace')} off pace, ${n('missed')} missed (of ${json.goals.length}).`,
    );
  }
  const a = json.anomalies;
  const latest = a.weeks[0];
  lines.push(
    latest && recentAnomalies > 0
      ? zh
        ? `近4周有 ${recentAnomalies} 处周转化率骤降（标红），最近一处：${KIND_LABEL[latest.kind][locale]} ${latest.group}，${latest.week} 当周 ${pct(latest.rate)}，前4周均值 ${pct(latest.trailing_mean)}。`
        : `${recentAnomalies} sharp fall${recentAnomalies === 1 ? '' : 's'} in weekly conversion in the last 4 weeks (red alerts); latest: ${latest.kind} ${latest.group}, week of ${latest.week}, ${pct(latest.rate)} against ${pct(latest.trailing_mean)} over the 4 weeks before.`
      : zh
        ? `近4周没有周转化率骤降（共检查 ${a.judged} 个团队或渠道周）。`
        : `No sharp fall in weekly conversion in the last 4 weeks (${a.judged} team and channel weeks judged in all).`,
  );
  for (const ab of json.ab_tests) lines.push(ab.verdict);
  const r = json.channel_return;
  const ranked = r.channels
    .filter((x) => x.return_on_cost !== null)
    .sort((x, y) => y.return_on_cost! - x.return_on_cost!);
  const best = ranked[0];
  const worst = ranked[ranked.length - 1];
  if (best && worst && ranked.length > 1) {
    lines.push(
      zh
        ? `渠道投入产出（${r.first} 至 ${r.last}）：最高 ${best.name ?? best.channel} 1:${best.return_on_cost}，最低 ${worst.name ?? worst.channel} 1:${worst.return_on_cost}。`
        : `Channel return from ${r.first} to ${r.last}: best ${best.name ?? best.channel}, ${best.return_on_cost} of revenue per 1 of cost; worst ${worst.name ?? worst.channel}, ${worst.return_on_cost}.`,
    );
  }
  return lines;
}
