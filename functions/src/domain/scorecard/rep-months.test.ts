import { describe, expect, test } from 'vitest';
import { monthNumber, periodCount, repMonths, rollUp, slotOf } from './rep-months.js';
import { byRepPeriod } from './test-support.js';

describe('the rep and period grid', () => {
  const grid = repMonths(['R1', 'R2', 'R1'], '2025-11-20', '2026-05-15');

  test('numbers each rep once and counts the periods the months touch', () => {
    expect([...grid.reps]).toEqual([
      ['R1', 0],
      ['R2', 1],
    ]);
    expect([periodCount(grid, 'month'), periodCount(grid, 'quarter'), periodCount(grid, 'year')]).toEqual([
      7, 3, 2,
    ]);
  });

  test.each([
    { name: 'a month', day: '2026-02-03', kind: 'month' as const, expected: 1 * 7 + 3 },
    { name: 'a quarter', day: '2026-02-03', kind: 'quarter' as const, expected: 1 * 3 + 1 },
    { name: 'a year', day: '2026-02-03', kind: 'year' as const, expected: 1 * 2 + 1 },
    { name: 'a day before the first month', day: '2025-10-31', kind: 'year' as const, expected: -1 },
  ])('places $name by rep and period number', ({ day, kind, expected }) => {
    expect(slotOf(grid, 1, monthNumber(day), kind)).toBe(expected);
  });

  test('quarters add up their months, and a map keyed by rep and period reads the same', () => {
    const byMonth = new Array<number | undefined>(2 * 7).fill(undefined);
    byMonth[0] = 5; // R1, 2025-11
    byMonth[2] = 7; // R1, 2026-01
    byMonth[3] = 1; // R1, 2026-02
    const quarters = rollUp(grid, byMonth, 'quarter', (x, y) => x + y);
    expect(Object.fromEntries(byRepPeriod(grid, 'quarter', quarters))).toEqual({
      'R1\u00002025-Q4': 5,
      'R1\u00002026-Q1': 8,
    });
  });
});
