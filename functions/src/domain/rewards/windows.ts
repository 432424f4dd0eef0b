/**
 * Reward windows (SPEC sections 5 and 13): a day, a week that starts on Settings `week_starts_on`, or
 * a calendar month. Weekly channel rankings use the same weeks.
 *
 * @example
 * // Wednesday 2026-05-13, weeks starting on Monday (1):
 * windowOf('2026-05-13', 'week', 1) //=> { first: '2026-05-11', last: '2026-05-17' }
 * windowOf('2026-05-13', 'month', 1) //=> { first: '2026-05-01', last: '2026-05-31' }
 */
import { addDays, isoWeekday, type Day } from '../days.js';
import { monthOf, periodRange } from '../periods.js';

export type WindowKind = 'day' | 'week' | 'month';

/** A range of calendar days, both ends included. */
export interface Window {
  readonly first: Day;
  readonly last: Day;
}

/** The first day of the week holding `day`; `weekStartsOn` is an ISO weekday, 1 Monday … 7 Sunday. */
export function weekStart(day: Day, weekStartsOn: number): Day {
  return addDays(day, -((isoWeekday(day) - weekStartsOn + 7) % 7));
}

/** The window of a kind that holds a day. */
export function windowOf(day: Day, kind: WindowKind, weekStartsOn: number): Window {
  if (kind === 'day') return { first: day, last: day };
  if (kind === 'month') return periodRange(monthOf(day));
  const first = weekStart(day, weekStartsOn);
  return { first, last: addDays(first, 6) };
}

/** Every window of a kind lying wholly inside `first` … `last`, in order. */
export function windowsWithin(first: Day, last: Day, kind: WindowKind, weekStartsOn: number): Window[] {
  const windows: Window[] = [];
  let window = windowOf(first, kind, weekStartsOn);
  if (window.first < first) window = windowOf(addDays(window.last, 1), kind, weekStartsOn);
  while (window.last <= last) {
    windows.push(window);
    window = windowOf(addDays(window.last, 1), kind, weekStartsOn);
  }
  return windows;
}
