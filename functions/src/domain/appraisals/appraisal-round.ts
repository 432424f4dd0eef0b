/**
 * One appraisal round of a rep for a period (SPEC section 11): each step's deadline from the period's
 * end, in working days, and its status as of a day.
 *
 * Readings where the contract is silent:
 * - Self-review: within 3 working days of the period's end (the 3rd working day after it).
 * - Manager review: within 5 working days after the self-review's deadline, or after the day the
 *   self-review came in when that is later. A manager plans the team's reviews for one week after the
 *   self-reviews are due, so an early self-review does not shorten the manager's time; and a manager
 *   is never counted late because a rep handed in late (the rep's step carries that). With no
 *   self-review at all the manager still owes a review, due on the planned day.
 * - 1:1: within 5 working days after the manager review, counted the same way (its deadline, or its
 *   day when later): the 1:1 is where the manager talks the review through, so it follows the review.
 *   It must last at least 30 minutes; a shorter one is `short` whatever its timing. A 1:1 whose length
 *   was not written down is judged on its day only.
 * - Appeal: optional, within 3 working days of the day the manager review was given (the rep cannot
 *   appeal a review they have not had). No appeal: the step and HR's answer are `none`.
 * - HR's answer: within 5 working days of the day the appeal was filed, a late appeal included
 *   (HR still answers it, if only to refuse it).
 *
 * @example
 * // 2026-03 round, Qingming off 2026-04-04..06; self-review Tue 04-07, manager review Wed 04-15,
 * // a 20-minute 1:1 on Thu 04-16, an appeal on Fri 04-17 answered Wed 04-22, as of 2026-05-15:
 * // self_review    due 2026-04-03  late 1 working day
 * // manager_review due 2026-04-14  late 1 (5 working days after 04-07, the later of 04-03 and 04-07)
 * // one_on_one     due 2026-04-22  on time, short (20 of 30 minutes)
 * // appeal         due 2026-04-20  on time;  appeal_answer due 2026-04-24  on time
 */
import { addWorkingDays, type WorkingCalendar } from '../calendar/working-days.js';
import type { Day } from '../days.js';
import { periodRange, type Period } from '../periods.js';
import { judgeStep, NOT_OWED, type StepJudgement } from './step-status.js';

export type StepId = 'self_review' | 'manager_review' | 'one_on_one' | 'appeal' | 'appeal_answer';
export const STEP_IDS: readonly StepId[] = [
  'self_review',
  'manager_review',
  'one_on_one',
  'appeal',
  'appeal_answer',
];

/** A row of the `Appraisals` tab, as plain data. */
export interface AppraisalRecord {
  period: Period;
  rep: string;
  selfSubmitted?: Day | undefined;
  managerReviewed?: Day | undefined;
  oneOnOne?: Day | undefined;
  oneOnOneMinutes?: number | undefined;
  appealFiled?: Day | undefined;
  appealResolved?: Day | undefined;
  appealOutcome?: string | undefined;
  row: number;
}

/** Working days allowed for each step, and the 1:1's minimum length (SPEC section 11 defaults). */
export interface AppraisalRules {
  selfReviewDays: number;
  managerReviewDays: number;
  oneOnOneDays: number;
  oneOnOneMinutes: number;
  appealDays: number;
  appealAnswerDays: number;
}

export const DEFAULT_APPRAISAL_RULES: AppraisalRules = {
  selfReviewDays: 3,
  managerReviewDays: 5,
  oneOnOneDays: 5,
  oneOnOneMinutes: 30,
  appealDays: 3,
  appealAnswerDays: 5,
};

export interface AppraisalRound {
  period: Period;
  rep: string;
  row: number;
  /** The last day of the period, from which the round's clock starts. */
  periodEnd: Day;
  steps: Readonly<Record<StepId, StepJudgement>>;
  /** The 1:1's length in minutes, when held and written down. */
  oneOnOneMinutes: number | null;
  /** Whether the 1:1 held lasted less than the minimum. */
  short: boolean;
  appealOutcome: string | null;
}

/** The later of a deadline and the day the step was actually done (when known). */
const later = (deadline: Day, done: Day | null): Day => (done !== null && done > deadline ? done : deadline);

/** The deadlines and statuses of a round as of `asOf`. */
export function appraisalRound(
  record: AppraisalRecord,
  calendar: WorkingCalendar,
  asOf: Day,
  rules: AppraisalRules = DEFAULT_APPRAISAL_RULES,
): AppraisalRound {
  const periodEnd = periodRange(record.period).last;
  const judge = (deadline: Day, day: Day | undefined) => judgeStep(calendar, deadline, day, asOf);

  const selfDue = addWorkingDays(calendar, periodEnd, rules.selfReviewDays);
  const self = judge(selfDue, record.selfSubmitted);
  const managerDue = addWorkingDays(calendar, later(selfDue, self.day), rules.managerReviewDays);
  const manager = judge(managerDue, record.managerReviewed);
  const oneOnOne = judge(
    addWorkingDays(calendar, later(managerDue, manager.day), rules.oneOnOneDays),
    record.oneOnOne,
  );

  const filed =
    record.appealFiled !== undefined && record.appealFiled <= asOf ? record.appealFiled : undefined;
  let appeal: StepJudgement = NOT_OWED;
  if (filed !== undefined) {
    appeal =
      manager.day !== null
        ? judge(addWorkingDays(calendar, manager.day, rules.appealDays), filed)
        : { deadline: null, day: filed, status: 'on_time', workingDaysLate: 0 };
  }
  const answer =
    filed !== undefined
      ? judge(addWorkingDays(calendar, filed, rules.appealAnswerDays), record.appealResolved)
      : NOT_OWED;

  const minutes = oneOnOne.day !== null ? (record.oneOnOneMinutes ?? null) : null;
  return {
    period: record.period,
    rep: record.rep,
    row: record.row,
    periodEnd,
    steps: {
      self_review: self,
      manager_review: manager,
      one_on_one: oneOnOne,
      appeal,
      appeal_answer: answer,
    },
    oneOnOneMinutes: minutes,
    short: minutes !== null && minutes < rules.oneOnOneMinutes,
    appealOutcome: answer.day !== null ? (record.appealOutcome ?? null) : null,
  };
}
