/**
 * The status of one step of an appraisal round against its deadline, as of a day (SPEC section 11).
 *
 * Reading: the deadline is the last working day on which the step is on time; on the deadline day
 * itself there is still time, so a step not done yet is `pending` through its deadline and `missing`
 * from the day after. A day after `as_of` is not known yet (a 1:1 typed in ahead is a plan, not a
 * meeting held). Working days late run from the deadline to the day the step was done, or to `as_of`
 * while it is missing (calendar/working-days.ts).
 *
 * @example
 * // self-review of 2026-03 due 2026-04-03 (Friday), submitted Tuesday 2026-04-07, Qingming off 04-06:
 * judgeStep(cal, '2026-04-03', '2026-04-07', '2026-05-15')
 * //=> { deadline: '2026-04-03', day: '2026-04-07', status: 'late', workingDaysLate: 1 }
 */
import type { Day } from '../days.js';
import { workingDaysLate, type WorkingCalendar } from '../calendar/working-days.js';

/** `none`: the step is not owed (no appeal was filed, so none is answered). */
export type StepStatus = 'on_time' | 'late' | 'missing' | 'pending' | 'none';

export interface StepJudgement {
  /** The last working day the step is on time; null when the step is not owed. */
  deadline: Day | null;
  /** The day the step was done, when known by `as_of`. */
  day: Day | null;
  status: StepStatus;
  /** Working days after the deadline through the day done (late) or `as_of` (missing); else 0. */
  workingDaysLate: number;
}

/** Judges a step due by `deadline` and done on `day` (undefined while not done), as of `asOf`. */
export function judgeStep(
  calendar: WorkingCalendar,
  deadline: Day,
  day: Day | undefined,
  asOf: Day,
): StepJudgement {
  const known = day !== undefined && day <= asOf ? day : undefined;
  if (known !== undefined) {
    const late = workingDaysLate(calendar, deadline, known);
    return { deadline, day: known, status: late > 0 ? 'late' : 'on_time', workingDaysLate: late };
  }
  if (asOf <= deadline) return { deadline, day: null, status: 'pending', workingDaysLate: 0 };
  return {
    deadline,
    day: null,
    status: 'missing',
    workingDaysLate: workingDaysLate(calendar, deadline, asOf),
  };
}

/** A step that is not owed: no deadline, no day. */
export const NOT_OWED: StepJudgement = { deadline: null, day: null, status: 'none', workingDaysLate: 0 };
