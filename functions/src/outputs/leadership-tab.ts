/**
 * The `Leadership` tab (SPEC section 9): the run's results rolled up for leadership. Built from the
 * results (SPEC section 10) alone, so the tab, the leadership spreadsheet's charts and the local HTML
 * report all read the same figures.
 */
import { leadership as spec } from '../../../sheets-templates/output/leadership.js';
import type { Results } from '../run/results.js';
import type { Locale } from '../workbook/messages.js';
import type { OutputTab } from '../workbook/port.js';
import { labelOf, layoutTab } from './layout.js';

export interface TeamRollup {
  team: string;
  reps: number;
  revenue: number;
  target: number;
  /** Revenue ÷ target; null without a target. */
  attainment: number | null;
  average_score: number | null;
  pay: number;
}

export interface ChannelStatus {
  channel: string;
  name: string;
  phase: string;
  status: 'on_track' | 'at_risk' | 'off_track';
  target_to_date: number;
  actual_to_date: number;
  gap: number;
  completion: number | null;
}

export interface LeadershipSummary {
  as_of: string;
  /** The latest month with a graded scorecard; null before any. */
  period: string | null;
  teams: TeamRollup[];
  grades: { grade: string; reps: number; share: number }[];
  channels: ChannelStatus[];
  funnel: { stage: 'visits' | 'registrations' | 'subscriptions' | 'deals'; plan: number }[];
}

const MONTH = /^\d{4}-\d{2}$/;
const cents = (n: number) => Math.round(n * 100);
const GRADE_ORDER = ['S', 'A', 'B', 'C', 'D', 'E'];

/** The roll-ups of a run's results. */
export function leadershipSummary(results: Results): LeadershipSummary {
  const months = results.scorecards
    .filter((s) => MONTH.test(s.period) && s.period <= results.as_of.slice(0, 7) && s.grade !== null)
    .map((s) => s.period);
  const period = months.length > 0 ? months.reduce((a, b) => (a > b ? a : b)) : null;
  const cards = results.scorecards.filter((s) => s.period === period);
  const teamOf = new Map(cards.map((c) => [c.rep_id, c.team ?? '—']));
  const byTeam = new Map<
    string,
    { reps: number; revenue: number; target: number; scores: number[]; pay: number }
  >();
  const team = (name: string) => {
    const t = byTeam.get(name) ?? { reps: 0, revenue: 0, target: 0, scores: [], pay: 0 };
    byTeam.set(name, t);
    return t;
  };
  for (const c of cards) {
    const t = team(c.team ?? '—');
    t.reps += 1;
    const revenue = c.kpis.revenue_attainment;
    if (revenue) {
      t.revenue += cents(revenue.actual);
      t.target += cents(revenue.target ?? 0);
    }
    if (c.total !== null) t.scores.push(c.total);
  }
  for (const p of results.payouts)
    if (p.period === period) team(teamOf.get(p.rep_id) ?? '—').pay += cents(p.total);
  const teams = [...byTeam]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, t]) => ({
      team: name,
      reps: t.reps,
      revenue: t.revenue / 100,
      target: t.target / 100,
      attainment: t.target > 0 ? Math.round((t.revenue / t.target) * 10_000) / 10_000 : null,
      average_score:
        t.scores.length > 0
          ? Math.round((t.scores.reduce((s, x) => s + x, 0) / t.scores.length) * 100) / 100
          : null,
      pay: t.pay / 100,
    }));

  const gradeCounts = new Map<string, number>();
  for (const c of cards) if (c.grade !== null) gradeCounts.set(c.grade, (gradeCounts.get(c.grade) ?? 0) + 1);
  const graded = [...gradeCounts.values()].reduce((s, n) => s + n, 0);
  const rank = (g: string) => (GRADE_ORDER.includes(g) ? GRADE_ORDER.indexOf(g) : GRADE_ORDER.length);
  const grades = [...gradeCounts]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([grade, reps]) => ({ grade, reps, share: Math.round((reps / graded) * 10_000) / 10_000 }));

  // The phase under way; before or after the campaign, every phase.
  const current = results.channel_gaps.filter((g) => g.phase_state === 'in_progress');
  const channels = (current.length > 0 ? current : results.channel_gaps).map((g) => ({
    channel: g.channel,
    name: g.name ?? g.channel,
    phase: g.phase,
    status: g.status,
    target_to_date: g.target_to_date,
    actual_to_date: g.actual_to_date,
    gap: g.gap,
    completion: g.completion,
  }));

  const f = results.funnel;
  const funnel: LeadershipSummary['funnel'] = f
    ? [
        { stage: 'visits', plan: f.visits },
        { stage: 'registrations', plan: f.registrations },
        { stage: 'subscriptions', plan: f.subscriptions },
        { stage: 'deals', plan: f.units },
      ]
    : [];
  return { as_of: results.as_of, period, teams, grades, channels, funnel };
}

/** Words of the tab, the charts and the report, in each locale. */
export const WORDS = {
  status: {
    off_track: { en: 'Off track', zh: '落后' },
    at_risk: { en: 'At risk', zh: '有风险' },
    on_track: { en: 'On track', zh: '正常' },
  },
  stage: {
    visits: { en: 'Visits', zh: '到访' },
    registrations: { en: 'Registrations', zh: '登记' },
    subscriptions: { en: 'Subscriptions', zh: '认购' },
    deals: { en: 'Deals', zh: '成交' },
  },
  attainmentChart: { en: 'Team revenue attainment', zh: '团队业绩达成率' },
  funnelChart: {
    en: 'Funnel plan: visit → registration → subscription → deal',
    zh: '漏斗测算：到访 → 登记 → 认购 → 成交',
  },
  gapChart: { en: 'Channel gaps to date (behind > 0, ahead < 0)', zh: '渠道累计缺口（正为落后，负为超额）' },
  gradeChart: { en: 'Grade distribution', zh: '等级分布' },
} as const;

export function word(w: { en: string; zh: string }, locale: Locale): string {
  return labelOf(w, locale);
}

function note(summary: LeadershipSummary, locale: Locale): string {
  if (summary.period === null)
    return locale === 'zh-CN'
      ? `截至 ${summary.as_of}：尚无已评级的月份。`
      : `As of ${summary.as_of}: no graded month yet.`;
  return locale === 'zh-CN'
    ? `截至 ${summary.as_of}；团队与等级为 ${summary.period} 月（最近一个已评级的月份）。`
    : `As of ${summary.as_of}; teams and grades are for ${summary.period}, the latest graded month.`;
}

/** Where each section's header row sits in the tab (0-based), for the charts drawn over it. */
export interface LeadershipLayout {
  teams: { header: number; rows: number };
  grades: { header: number; rows: number };
  channels: { header: number; rows: number };
  funnel: { header: number; rows: number };
}

/** The header row of each section: the tab is one note, a blank row, then titled sections a blank row apart. */
export function leadershipLayout(summary: LeadershipSummary): LeadershipLayout {
  let row = 2; // note, blank
  const next = (rows: number) => {
    const at = { header: row + 1, rows }; // title, then header
    row += 2 + rows + 1; // title, header, rows, blank
    return at;
  };
  return {
    teams: next(summary.teams.length),
    grades: next(summary.grades.length),
    channels: next(summary.channels.length),
    funnel: next(summary.funnel.length),
  };
}

export function leadershipTab(summary: LeadershipSummary, locale: Locale): OutputTab {
  return layoutTab(
    spec,
    {
      teams: summary.teams.map((t) => ({ ...t })),
      grades: summary.grades.map((g) => ({ ...g })),
      channels: summary.channels.map((c) => ({
        ...c,
        channel: c.name,
        status: word(WORDS.status[c.status], locale),
      })),
      funnel: summary.funnel.map((f) => ({ stage: word(WORDS.stage[f.stage], locale), plan: f.plan })),
    },
    locale,
    [note(summary, locale)],
  );
}
