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

/**
 * Adds a KPI's part of the sentence to `text`, after a `; ` when a part came before: its label, then
 * why it is missing, or its actual against its target and its score times its weight.
 */
function addKpiPart(text: string[], k: KpiResult, locale: Locale): void {
  if (text.length > 0) text.push('; ');
  const label = KPI_LABELS[k.kpi][locale];
  if (k.missing) {
    text.push(label, ': ', MISSING_LABELS[k.missing][locale]);
    return;
  }
  text.push(label, ' ');
  if (k.group === 'quantitative')
    text.push(figure(k, k.actual!), locale === 'zh-CN' ? ' / ' : ' of ', figure(k, k.target!), ' → ');
  text.push(fmt(k.score!), ' × ', weightText(k.weight));
}

/**
 * The sentence's pieces go into one array joined once, rather than texts joined pair by pair: each
 * join would make a string of its own, and the Scorecard tab explains every card of every period.
 */
export function explainScorecard(card: Scorecard, ladder: readonly GradeRule[], locale: Locale): string {
  const zh = locale === 'zh-CN';
  const text: string[] = [];
  // The applicable KPIs first, then the missing ones.
  let weights: Decimal | undefined;
  for (const k of card.kpis) {
    if (k.missing) continue;
    addKpiPart(text, k, locale);
    weights = weights === undefined ? k.weight : addWeight(weights, k.weight);
  }
  for (const k of card.kpis) if (k.missing) addKpiPart(text, k, locale);
  text.push('. ');
  if (card.total === undefined) {
    text.push(zh ? '无可计分指标，不评等级。' : 'No KPI applies: no grade.');
    return text.join('');
  }
  const weightsText = weights === undefined ? '0' : weightText(weights);
  text.push(
    zh ? '总分 = 加权得分 ÷ ' : 'Total = weighted scores ÷ ',
    weightsText,
    zh ? ' = ' : ' points = ',
    fmt(card.total),
    ' → ',
    `${card.grade}`,
  );
  const threshold = ladder.find((g) => g.grade === card.grade)?.minScore;
  if (threshold) text.push(zh ? '（≥ ' : ' (from ', whole(threshold), zh ? '）' : ')');
  if (!card.complete) {
    const elapsed = card.elapsed ? `${card.elapsed.days}/${card.elapsed.of}` : '';
    text.push(
      zh
        ? `（期间未结束，暂定；业绩与新客户目标按已过天数 ${elapsed} 折算）`
        : ` (period in progress, provisional: revenue and new-customer targets prorated to ${elapsed} days)`,
    );
  }
  return text.join('');
}
