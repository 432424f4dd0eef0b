/**
 * Scorecards from the workbook's inputs: the rules of SPEC section 3 over plain records, then their
 * alerts (each flag, each missing input), their JSON (SPEC section 10) and their rows on the tabs.
 */
import type { Day } from '../domain/days.js';
import { monthOf, previousPeriod, quarterOf, yearOf } from '../domain/periods.js';
import { gradeLadder } from '../domain/scorecard/grade.js';
import type { Flag } from '../domain/scorecard/flags.js';
import { RATE_KPIS, type KpiId } from '../domain/scorecard/kpis.js';
import { reportFigure, type Dec } from '../domain/money.js';
import { scorecards, type Scorecard } from '../domain/scorecard/scorecards.js';
import { KPI_LABELS, MISSING_LABELS } from '../outputs/kpi-labels.js';
import type { Inputs } from '../workbook/ingest.js';
import { fill } from '../workbook/messages.js';
import type { Alert, Severity } from './alerts.js';
import { recordsOf, type Records } from './records.js';

export interface ScorecardJson {
  period: string;
  rep_id: string;
  team: string | null;
  kpis: Record<string, { actual: number; target: number | null; score: number }>;
  quantitative: number | null;
  qualitative: number | null;
  total: number | null;
  grade: string | null;
  rank: number | null;
  team_rank: number | null;
  flags: Flag[];
}

// Rounded and converted from the decimal's digits, without a rounded copy or a round trip through text.
const score = (d: Dec | undefined) => (d === undefined ? null : reportFigure(d, 2));
const figure = (kpi: KpiId, d: Dec) => reportFigure(d, RATE_KPIS.has(kpi) ? 6 : 2);

export function scorecardJson(card: Scorecard): ScorecardJson {
  const kpis: ScorecardJson['kpis'] = {};
  for (const k of card.kpis) {
    if (k.missing || k.score === undefined || k.actual === undefined) continue;
    kpis[k.kpi] = {
      actual: figure(k.kpi, k.actual),
      target: k.target ? figure(k.kpi, k.target) : null,
      score: score(k.score)!,
    };
  }
  return {
    period: card.period,
    rep_id: card.rep,
    team: card.team ?? null,
    kpis,
    quantitative: score(card.quantitative),
    qualitative: score(card.qualitative),
    total: score(card.total),
    grade: card.grade ?? null,
    rank: card.rank ?? null,
    team_rank: card.teamRank ?? null,
    flags: card.flags,
  };
}

const FLAG_SEVERITY: Readonly<Record<Flag, Severity>> = {
  pip: 'high',
  low_grade: 'high',
  warning: 'medium',
  rate_raise_eligible: 'low',
  promotion_candidate: 'low',
  trainee_pool: 'low',
  new_hire_award: 'low',
};

const FLAG_REASONS: Readonly<Record<Flag, { en: string; zh: string }>> = {
  pip: {
    en: 'grade {grade} this month, {previous} the month before: an improvement plan is due',
    zh: '本月等级 {grade}，上月 {previous}：需制定绩效改进计划',
  },
  warning: {
    en: 'revenue below its base target two months running ({revenue} of {target})',
    zh: '连续两个月业绩未达基础目标（{revenue} / {target}）',
  },
  rate_raise_eligible: {
    en: 'grade {grade} after {previous} the quarter before: eligible for a commission rate raise',
    zh: '本季度 {grade}，上季度 {previous}：可上调提成比例',
  },
  low_grade: {
    en: 'grade {grade} after {previous} the quarter before: low grade two quarters running',
    zh: '本季度 {grade}，上季度 {previous}：连续两季度低绩效',
  },
  promotion_candidate: {
    en: 'year grade {grade} with teamwork {teamwork}: a promotion candidate',
    zh: '年度等级 {grade}，团队协作 {teamwork}：晋升候选',
  },
  trainee_pool: {
    en: 'year grade {grade} after {previous} the year before: joins the trainee pool',
    zh: '年度等级 {grade}，上年 {previous}：进入储备干部池',
  },
  new_hire_award: {
    en: 'grade {grade} in the first full quarter after joining: new hire award',
    zh: '入职后首个完整季度等级 {grade}：新人奖',
  },
};

/**
 * The periods a missing input can still be fixed for: the month of `as_of` and the month before it,
 * and the quarter and year of `as_of`. Older gaps stay visible on the Scorecard tab.
 */
function actionablePeriods(asOf: Day): ReadonlySet<string> {
  const month = monthOf(asOf);
  return new Set([month, previousPeriod(month), quarterOf(asOf), yearOf(asOf)]);
}

/** Inputs a manager can supply: a target or a review (not a rate with nothing to measure). */
const FIXABLE = new Set(['no_target', 'no_review']);

const whoOf = (card: Scorecard) => `${card.name} (${card.rep})`;

/** One alert per flag, and one per recent scorecard with KPIs left out for want of a target or review. */
export function scorecardAlerts(cards: readonly Scorecard[], asOf: Day): Alert[] {
  const actionable = actionablePeriods(asOf);
  // Cards by rep, then period, for the grade before a flagged one: no key string is built per card.
  const byRep = new Map<string, Map<string, Scorecard>>();
  for (const c of cards) {
    let periods = byRep.get(c.rep);
    if (!periods) byRep.set(c.rep, (periods = new Map()));
    periods.set(c.period, c);
  }
  const alerts: Alert[] = [];
  for (const card of cards) {
    for (const flag of card.flags) {
      const who = whoOf(card);
      const previous = byRep.get(card.rep)!.get(previousPeriod(card.period))?.grade ?? null;
      const figures = {
        grade: card.grade ?? null,
        previous,
        total: score(card.total),
        revenue: score(card.revenue),
        target: score(card.revenueTarget),
        teamwork: score(card.teamwork),
      };
      const reason = FLAG_REASONS[flag];
      alerts.push({
        severity: FLAG_SEVERITY[flag],
        rule: flag,
        rep_id: card.rep,
        period: card.period,
        figures,
        message: {
          en: `${who}, ${card.period}: ${fill(reason.en, figures, '—')}.`,
          'zh-CN': `${who}，${card.period}：${fill(reason.zh, figures, '—')}。`,
        },
      });
    }
    // A scorecard with nothing to score at all (a manager without personal targets) is not a gap to chase.
    // Only recent ones are: the others are passed over before their KPIs are looked at.
    if (card.total === undefined || !actionable.has(card.period)) continue;
    const missing = card.kpis.filter((k) => k.missing !== undefined && FIXABLE.has(k.missing));
    if (missing.length > 0) {
      const who = whoOf(card);
      const list = (locale: 'en' | 'zh-CN') =>
        missing
          .map((k) => `${KPI_LABELS[k.kpi][locale]} (${MISSING_LABELS[k.missing!][locale]})`)
          .join(locale === 'en' ? ', ' : '、');
      alerts.push({
        severity: 'low',
        rule: 'missing_input',
        rep_id: card.rep,
        period: card.period,
        figures: Object.fromEntries(missing.map((k) => [k.kpi, k.missing!])),
        message: {
          en: `${who}, ${card.period}: left out of the total for missing input: ${list('en')}.`,
          'zh-CN': `${who}，${card.period}：以下指标缺少数据，未计入总分：${list('zh-CN')}。`,
        },
      });
    }
  }
  return alerts;
}

export interface ScorecardResults {
  cards: Scorecard[];
  json: ScorecardJson[];
  alerts: Alert[];
  ladder: ReturnType<typeof gradeLadder>;
}

export function scorecardResults(
  inputs: Inputs,
  asOf: Day,
  records: Records = recordsOf(inputs, asOf),
): ScorecardResults {
  const cards = scorecards({
    ...records,
    asOf,
    paymentTermsDays: inputs.settings.payment_terms_days,
    validCustomerMinAmount: inputs.settings.valid_customer_min_amount,
    teamworkExcellent: inputs.settings.teamwork_excellent,
  });
  return {
    cards,
    json: cards.map(scorecardJson),
    alerts: scorecardAlerts(cards, asOf),
    ladder: gradeLadder(records.grades),
  };
}
