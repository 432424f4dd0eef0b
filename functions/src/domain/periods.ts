/**
 * Periods: months `2026-05`, quarters `2026-Q2`, years `2026`, each a range of calendar days.
 *
 * @example periodRange('2026-Q1') //=> { first: '2026-01-01', last: '2026-03-31' }
 */
import { addDays, dayOf, type Day } from './days.js';
import { memo } from './memo.js';

export type Period = string;
export type PeriodKind = 'month' | 'quarter' | 'year';

// Periods are few (a workbook spans a handful of years) but are asked about once per scorecard, target
// and review: their kind, months and days are remembered, and shared, hence read-only.

export const periodKind: (period: Period) => PeriodKind = memo((period: Period): PeriodKind => {
  if (/^\d{4}-\d{2}$/.test(period)) return 'month';
  if (/^\d{4}-Q[1-4]$/.test(period)) return 'quarter';
  if (/^\d{4}$/.test(period)) return 'year';
  throw new RangeError(`Not a period: ${period}`);
});

// Remembered per day: the activity log asks for the period of each of its rows, several times over.
export const monthOf: (day: Day) => Period = memo((day: Day) => day.slice(0, 7));
export const quarterOf: (day: Day) => Period = memo(
  (day: Day) => `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`,
);
export const yearOf: (day: Day) => Period = memo((day: Day) => day.slice(0, 4));

/** The period of a given kind that holds a day. */
export function periodOf(day: Day, kind: PeriodKind): Period {
  return kind === 'month' ? monthOf(day) : kind === 'quarter' ? quarterOf(day) : yearOf(day);
}

/** The months a period is made of, in order. */
export const monthsOf: (period: Period) => readonly Period[] = memo((period: Period): readonly Period[] => {
  const year = period.slice(0, 4);
  const kind = periodKind(period);
  if (kind === 'month') return [period];
  const first = kind === 'quarter' ? (Number(period.slice(6)) - 1) * 3 + 1 : 1;
  const count = kind === 'quarter' ? 3 : 12;
  return Array.from({ length: count }, (_, i) => `${year}-${String(first + i).padStart(2, '0')}`);
});

/** First and last day of a period, both included. */
export const periodRange: (period: Period) => Readonly<{ first: Day; last: Day }> = memo(
  (period: Period): Readonly<{ first: Day; last: Day }> => {
    const months = monthsOf(period);
    const firstMonth = months[0]!;
    const lastMonth = months[months.length - 1]!;
    const first = dayOf(Number(firstMonth.slice(0, 4)), Number(firstMonth.slice(5, 7)), 1)!;
    const [y, m] = [Number(lastMonth.slice(0, 4)), Number(lastMonth.slice(5, 7))];
    const nextFirst = m === 12 ? dayOf(y + 1, 1, 1)! : dayOf(y, m + 1, 1)!;
    return { first, last: addDays(nextFirst, -1) };
  },
);

/** The period just before, of the same kind. */
export const previousPeriod: (period: Period) => Period = memo((period: Period): Period => {
  const kind = periodKind(period);
  const year = Number(period.slice(0, 4));
  if (kind === 'year') return String(year - 1);
  if (kind === 'quarter') {
    const q = Number(period.slice(6));
    return q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`;
  }
  const m = Number(period.slice(5, 7));
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`;
});

/** Every month from the month of `first` through the month of `last`. */
export function monthsBetween(first: Day, last: Day): Period[] {
  const months: Period[] = [];
  let month = monthOf(first);
  const end = monthOf(last);
  while (month <= end) {
    months.push(month);
    const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
    month = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  }
  return months;
}
