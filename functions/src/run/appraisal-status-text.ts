/**
 * The `appraisal` column of the `Scorecard` tab: where a rep's round stands, in the workbook's
 * language, naming every step that is late, missing, short or still due with its deadline and how late.
 * Steps done on time are left out, so a clean round reads "complete, all on time".
 *
 * The round is `overdue` while a step is missing, `complete` once the self-review, manager review and
 * 1:1 are done (and any appeal answered), else `in progress`.
 *
 * @example
 * // self-review 1 working day late, the rest on time, an appeal answered "upheld":
 * roundStatusText(round, 'en')
 * //=> 'complete: self-review 1 working day late (due 2026-04-03, done 2026-04-07); appeal filed 2026-04-17; appeal answered 2026-04-22, outcome: upheld'
 */
import { STEP_IDS, type AppraisalRound, type StepId } from '../domain/appraisals/appraisal-round.js';
import type { StepJudgement } from '../domain/appraisals/step-status.js';
import type { Locale } from '../workbook/messages.js';
import { STEP_WORDS, workingDaysEn } from './appraisal-alerts.js';

export type RoundState = 'complete' | 'in_progress' | 'overdue';

const STATE_WORDS: Readonly<Record<RoundState, Readonly<Record<Locale, string>>>> = {
  complete: { en: 'complete', 'zh-CN': '已完成' },
  in_progress: { en: 'in progress', 'zh-CN': '进行中' },
  overdue: { en: 'overdue', 'zh-CN': '已逾期' },
};

/** Where a round stands: see the module comment. */
export function roundState(round: AppraisalRound): RoundState {
  const steps = STEP_IDS.map((id) => round.steps[id]);
  if (steps.some((s) => s.status === 'missing')) return 'overdue';
  const core = [round.steps.self_review, round.steps.manager_review, round.steps.one_on_one];
  const done = core.every((s) => s.day !== null) && round.steps.appeal_answer.status !== 'pending';
  return done ? 'complete' : 'in_progress';
}

function appealPhrase(s: StepJudgement, locale: Locale): string | undefined {
  if (s.day === null) return undefined;
  if (locale === 'zh-CN')
    return s.status === 'late'
      ? `${s.day}提出申诉，逾期${s.workingDaysLate}个工作日（截止${s.deadline}）`
      : `${s.day}提出申诉`;
  return s.status === 'late'
    ? `appeal filed ${s.day}, ${workingDaysEn(s.workingDaysLate)} late (due ${s.deadline})`
    : `appeal filed ${s.day}`;
}

function stepPhrase(
  step: StepId,
  s: StepJudgement,
  outcome: string | null,
  locale: Locale,
): string | undefined {
  if (step === 'appeal') return appealPhrase(s, locale);
  const word = STEP_WORDS[step][locale];
  const zh = locale === 'zh-CN';
  const answered = step === 'appeal_answer' && s.day !== null;
  const result = answered && outcome ? (zh ? `，结果：${outcome}` : `, outcome: ${outcome}`) : '';
  switch (s.status) {
    case 'late':
      return zh
        ? `${word}逾期${s.workingDaysLate}个工作日（截止${s.deadline}，${s.day}完成）${result}`
        : `${word} ${workingDaysEn(s.workingDaysLate)} late (due ${s.deadline}, done ${s.day})${result}`;
    case 'missing':
      return zh
        ? `${word}未完成，已逾期${s.workingDaysLate}个工作日（截止${s.deadline}）`
        : `${word} missing, ${workingDaysEn(s.workingDaysLate)} overdue (due ${s.deadline})`;
    case 'pending':
      return zh ? `${word}待完成（截止${s.deadline}）` : `${word} due by ${s.deadline}`;
    case 'on_time':
      if (!answered) return undefined;
      return zh ? `申诉已于${s.day}答复${result}` : `appeal answered ${s.day}${result}`;
    case 'none':
      return undefined;
  }
}

/** The Scorecard's text for a round, in `locale`; `least` is the 1:1's minimum length in minutes. */
export function roundStatusText(round: AppraisalRound, locale: Locale, least: number): string {
  const zh = locale === 'zh-CN';
  const phrases = STEP_IDS.map((step) => stepPhrase(step, round.steps[step], round.appealOutcome, locale));
  if (round.short && round.oneOnOneMinutes !== null) {
    const short = zh
      ? `面谈仅${round.oneOnOneMinutes}分钟（应不少于${least}分钟）`
      : `1:1 only ${round.oneOnOneMinutes} minutes (at least ${least})`;
    phrases.splice(STEP_IDS.indexOf('one_on_one') + 1, 0, short);
  }
  const parts = phrases.filter((p): p is string => p !== undefined);
  const state = STATE_WORDS[roundState(round)][locale];
  if (parts.length === 0) return zh ? `${state}，各环节均按时` : `${state}, all on time`;
  return `${state}${zh ? '：' : ': '}${parts.join(zh ? '；' : '; ')}`;
}
