/**
 * Wall-clock minutes: a time read off the workbook's clock (its `timezone`) as one integer, day number
 * × 1440 + minutes into the day. Nothing here asks a machine for its time zone: the wall clock is
 * what the manager typed, and differences between two of them are plain integer arithmetic.
 *
 * @example wallMinute('2026-03-03T10:15') //=> 29_542_215 (day 20_515 × 1440 + 615)
 * @example wallTime(29_542_215) //=> '2026-03-03T10:15'
 */
import { dayFromNumber, dayNumber, type Day } from '../days.js';

export const MINUTES_PER_DAY = 1440;

/** A day with an optional time of day: `2026-03-03`, `2026-03-03T10:15` or `2026-03-03 10:15`. */
const WALL_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2}))?$/;

/** The wall-clock minute of a day and optional time; a day alone is 00:00 of that day. */
export function wallMinute(at: string): number {
  const m = WALL_TIME.exec(at);
  if (!m) throw new RangeError(`Not a day or a day and time: ${at}`);
  const hours = Number(m[2] ?? 0);
  const minutes = Number(m[3] ?? 0);
  if (hours > 23 || minutes > 59) throw new RangeError(`Not a time of day: ${at}`);
  return dayNumber(m[1]!) * MINUTES_PER_DAY + hours * 60 + minutes;
}

/** The calendar day a wall-clock minute falls on. */
export function dayOfMinute(minute: number): Day {
  return dayFromNumber(Math.floor(minute / MINUTES_PER_DAY));
}

/** A wall-clock minute as `YYYY-MM-DDTHH:mm`. */
export function wallTime(minute: number): string {
  const inDay = minute - Math.floor(minute / MINUTES_PER_DAY) * MINUTES_PER_DAY;
  const hh = String(Math.floor(inDay / 60)).padStart(2, '0');
  const mm = String(inDay % 60).padStart(2, '0');
  return `${dayOfMinute(minute)}T${hh}:${mm}`;
}
