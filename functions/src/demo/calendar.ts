/**
 * The demo's calendar: two years of ordinary business from 2024-01-01, the launch office from
 * 2026-02-16, the as-of day 2026-05-15, and the year plan through 2026-12.
 */
import { addDays, dayNumber, type Day } from '../domain/days.js';
import { monthsBetween, type Period } from '../domain/periods.js';
import type { Random } from './random.js';

/** The day the demo is recalculated as of. */
export const AS_OF: Day = '2026-05-15';
/** The first day of the log: the team's ordinary business (earlier phases, resale) from here. */
export const HISTORY_START: Day = '2024-01-01';
/** The day the sales office opened for the launch: the campaign's log starts here. */
export const LAUNCH_DAY: Day = '2026-02-16';
/** The last day before the launch office opened. */
export const LAUNCH_EVE: Day = addDays(LAUNCH_DAY, -1);
/**
 * Ordinary business winds down alongside the launch's warm-up, at half its volume, and stops when the
 * registration phase begins (2026-03-24): the last units of the earlier phases are sold by then.
 */
export const ORDINARY_END: Day = '2026-03-23';
/** The volume of ordinary business from the launch day on, as a share of a usual month's. */
export const ORDINARY_TAIL = 0.5;
/** Managers set monthly targets through the end of the year the launch falls in. */
export const LAST_PLANNED_MONTH: Period = '2026-12';

/** Every day from `first` to `last`, both included. */
export function daysFrom(first: Day, last: Day): Day[] {
  const days: Day[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) days.push(day);
  return days;
}

/** Every month from `first` to `last` (both `YYYY-MM`), both included. */
export function monthsFrom(first: Period, last: Period): Period[] {
  return monthsBetween(`${first}-01`, `${last}-01`);
}

export const monthStart = (month: Period): Day => `${month}-01`;
/** The last day of a month (`YYYY-MM`). */
export function monthEnd(month: Period): Day {
  const days = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
  return `${month}-${String(days).padStart(2, '0')}`;
}

export const later = (a: Day, b: Day): Day => (a > b ? a : b);
export const earlier = (a: Day, b: Day): Day => (a < b ? a : b);

export function randomDay(rng: Random, first: Day, last: Day): Day {
  return addDays(first, rng.int(0, dayNumber(last) - dayNumber(first)));
}

export const roundTo = (value: number, step: number): number => Math.round(value / step) * step;
