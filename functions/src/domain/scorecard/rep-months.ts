/**
 * Reps and periods numbered, so the KPI actuals live in flat arrays: a rep's figure for a period sits
 * at `rep × periods + period`. Keyed by `rep U+0000 period` strings, every row and every scorecard
 * built (or looked up) a key and hashed it; a million rows and twenty thousand scorecards now index.
 *
 * @example
 * const grid = repMonths(['R1', 'R2'], '2025-11-20', '2026-05-15');
 * slotOf(grid, 1, monthNumber('2026-02-03'), 'quarter') //=> 1 × 3 + 1 (R2, the second quarter: 2026-Q1)
 */
import type { Day } from '../days.js';
import type { Period, PeriodKind } from '../periods.js';

export interface RepMonths {
  /** Each rep's number (the first row of an id repeated). */
  reps: ReadonlyMap<string, number>;
  /** The month number (`monthNumber`) of the first month. */
  first: number;
  /** How many months, from the first through the last. */
  months: number;
  /** How many periods of each kind those months touch, worked out once rather than for every row. */
  periods: Readonly<Record<PeriodKind, number>>;
}

const digit = (day: string, at: number) => day.charCodeAt(at) - 48;

/** Months since year 0 of a `yyyy-mm-dd` day (or `yyyy-mm` month): year × 12 + month − 1, read from the digits. */
export function monthNumber(day: Day | Period): number {
  return (
    (digit(day, 0) * 1000 + digit(day, 1) * 100 + digit(day, 2) * 10 + digit(day, 3)) * 12 +
    digit(day, 5) * 10 +
    digit(day, 6) -
    1
  );
}

/** Months per period of a kind. */
const LENGTH: Readonly<Record<PeriodKind, number>> = { month: 1, quarter: 3, year: 12 };

export function repMonths(reps: Iterable<string>, first: Day, last: Day): RepMonths {
  const numbers = new Map<string, number>();
  for (const rep of reps) if (!numbers.has(rep)) numbers.set(rep, numbers.size);
  return gridOf(numbers, monthNumber(first), Math.max(0, monthNumber(last) - monthNumber(first) + 1));
}

function gridOf(reps: ReadonlyMap<string, number>, first: number, months: number): RepMonths {
  const count = (kind: PeriodKind) =>
    months === 0 ? 0 : Math.floor((first + months - 1) / LENGTH[kind]) - Math.floor(first / LENGTH[kind]) + 1;
  return {
    reps,
    first,
    months,
    periods: { month: count('month'), quarter: count('quarter'), year: count('year') },
  };
}

/** The number, from 0, of the period of a kind that holds a month (by its `monthNumber`). */
export function periodIndex(grid: RepMonths, month: number, kind: PeriodKind): number {
  const length = LENGTH[kind];
  return Math.floor(month / length) - Math.floor(grid.first / length);
}

/** How many periods of a kind the grid's months touch. */
export function periodCount(grid: RepMonths, kind: PeriodKind): number {
  return grid.periods[kind];
}

/** A rep's slot for the period of a kind that holds a month, or -1 outside the grid. */
export function slotOf(grid: RepMonths, rep: number, month: number, kind: PeriodKind): number {
  if (month < grid.first || month >= grid.first + grid.months) return -1;
  return rep * periodCount(grid, kind) + periodIndex(grid, month, kind);
}

/**
 * Figures by rep and month added up by rep and quarter or year, each period's months in order. A
 * period with no figure in any month has none (undefined), and one with a single figure keeps it as is.
 */
export function rollUp<T>(
  grid: RepMonths,
  byMonth: readonly (T | undefined)[],
  kind: PeriodKind,
  add: (x: T, y: T) => T,
): (T | undefined)[] {
  if (kind === 'month') return byMonth.slice();
  const periods = periodCount(grid, kind);
  const out = new Array<T | undefined>(grid.reps.size * periods).fill(undefined);
  for (let rep = 0; rep < grid.reps.size; rep++) {
    for (let m = 0; m < grid.months; m++) {
      const value = byMonth[rep * grid.months + m];
      if (value === undefined) continue;
      const at = rep * periods + periodIndex(grid, grid.first + m, kind);
      const before = out[at];
      out[at] = before === undefined ? value : add(before, value);
    }
  }
  return out;
}
