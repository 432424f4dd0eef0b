/**
 * How long a pay inquiry has waited, in working days (SPEC section 11), and whether an open one has
 * waited too long.
 *
 * Readings: an inquiry's age is the working days after the day it was raised through the day it was
 * resolved, or through `as_of` while open (raised today: age 0). It should be answered within 5
 * working days, so it is overdue once its age passes 5 (the 6th working day); a weekend after the 5th
 * working day changes nothing. An inquiry marked resolved on a day after `as_of` is still open as of
 * `as_of`; one marked resolved without its day is closed, with no age.
 *
 * @example
 * // raised Thursday 2026-04-02, Qingming off 2026-04-06, still open as of Monday 2026-04-13:
 * inquiryAge(cal, { day: '2026-04-02', status: 'open' }, '2026-04-13')
 * //=> { open: true, resolvedOn: null, ageWorkingDays: 6, answerDue: '2026-04-10', workingDaysOverdue: 1 }
 */
import { addWorkingDays, workingDaysBetween, type WorkingCalendar } from '../calendar/working-days.js';
import type { Day } from '../days.js';

export const INQUIRY_ANSWER_DAYS = 5;

export interface InquiryAge {
  /** Whether the inquiry is still open as of `as_of`. */
  open: boolean;
  /** The day it was resolved, when resolved by `as_of`. */
  resolvedOn: Day | null;
  /** Null for an inquiry marked resolved without the day it was resolved. */
  ageWorkingDays: number | null;
  /** The last working day it is answered in time. */
  answerDue: Day;
  /** Working days an open inquiry has waited beyond the limit; 0 when not overdue or resolved. */
  workingDaysOverdue: number;
}

/** The age of an inquiry raised on `day`, resolved (when `status` says so) on `resolved`. */
export function inquiryAge(
  calendar: WorkingCalendar,
  inquiry: { day: Day; status: 'open' | 'resolved'; resolved?: Day | undefined },
  asOf: Day,
  answerDays: number = INQUIRY_ANSWER_DAYS,
): InquiryAge {
  const resolvedOn =
    inquiry.status === 'resolved' && inquiry.resolved !== undefined && inquiry.resolved <= asOf
      ? inquiry.resolved
      : null;
  // A resolved row without its day is closed all the same: it is not waiting for an answer.
  const open = inquiry.status === 'open' || (inquiry.resolved !== undefined && resolvedOn === null);
  const undated = !open && resolvedOn === null;
  const age = workingDaysBetween(calendar, inquiry.day, resolvedOn ?? asOf);
  return {
    open,
    resolvedOn,
    ageWorkingDays: undated ? null : age,
    answerDue: addWorkingDays(calendar, inquiry.day, answerDays),
    workingDaysOverdue: open ? Math.max(0, age - answerDays) : 0,
  };
}
