/** The `Scorecard` tab and the reps section of `Leaderboard`. */
import { scorecard as spec } from '../../../sheets-templates/output/scorecard.js';
import type { GradeRule } from '../domain/scorecard/grade.js';
import { RATE_KPIS, type KpiId } from '../domain/scorecard/kpis.js';
import { reportFigure, type Dec } from '../domain/money.js';
import type { Scorecard } from '../domain/scorecard/scorecards.js';
import type { Locale } from '../workbook/messages.js';
import type { OutputCell, OutputTab } from '../workbook/port.js';
import { FLAG_LABELS } from './kpi-labels.js';
import { explainScorecard } from './scorecard-explanation.js';
import { collationRanks } from './collation.js';
import { layoutTab, type CellValue, type SectionCells, type SectionRow } from './layout.js';

type CellInput = CellValue | OutputCell;

const KIND_ORDER = { month: 0, quarter: 1, year: 2 } as const;
const n = (d: Dec | undefined, places = 2) => (d === undefined ? null : reportFigure(d, places));

/**
 * Latest months first, then quarters, then years; within a period by rank. Sorted by numbers made
 * once per card (the period's and the rep's places in the collation), not by texts collated on
 * every comparison.
 */
export function tabOrder(cards: readonly Scorecard[]): Scorecard[] {
  const periods = collationRanks(cards.map((c) => c.period));
  const reps = collationRanks(cards.map((c) => c.rep));
  const latest = periods.size; // the periods' ranks run the other way: latest first
  const keyed = cards.map((card) => ({
    card,
    period: KIND_ORDER[card.kind] * (latest + 1) + latest - periods.get(card.period)!,
    rank: card.rank ?? Infinity,
    rep: reps.get(card.rep)!,
  }));
  // Two unranked cards (Infinity - Infinity is NaN) fall through to the rep, as equal ranks do.
  keyed.sort((a, b) => a.period - b.period || a.rank - b.rank || a.rep - b.rep);
  return keyed.map((k) => k.card);
}

/** Where each of the section's columns is in a row. */
const SECTION = 'scorecards';
const columnIds: readonly string[] = spec.sections.find((s) => s.id === SECTION)!.columns.map((c) => c.id);
const at = (id: string) => columnIds.indexOf(id); // -1: no such column, the value is left out
const AT = {
  period: at('period'),
  rep: at('rep_id'),
  name: at('name'),
  team: at('team'),
  grade: at('grade'),
  total: at('total'),
  rank: at('rank'),
  teamRank: at('team_rank'),
  flags: at('flags'),
  appraisal: at('appraisal'),
  explanation: at('explanation'),
  quantitative: at('quantitative'),
  qualitative: at('qualitative'),
};

/** Where a KPI's columns are: its actual (or its score, when qualitative), target and score. */
interface KpiColumns {
  readonly value: number;
  readonly target: number;
  readonly score: number;
}

/** Each KPI's columns, found once rather than named for every card. */
const kpiColumnsOf = new Map<KpiId, KpiColumns>();
function kpiColumns(kpi: KpiId): KpiColumns {
  let columns = kpiColumnsOf.get(kpi);
  if (columns === undefined) {
    const name = kpi === 'revenue_attainment' ? 'revenue' : kpi;
    columns = { value: at(name), target: at(`${name}_target`), score: at(`${name}_score`) };
    kpiColumnsOf.set(kpi, columns);
  }
  return columns;
}

/** Sets a cell of a row by its column's position, unless the tab has no such column. */
function put(row: CellInput[], column: number, value: CellInput): void {
  if (column >= 0) row[column] = value;
}

/** Writes each KPI's cells into the card's row. */
function addKpiCells(row: CellInput[], card: Scorecard): void {
  for (const k of card.kpis) {
    const columns = kpiColumns(k.kpi);
    if (k.group === 'qualitative') {
      put(row, columns.value, n(k.score));
      continue;
    }
    const places = RATE_KPIS.has(k.kpi) ? 4 : 2;
    put(row, columns.value, n(k.actual, places));
    put(row, columns.target, n(k.target, places));
    put(row, columns.score, n(k.score));
  }
}

/** The card's flags, in words. */
function flagsText(card: Scorecard, locale: Locale): string {
  if (card.flags.length === 0) return '';
  return card.flags.map((f) => FLAG_LABELS[f][locale]).join(locale === 'zh-CN' ? '、' : ', ');
}

/**
 * A card's row, by the columns' positions: an array filled in place rather than an object keyed by
 * three dozen column ids, for each of the tens of thousands of cards.
 */
function cardRow(
  card: Scorecard,
  ladder: readonly GradeRule[],
  locale: Locale,
  appraisals: ReadonlyMap<string, string>,
): SectionCells {
  const row = new Array<CellInput>(columnIds.length);
  put(row, AT.period, card.period);
  put(row, AT.rep, card.rep);
  put(row, AT.name, card.name);
  put(row, AT.team, card.team);
  put(row, AT.grade, card.grade);
  put(row, AT.total, n(card.total));
  put(row, AT.rank, card.rank);
  put(row, AT.teamRank, card.teamRank);
  put(row, AT.flags, flagsText(card, locale));
  put(row, AT.appraisal, { value: appraisals.get(`${card.rep}\u0000${card.period}`) ?? null, style: 'wrap' });
  put(row, AT.explanation, { value: explainScorecard(card, ladder, locale), style: 'wrap' });
  put(row, AT.quantitative, n(card.quantitative));
  put(row, AT.qualitative, n(card.qualitative));
  addKpiCells(row, card);
  return row;
}

/** `appraisals`: the text of each rep's appraisal round, by `${rep}\u0000${period}` (run/appraisal-results.ts). */
export function scorecardTab(
  cards: readonly Scorecard[],
  ladder: readonly GradeRule[],
  locale: Locale,
  appraisals: ReadonlyMap<string, string> = new Map(),
): OutputTab {
  const rows = tabOrder(cards).map((card) => cardRow(card, ladder, locale, appraisals));
  return layoutTab(spec, { [SECTION]: rows }, locale, [], { frozenColumns: 3 });
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
