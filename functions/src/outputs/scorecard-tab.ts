/** The `Scorecard` tab and the reps section of `Leaderboard`. */
import { scorecard as spec } from '../../../sheets-templates/output/scorecard.js';
import { roundHalfUp, toReportNumber, type Dec } from '../domain/money.js';
import type { GradeRule } from '../domain/scorecard/grade.js';
import { RATE_KPIS } from '../domain/scorecard/kpis.js';
import type { Scorecard } from '../domain/scorecard/scorecards.js';
import type { Locale } from '../workbook/messages.js';
import type { OutputTab } from '../workbook/port.js';
import { FLAG_LABELS } from './kpi-labels.js';
import { explainScorecard } from './scorecard-explanation.js';
import { layoutTab, type SectionRow } from './layout.js';

const KIND_ORDER = { month: 0, quarter: 1, year: 2 } as const;
const n = (d: Dec | undefined, places = 2) => (d === undefined ? null : toReportNumber(roundHalfUp(d, places)));

/** Latest months first, then quarters, then years; within a period by rank. */
export function tabOrder(cards: readonly Scorecard[]): Scorecard[] {
  return [...cards].sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      b.period.localeCompare(a.period) ||
      (a.rank ?? Infinity) - (b.rank ?? Infinity) ||
      a.rep.localeCompare(b.rep),
  );
}

function kpiCells(card: Scorecard): SectionRow {
  const row: Record<string, number | null> = {};
  for (const k of card.kpis) {
    const rate = RATE_KPIS.has(k.kpi);
    const name = k.kpi === 'revenue_attainment' ? 'revenue' : k.kpi;
    if (k.group === 'qualitative') {
      row[name] = n(k.score);
      continue;
    }
    row[name] = n(k.actual, rate ? 4 : 2);
    row[`${name}_target`] = n(k.target, rate ? 4 : 2);
    row[`${name}_score`] = n(k.score);
  }
  return row;
}

/** `appraisals`: the text of each rep's appraisal round, by `${rep}\u0000${period}` (run/appraisal-results.ts). */
export function scorecardTab(
  cards: readonly Scorecard[],
  ladder: readonly GradeRule[],
  locale: Locale,
  appraisals: ReadonlyMap<string, string> = new Map(),
): OutputTab {
  const rows = tabOrder(cards).map(
    (card): SectionRow => ({
      period: card.period,
      rep_id: card.rep,
      name: card.name,
      team: card.team,
      grade: card.grade,
      total: n(card.total),
      rank: card.rank,
      team_rank: card.teamRank,
      flags: card.flags.map((f) => FLAG_LABELS[f][locale]).join(locale === 'zh-CN' ? '、' : ', '),
      appraisal: { value: appraisals.get(`${card.rep}\u0000${card.period}`) ?? null, style: 'wrap' },
      explanation: { value: explainScorecard(card, ladder, locale), style: 'wrap' },
      ...kpiCells(card),
      quantitative: n(card.quantitative),
      qualitative: n(card.qualitative),
    }),
  );
  return layoutTab(spec, { scorecards: rows }, locale, [], { frozenColumns: 3 });
}

/** Ranked reps per period, for the Leaderboard tab. */
export function repLeaderboardRows(cards: readonly Scorecard[]): SectionRow[] {
  return tabOrder(cards.filter((c) => c.rank !== undefined)).map((card) => ({
    period: card.period,
    rank: card.rank,
    rep_id: card.rep,
    name: card.name,
    team: card.team,
    team_rank: card.teamRank,
    total: n(card.total),
    grade: card.grade,
    revenue: n(card.revenue),
  }));
}
