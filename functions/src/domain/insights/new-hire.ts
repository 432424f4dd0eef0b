/**
 * Whether a rep is a new hire on a day (SPEC section 12): from `hire_date` through the next
 * `new_hire_days` − 1 days, so with 90 days the hire day is day 1 and day 90 the last.
 *
 * @example
 * isNewHire({ rep_id: 'S203', hire_date: '2026-03-02' }, '2026-05-30', 90) //=> true  (day 90)
 * isNewHire({ rep_id: 'S203', hire_date: '2026-03-02' }, '2026-05-31', 90) //=> false (day 91)
 */
import { dayNumber, type Day } from '../days.js';
import type { InsightRep } from './records.js';

export function isNewHire(
  rep: Pick<InsightRep, 'hire_date'> | undefined,
  day: Day,
  newHireDays: number,
): boolean {
  if (!rep) return false;
  const since = dayNumber(day) - dayNumber(rep.hire_date);
  return since >= 0 && since < newHireDays;
}
