/**
 * Calendar days. A day is an ISO string `YYYY-MM-DD`: a date on the workbook's calendar, never an
 * instant, so no machine time zone can shift it. Arithmetic goes through day numbers (days since
 * 1970-01-01), which are exact integers.
 */
import { TZDate } from '@date-fns/tz';
import { lightFormat } from 'date-fns/lightFormat';
import { memo } from './memo.js';

export type Day = string;

const MS_PER_DAY = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day for a year, month (1–12) and day of month, or undefined when no such day exists. */
export function dayOf(year: number, month: number, date: number): Day | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(date)) return undefined;
  const t = Date.UTC(year, month - 1, date);
  const d = new Date(t);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== date)
    return undefined;
  return d.toISOString().slice(0, 10);
}

/** Days since 1970-01-01. */
export const dayNumber: (day: Day) => number = memo((day: Day) => {
  const m = ISO_DAY.exec(day);
  if (!m) throw new RangeError(`Not a calendar day: ${day}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY;
});

/** The day `n` days after day number 0 (1970-01-01). Remembered: every row of a day then shares its text. */
export const dayFromNumber: (n: number) => Day = memo((n: number) =>
  new Date(n * MS_PER_DAY).toISOString().slice(0, 10),
);

export function addDays(day: Day, n: number): Day {
  return dayFromNumber(dayNumber(day) + n);
}

/**
 * Days from `first` to `last`, both included.
 * @example daysInclusive('2026-03-24', '2026-06-23') //=> 92
 */
export function daysInclusive(first: Day, last: Day): number {
  return dayNumber(last) - dayNumber(first) + 1;
}

/** ISO weekday: 1 Monday … 7 Sunday. */
export function isoWeekday(day: Day): number {
  const w = new Date(dayNumber(day) * MS_PER_DAY).getUTCDay();
  return w === 0 ? 7 : w;
}

export function isWeekend(day: Day): boolean {
  return isoWeekday(day) >= 6;
}

/** Today's calendar day in `timeZone` at the instant `now`. */
export function todayIn(timeZone: string, now: Date): Day {
  return lightFormat(new TZDate(now.getTime(), timeZone), 'yyyy-MM-dd');
}

/** Whether `timeZone` is an IANA zone this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The Sheets/Excel serial number of a day (epoch 1899-12-30). */
export function serialOfDay(day: Day): number {
  return dayNumber(day) + 25_569;
}

/** The day of a Sheets/Excel serial number (the fraction, a time of day, is dropped). */
export function dayOfSerial(serial: number): Day {
  return dayFromNumber(Math.floor(serial) - 25_569);
}
