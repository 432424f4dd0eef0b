/**
 * One sentence per scorecard that shows how the grade was reached, so a rep can check it by hand:
 * each KPI's actual against its target and the score it gives, the weights, the total and the threshold.
 *
 * @example
 * // "Revenue 1,130,000 of 1,000,000 → 113.00 × 30; Teamwork 80.00 × 10; New customers: no target.
 * //  Total (113.00 × 30 + 80.00 × 10) ÷ 40 = 104.75 → A (from 95)"
 */
import type { Decimal } from 'decimal.js';
import { ZERO, roundHalfUp } from '../domain/money.js';
import type { GradeRule } from '../domain/scorecard/grade.js';
import type { KpiResult, Scorecard } from '../domain/scorecard/scorecards.js';
import type { Locale } from '../workbook/messages.js';
import { RATE_KPIS } from '../domain/scorecard/kpis.js';
import { KPI_LABELS, MISSING_LABELS } from './kpi-labels.js';
import { amountText, figureText } from './numbers.js';

const fmt = amountText;
const whole = figureText;
const pct = (d: Decimal) => `${roundHalfUp(d.mul(100), 1).toFixed(1)}%`;

function figure(k: KpiResult, d: Decimal): string {
  return RATE_KPIS.has(k.kpi) ? pct(d) : whole(d);
}

function kpiPart(k: KpiResult, locale: Locale): string {
  const label = KPI_LABELS[k.kpi][locale];
  if (k.missing) return `${label}: ${MISSING_LABELS[k.missing][locale]}`;
  const of = locale === 'zh-CN' ? ' / ' : ' of ';
  const measured = k.group === 'quantitative' ? `${figure(k, k.actual!)}${of}${figure(k, k.target!)} → ` : '';
  return `${label} ${measured}${fmt(k.score!)} × ${whole(k.weight)}`;
}

export function explainScorecard(card: Scorecard, ladder: readonly GradeRule[], locale: Locale): string {
  const applicable = card.kpis.filter((k) => !k.missing);
  const parts = [...applicable, ...card.kpis.filter((k) => k.missing)].map((k) => kpiPart(k, locale));
  if (card.total === undefined) {
    return `${parts.join('; ')}. ${locale === 'zh-CN' ? '无可计分指标，不评等级。' : 'No KPI applies: no grade.'}`;
  }
  const weights = applicable.reduce((s, k) => s.add(k.weight), ZERO);
  const threshold = ladder.find((g) => g.grade === card.grade)?.minScore;
  const from = threshold ? (locale === 'zh-CN' ? `（≥ ${whole(threshold)}）` : ` (from ${whole(threshold)})`) : '';
  const total =
    locale === 'zh-CN'
      ? `总分 = 加权得分 ÷ ${whole(weights)} = ${fmt(card.total)} → ${card.grade}${from}`
      : `Total = weighted scores ÷ ${whole(weights)} points = ${fmt(card.total)} → ${card.grade}${from}`;
  const elapsed = card.elapsed ? `${card.elapsed.days}/${card.elapsed.of}` : '';
  const progress = card.complete
    ? ''
    : locale === 'zh-CN'
      ? `（期间未结束，暂定；业绩与新客户目标按已过天数 ${elapsed} 折算）`
      : ` (period in progress, provisional: revenue and new-customer targets prorated to ${elapsed} days)`;
  return `${parts.join('; ')}. ${total}${progress}`;
}
