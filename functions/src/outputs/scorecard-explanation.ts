/**
 * One sentence per scorecard that shows how the grade was reached, so a rep can check it by hand:
 * each KPI's actual against its target and the score it gives, the weights, the total and the threshold.
 *
 * @example
 * // "Revenue 1,130,000 of 1,000,000 → 113.00 × 30; Teamwork 80.00 × 10; New customers: no target.
 * //  Total (113.00 × 30 + 80.00 × 10) ÷ 40 = 104.75 → A (from 95)"
 */
import type { Decimal } from 'decimal.js';
import type { GradeRule } from '../domain/scorecard/grade.js';
import type { KpiResult, Scorecard } from '../domain/scorecard/scorecards.js';
import type { Locale } from '../workbook/messages.js';
import { RATE_KPIS } from '../domain/scorecard/kpis.js';
import { addWeight } from '../domain/scorecard/score.js';
import { KPI_LABELS, MISSING_LABELS } from './kpi-labels.js';
import { amountText, figureText, percentText } from './numbers.js';

const fmt = amountText;
const whole = figureText;
const pct = percentText;

/**
 * The text of a KPI's weight, or of a sum of weights (see `addWeight`). Every card of a KPI shares the
 * weight Decimal of the KPI's settings, so its text is kept by that (immutable) object rather than
 * formatted again on each of thousands of cards.
 */
const weightTexts = new WeakMap<Decimal, string>();
function weightText(weight: Decimal): string {
  let text = weightTexts.get(weight);
  if (text === undefined) {
    text = whole(weight);
    weightTexts.set(weight, text);
  }
  return text;
}

function figure(k: KpiResult, d: Decimal): string {
  return RATE_KPIS.has(k.kpi) ? pct(d) : whole(d);
}

function kpiPart(k: KpiResult, locale: Locale): string {
  const label = KPI_LABELS[k.kpi][locale];
  if (k.missing) return `${label}: ${MISSING_LABELS[k.missing][locale]}`;
  const of = locale === 'zh-CN' ? ' / ' : ' of ';
  const measured = k.group === 'quantitative' ? `${figure(k, k.actual!)}${of}${figure(k, k.target!)} → ` : '';
  return `${label} ${measured}${fmt(k.score!)} × ${weightText(k.weight)}`;
}

/** `a; b` from two texts of which either may be empty. */
const joined = (a: string, b: string) => (a === '' ? b : b === '' ? a : `${a}; ${b}`);

export function explainScorecard(card: Scorecard, ladder: readonly GradeRule[], locale: Locale): string {
  // One pass over the KPIs (applicable ones first, then the missing), rather than two filters,
  // a spread and a map per card: the Scorecard tab explains every card of every period.
  let applicableParts = '';
  let missingParts = '';
  let weights: Decimal | undefined;
  for (const k of card.kpis) {
    if (k.missing) {
      missingParts = joined(missingParts, kpiPart(k, locale));
    } else {
      applicableParts = joined(applicableParts, kpiPart(k, locale));
      weights = weights === undefined ? k.weight : addWeight(weights, k.weight);
    }
  }
  const parts = joined(applicableParts, missingParts);
  if (card.total === undefined) {
    return `${parts}. ${locale === 'zh-CN' ? '无可计分指标，不评等级。' : 'No KPI applies: no grade.'}`;
  }
  const weightsText = weights === undefined ? '0' : weightText(weights);
  const threshold = ladder.find((g) => g.grade === card.grade)?.minScore;
  const from = threshold ? (locale === 'zh-CN' ? `（≥ ${whole(threshold)}）` : ` (from ${whole(threshold)})`) : '';
  const total =
    locale === 'zh-CN'
      ? `总分 = 加权得分 ÷ ${weightsText} = ${fmt(card.total)} → ${card.grade}${from}`
      : `Total = weighted scores ÷ ${weightsText} points = ${fmt(card.total)} → ${card.grade}${from}`;
  const elapsed = card.elapsed ? `${card.elapsed.days}/${card.elapsed.of}` : '';
  const progress = card.complete
    ? ''
    : locale === 'zh-CN'
      ? `（期间未结束，暂定；业绩与新客户目标按已过天数 ${elapsed} 折算）`
      : ` (period in progress, provisional: revenue and new-customer targets prorated to ${elapsed} days)`;
  return `${parts}. ${total}${progress}`;
}
