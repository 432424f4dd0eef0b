/**
 * Alerts of the appraisal rounds (SPEC section 11): one per step done late, per step missing once its
 * deadline has passed, and per 1:1 shorter than the minimum, each with the deadline and how late, in
 * both languages.
 *
 * Severity: a late step is low (it is done; the alert is for the record), a missing step or a short
 * 1:1 medium (someone has to act), HR's missing answer to an appeal high (a rep is waiting on it).
 *
 * @example
 * // S105's 2026-03 self-review due 2026-04-03, handed in 2026-04-07 (Qingming off 04-06):
 * // { severity: 'low', rule: 'appraisal_self_review_late', rep_id: 'S105', period: '2026-03',
 * //   figures: { deadline: '2026-04-03', done_on: '2026-04-07', working_days_late: 1, row: 6 },
 * //   message: { en: 'Self-review of 2026-03 for S105 Zhou Ting was done on 2026-04-07, 1 working day after its deadline (2026-04-03).', … } }
 */
import { STEP_IDS, type AppraisalRound, type StepId } from '../domain/appraisals/appraisal-round.js';
import type { StepJudgement } from '../domain/appraisals/step-status.js';
import type { Day } from '../domain/days.js';
import type { Alert, Severity } from './alerts.js';

/** A step's name in a sentence, in both languages. */
export const STEP_WORDS: Readonly<Record<StepId, { en: string; 'zh-CN': string }>> = {
  self_review: { en: 'self-review', 'zh-CN': '自评' },
  manager_review: { en: 'manager review', 'zh-CN': '上级评价' },
  one_on_one: { en: '1:1', 'zh-CN': '绩效面谈' },
  appeal: { en: 'appeal', 'zh-CN': '申诉' },
  appeal_answer: { en: 'HR’s answer to the appeal', 'zh-CN': '申诉答复' },
};

export const workingDaysEn = (n: number): string => `${n} working day${n === 1 ? '' : 's'}`;
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Who is named in a round's alerts: the rep, and their manager for the manager's steps. */
export interface RoundPeople {
  rep: string;
  manager: string | null;
  managerId: string | null;
}

const MANAGER_STEPS: ReadonlySet<StepId> = new Set(['manager_review', 'one_on_one']);

function lateAlert(round: AppraisalRound, step: StepId, s: StepJudgement, people: RoundPeople): Alert {
  const word = STEP_WORDS[step];
  const by =
    MANAGER_STEPS.has(step) && people.manager
      ? { en: ` (manager ${people.manager})`, zh: `（上级 ${people.manager}）` }
      : { en: '', zh: '' };
  const n = s.workingDaysLate;
  return {
    severity: 'low',
    rule: `appraisal_${step}_late`,
    rep_id: round.rep,
    period: round.period,
    figures: {
      deadline: s.deadline,
      done_on: s.day,
      working_days_late: n,
      ...managerFigure(step, people),
      row: round.row,
    },
    message: {
      en: `${capital(word.en)} of ${round.period} for ${people.rep}${by.en} was done on ${s.day}, ${workingDaysEn(n)} after its deadline (${s.deadline}).`,
      'zh-CN': `${people.rep} ${round.period} 的${word['zh-CN']}${by.zh}于 ${s.day} 完成，超过截止日（${s.deadline}）${n}个工作日。`,
    },
  };
}

function missingAlert(
  round: AppraisalRound,
  step: StepId,
  s: StepJudgement,
  people: RoundPeople,
  asOf: Day,
): Alert {
  const word = STEP_WORDS[step];
  const by =
    MANAGER_STEPS.has(step) && people.manager
      ? { en: ` (manager ${people.manager})`, zh: `（上级 ${people.manager}）` }
      : { en: '', zh: '' };
  const n = s.workingDaysLate;
  const severity: Severity = step === 'appeal_answer' ? 'high' : 'medium';
  return {
    severity,
    rule: `appraisal_${step}_missing`,
    rep_id: round.rep,
    period: round.period,
    figures: { deadline: s.deadline, working_days_late: n, ...managerFigure(step, people), row: round.row },
    message: {
      en: `${capital(word.en)} of ${round.period} for ${people.rep}${by.en} is missing: due by ${s.deadline}, ${workingDaysEn(n)} overdue as of ${asOf}.`,
      'zh-CN': `${people.rep} ${round.period} 的${word['zh-CN']}${by.zh}尚未完成：截止日 ${s.deadline}，截至 ${asOf} 已逾期${n}个工作日。`,
    },
  };
}

function shortAlert(round: AppraisalRound, minutes: number, least: number, people: RoundPeople): Alert {
  const day = round.steps.one_on_one.day;
  const by = people.manager
    ? { en: ` with manager ${people.manager}`, zh: `，上级 ${people.manager}` }
    : { en: '', zh: '' };
  return {
    severity: 'medium',
    rule: 'appraisal_one_on_one_short',
    rep_id: round.rep,
    period: round.period,
    figures: {
      held_on: day,
      minutes,
      minimum_minutes: least,
      deadline: round.steps.one_on_one.deadline,
      ...managerFigure('one_on_one', people),
      row: round.row,
    },
    message: {
      en: `The 1:1 of ${round.period} for ${people.rep}${by.en} on ${day} lasted ${minutes} minutes, less than the ${least} required.`,
      'zh-CN': `${people.rep} ${round.period} 的绩效面谈（${day}${by.zh}）仅${minutes}分钟，少于要求的${least}分钟。`,
    },
  };
}

function managerFigure(step: StepId, people: RoundPeople): Record<string, string> {
  return MANAGER_STEPS.has(step) && people.managerId ? { manager_id: people.managerId } : {};
}

/** Every alert of one round as of `asOf`; `least` is the 1:1's minimum length in minutes. */
export function roundAlerts(round: AppraisalRound, people: RoundPeople, asOf: Day, least: number): Alert[] {
  const alerts: Alert[] = [];
  for (const step of STEP_IDS) {
    const s = round.steps[step];
    if (s.status === 'late') alerts.push(lateAlert(round, step, s, people));
    if (s.status === 'missing') alerts.push(missingAlert(round, step, s, people, asOf));
  }
  if (round.short && round.oneOnOneMinutes !== null)
    alerts.push(shortAlert(round, round.oneOnOneMinutes, least, people));
  return alerts;
}
