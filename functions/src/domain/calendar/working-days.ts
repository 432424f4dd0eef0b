/**
 * Working days (SPEC section 11): Monday to Friday, less the dates of the `Holidays` tab, plus the
 * weekend make-up days of the `Workdays` tab (调休上班), as in the Chinese official calendar. Every
 * "working day" of the engine goes through this module. Days are calendar days `YYYY-MM-DD`
 * (domain/days.ts), so neither the machine's clock nor its time zone plays any part.
 *
 * Readings:
 * - A deadline "within N working days of D" is the N-th working day after D (D itself never counts),
 *   so it is always a working day: a deadline that would land on a holiday or a weekend moves on to
 *   the next working day.
 * - "Working days late" counts the working days after the deadline through the day the step was done
 *   (or `as_of`); a step done on a weekend or holiday just after its deadline is one working day late,
 *   the first working day it could have counted on.
 * - A date listed both as a holiday and as a make-up day is a holiday: the rule table's contradiction
 *   is read in favour of the person with the deadline.
 *
 * @example
 * // 2026 official calendar: Labour Day off 2026-05-01..05, Saturday 2026-05-09 a make-up working day.
 * const cal = workingCalendar(['2026-05-01', '2026-05-04', '2026-05-05'], ['2026-05-09']);
 * addWorkingDays(cal, '2026-04-30', 2)            //=> '2026-05-07' (Wed 6, Thu 7)
 * addWorkingDays(cal, '2026-05-07', 2)            //=> '2026-05-09' (Fri 8, make-up Sat 9)
 * workingDaysBetween(cal, '2026-04-30', '2026-05-11') //=> 5 (6, 7, 8, 9, 11)
 */
import { addDays, isWeekend, type Day } from '../days.js';

/** The working-day calendar of a workbook: its holidays and its weekend make-up days. */
export interface WorkingCalendar {
  readonly holidays: ReadonlySet<Day>;
  readonly makeUpDays: ReadonlySet<Day>;
}

/** A calendar from the days of the `Holidays` and `Workdays` tabs. */
export function workingCalendar(holidays: Iterable<Day>, makeUpDays: Iterable<Day>): WorkingCalendar {
  return { holidays: new Set(holidays), makeUpDays: new Set(makeUpDays) };
}

/** Whether a day is a working day: a weekday that is no holiday, or a make-up weekend day. */
export function isWorkingDay(calendar: WorkingCalendar, day: Day): boolean {
  if (calendar.holidays.has(day)) return false;
  return !isWeekend(day) || calendar.makeUpDays.has(day);
}

/**
 * The `n`-th working day after `day` (`day` itself not counted); `n` 0 gives `day` unchanged.
 * @example addWorkingDays(workingCalendar([], []), '2026-03-27', 1) //=> '2026-03-30' (Friday → Monday)
 */
export function addWorkingDays(calendar: WorkingCalendar, day: Day, n: number): Day {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Not a count of working days: ${n}`);
  let current = day;
  for (let left = n; left > 0;) {
    current = addDays(current, 1);
    if (isWorkingDay(calendar, current)) left -= 1;
  }
  return current;
}

/**
 * The working days after `from` through `to` (both calendar days); 0 when `to` is not after `from`.
 * @example workingDaysBetween(workingCalendar([], []), '2026-03-27', '2026-04-01') //=> 3 (Mon, Tue, Wed)
 */
export function workingDaysBetween(calendar: WorkingCalendar, from: Day, to: Day): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
    if (isWorkingDay(calendar, day)) count += 1;
  }
  return count;
}

/**
 * How many working days late a step done (or still not done) on `day` is against `deadline`: 0 when
 * `day` is on or before the deadline, else at least 1.
 * @example workingDaysLate(workingCalendar([], []), '2026-04-03', '2026-04-04') //=> 1 (Friday due, done Saturday)
 */
export function workingDaysLate(calendar: WorkingCalendar, deadline: Day, day: Day): number {
  if (day <= deadline) return 0;
  return Math.max(1, workingDaysBetween(calendar, deadline, day));
}
