/**
 * The `Insights` tab (SPEC section 12): a line per section saying what matters, then the sections —
 * customer tiers and the core customers to win back, deal cycles (new hires against the rest, by rep),
 * revenue per active rep, mentoring, improvement goals, weeks whose conversion fell, A/B tests of
 * scripts, channel return. Long tables show the recent months; the JSON holds them all. An empty
 * section says why it is empty.
 */
import type { OutputTabSpec } from '../../../sheets-templates/define.js';
import { insights } from '../../../sheets-templates/output/insights.js';
import { addDays, type Day } from '../domain/days.js';
import { monthOf, previousPeriod, type Period } from '../domain/periods.js';
import {
  GOAL_STATUS,
  goalLabel,
  KIND_LABEL,
  MENTORING_STATUS,
  TIER_LABEL,
  summaryLines,
  type Words,
} from '../run/insight-text.js';
import type { GoalJson, InsightsJson } from '../run/insights-json.js';
import type { Locale } from '../workbook/messages.js';
import type { OutputCell, OutputTab } from '../workbook/port.js';
import { layoutTab, type SectionRow } from './layout.js';
import { figureText } from './numbers.js';

/** Months shown of the month-by-month deal cycle, and of the per-rep and per-team tables. */
const CYCLE_MONTHS = 12;
const RECENT_MONTHS = 6;

const EMPTY: Readonly<Record<string, Words>> = {
  tiers: { en: 'No customer has bought yet.', 'zh-CN': '暂无成交客户。' },
  win_back: { en: 'No core customer has gone quiet.', 'zh-CN': '没有久未往来的核心客户。' },
  cycle_months: { en: 'No first deal follows a lead yet.', 'zh-CN': '暂无从线索到首单的记录。' },
  cycle_reps: { en: 'No first deal in the last six months.', 'zh-CN': '近六个月无首单。' },
  productivity: { en: 'No revenue in the last six months.', 'zh-CN': '近六个月无业绩。' },
  mentoring: {
    en: 'No rep has a mentor (Reps tab, mentor_id), and no new hire is without one.',
    'zh-CN': '暂无配有导师的新人（人员表“导师工号”）。',
  },
  goals: {
    en: 'No goal yet: add rows to the Goals tab (metric, team, baseline period, change such as +15%, by date).',
    'zh-CN': '暂无目标：请在“改进目标”表填写指标、团队、基准期间、目标变化（如 +15%）和截止日期。',
  },
  anomalies: { en: 'No week’s conversion fell sharply.', 'zh-CN': '没有周转化率骤降。' },
  ab_tests: {
    en: 'No A/B test: mark the rows worked with each script in the Activity tab’s variant column.',
    'zh-CN': '暂无A/B测试：在业绩明细表“话术版本”列标注所用话术。',
  },
  channel_return: { en: 'No channel.', 'zh-CN': '暂无渠道。' },
};

const note = (value: string): OutputCell => ({ value, style: 'note' });

/** The month `n` months before `month`. */
function monthsBack(month: Period, n: number): Period {
  let m = month;
  for (let i = 0; i < n; i++) m = previousPeriod(m);
  return m;
}

function tierRules(t: InsightsJson['customer_tiers']['thresholds'], locale: Locale): Record<string, string> {
  const [core, growth, days] = [figureText(t.core_amount), figureText(t.growth_amount), t.dormant_days];
  return locale === 'zh-CN'
    ? {
        core: `近12个月成交 ≥ ${core} 且购买 ≥ ${t.core_purchases} 次，${days} 天内有成交`,
        growth: `近12个月成交 ≥ ${growth} 或已复购，${days} 天内有成交`,
        potential: `近12个月仅一次成交且低于 ${growth}，${days} 天内有成交`,
        dormant: `超过 ${days} 天未成交`,
      }
    : {
        core: `${core} or more and ${t.core_purchases} purchases or more in 12 months, a deal within ${days} days`,
        growth: `${growth} or more, or a second purchase, in 12 months, a deal within ${days} days`,
        potential: `a single purchase below ${growth} in 12 months, within ${days} days`,
        dormant: `no deal for more than ${days} days`,
      };
}

/** A goal's figure in the format of its metric: rates as percents, revenue as money, cycles in days. */
function goalFigure(g: GoalJson, value: number | null): OutputCell {
  const format =
    g.metric_id === 'lead_conversion' || g.metric_id === 'repurchase_rate'
      ? 'percent'
      : g.metric_id === 'revenue'
        ? 'money'
        : 'number';
  return { value, format };
}

function goalRow(g: GoalJson, locale: Locale): SectionRow {
  return {
    metric: goalLabel(g.metric_id, g.metric, g.change, locale),
    team: g.team ?? (locale === 'zh-CN' ? '全部' : 'All'),
    status: GOAL_STATUS[g.status][locale],
    wanted: g.wanted,
    change: g.change_so_far,
    progress: g.progress,
    elapsed: g.elapsed,
    baseline_period: g.baseline_period,
    baseline: goalFigure(g, g.baseline),
    since: g.since_first && g.since_last ? `${g.since_first} – ${g.since_last}` : null,
    now: goalFigure(g, g.now),
    by_date: g.by_date,
  };
}

/** A rep as the tab names them. */
export interface TabRep {
  readonly rep_id: string;
  readonly name: string;
  readonly hire_date: Day;
}

/** The six months shown, oldest first, ending with the month of `as_of`. */
function recentMonths(month: Period): Period[] {
  return Array.from({ length: RECENT_MONTHS }, (_, i) => monthsBack(month, RECENT_MONTHS - 1 - i));
}

/** One row per rep with a first deal in the months shown: the median days of each month, and when the rep stopped being new. */
function cycleByRep(json: InsightsJson, reps: readonly TabRep[], months: readonly Period[]): SectionRow[] {
  const byRep = new Map<
    string,
    { team: string | null; months: Map<Period, { deals: number; median: number }> }
  >();
  for (const r of json.deal_cycle.reps) {
    if (!months.includes(r.month)) continue;
    let rep = byRep.get(r.rep_id);
    if (!rep) byRep.set(r.rep_id, (rep = { team: r.team, months: new Map() }));
    rep.months.set(r.month, { deals: r.deals, median: r.median_days });
  }
  const info = new Map(reps.map((r) => [r.rep_id, r]));
  return [...byRep.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([repId, { team, months: m }]) => {
      const rep = info.get(repId);
      const until = rep ? addDays(rep.hire_date, json.deal_cycle.new_hire_days - 1) : null;
      const row: Record<string, string | number | null> = {
        rep_id: repId,
        name: rep?.name ?? null,
        team,
        new_hire_until: until && until >= `${months[0]}-01` ? until : null,
        deals: [...m.values()].reduce((sum, x) => sum + x.deals, 0),
      };
      months.forEach((month, i) => (row[`m${i + 1}`] = m.get(month)?.median ?? null));
      return row;
    });
}

/** The declaration with the month columns of the per-rep deal cycle titled with their months. */
function specFor(months: readonly Period[]): OutputTabSpec {
  return {
    ...insights,
    sections: insights.sections.map((section) =>
      section.id !== 'cycle_reps'
        ? section
        : {
            ...section,
            columns: section.columns.map((c) => {
              const month = /^m(\d)$/.exec(c.id) ? months[Number(c.id.slice(1)) - 1] : undefined;
              return month ? { ...c, en: month, zh: month } : c;
            }),
          },
    ),
  };
}

function sections(
  json: InsightsJson,
  reps: readonly TabRep[],
  asOf: Day,
  locale: Locale,
): Record<string, SectionRow[]> {
  const names = new Map(reps.map((r) => [r.rep_id, r.name]));
  const month = monthOf(asOf);
  const recent = monthsBack(month, RECENT_MONTHS - 1);
  const cycleFrom = monthsBack(month, CYCLE_MONTHS - 1);
  const t = json.customer_tiers;
  const rules = tierRules(t.thresholds, locale);
  return {
    tiers:
      t.customers.length === 0
        ? []
        : t.tiers.map((x) => ({
            tier: TIER_LABEL[x.tier][locale],
            customers: x.customers,
            amount: x.amount,
            share: x.share,
            rule: note(rules[x.tier] ?? ''),
          })),
    win_back: t.win_back.map((c) => ({ ...c, name: names.get(c.rep_id) ?? null })),
    cycle_months: json.deal_cycle.months
      .filter((m) => m.month >= cycleFrom)
      .map((m) => ({
        month: m.month,
        new_hire_deals: m.new_hires.deals,
        new_hire_days: m.new_hires.median_days,
        other_deals: m.others.deals,
        other_days: m.others.median_days,
        longer_by: m.longer_by,
      })),
    cycle_reps: cycleByRep(json, reps, recentMonths(month)),
    productivity: json.productivity.filter((p) => p.month >= recent).map((p) => ({ ...p })),
    mentoring: json.mentoring.flatMap((m) =>
      m.new_hires.map((h) => ({
        mentor_id: m.mentor_id,
        mentor_name: m.mentor_id ? (names.get(m.mentor_id) ?? null) : null,
        rep_id: h.rep_id,
        name: names.get(h.rep_id) ?? null,
        result: `${MENTORING_STATUS[h.status][locale]}${h.complete ? '' : locale === 'zh-CN' ? '（进行中）' : ' (so far)'}`,
        first: h.hire_date,
        last: h.window_end,
        leads: h.leads,
        deals: h.deals,
        close_rate: h.close_rate,
        mentor_close_rate: h.mentor_close_rate,
        target: h.target_rate,
      })),
    ),
    goals: json.goals.map((g) => goalRow(g, locale)),
    anomalies: json.anomalies.weeks.map((a) => ({
      week: a.week,
      kind: KIND_LABEL[a.kind][locale],
      group: a.group,
      leads: a.leads,
      rate: a.rate,
      trailing_mean: a.trailing_mean,
      fall: a.fall,
      p_value: a.p_value,
    })),
    ab_tests: json.ab_tests.map((ab) => ({
      first: ab.first.variant,
      first_leads: ab.first.leads,
      first_rate: ab.first.rate,
      second: ab.second.variant,
      second_leads: ab.second.leads,
      second_rate: ab.second.rate,
      difference: ab.difference_points,
      p_value: ab.p_value,
      verdict: note(ab.verdict),
    })),
    channel_return: [...json.channel_return.channels]
      .sort(
        (a, b) =>
          (b.return_on_cost ?? -Infinity) - (a.return_on_cost ?? -Infinity) ||
          a.channel.localeCompare(b.channel),
      )
      .map((c) => ({ ...c })),
  };
}

export function insightsTab(
  json: InsightsJson,
  reps: readonly TabRep[],
  asOf: Day,
  recentAnomalies: number,
  locale: Locale,
): OutputTab {
  const spec = specFor(recentMonths(monthOf(asOf)));
  const rows = sections(json, reps, asOf, locale);
  for (const section of spec.sections) {
    const empty = EMPTY[section.id];
    if (rows[section.id]?.length === 0 && empty)
      rows[section.id] = [{ [section.columns[0]!.id]: note(empty[locale]) }];
  }
  return layoutTab(spec, rows, locale, summaryLines(json, recentAnomalies, locale), { frozenColumns: 1 });
}
