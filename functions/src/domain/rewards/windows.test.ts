import { describe, expect, test } from 'vitest';
import { weekStart, windowOf, windowsWithin } from './windows.js';

describe('windowOf', () => {
  test.each([
    {
      name: 'a day is its own window',
      day: '2026-05-13',
      kind: 'day',
      starts: 1,
      expected: ['2026-05-13', '2026-05-13'],
    },
    {
      name: 'a Monday week holds its Wednesday',
      day: '2026-05-13',
      kind: 'week',
      starts: 1,
      expected: ['2026-05-11', '2026-05-17'],
    },
    {
      name: 'a Monday week holds its Sunday',
      day: '2026-05-17',
      kind: 'week',
      starts: 1,
      expected: ['2026-05-11', '2026-05-17'],
    },
    {
      name: 'a Sunday week starts on the Sunday before',
      day: '2026-05-13',
      kind: 'week',
      starts: 7,
      expected: ['2026-05-10', '2026-05-16'],
    },
    {
      name: 'a week may straddle two years',
      day: '2026-01-01',
      kind: 'week',
      starts: 1,
      expected: ['2025-12-29', '2026-01-04'],
    },
    {
      name: 'a month is the calendar month',
      day: '2026-02-14',
      kind: 'month',
      starts: 1,
      expected: ['2026-02-01', '2026-02-28'],
    },
  ] as const)('$name', ({ day, kind, starts, expected }) => {
    const w = windowOf(day, kind, starts);
    expect([w.first, w.last]).toEqual(expected);
  });
});

describe('weekStart', () => {
  test('a day on the week’s first weekday starts its own week', () => {
    expect(weekStart('2026-05-11', 1)).toBe('2026-05-11');
    expect(weekStart('2026-05-16', 6)).toBe('2026-05-16');
  });
});

describe('windowsWithin', () => {
  test('keeps only the weeks lying wholly inside the range', () => {
    // 2026-03-24 is a Tuesday: its week starts on the 23rd, outside the range
    const weeks = windowsWithin('2026-03-24', '2026-04-12', 'week', 1);
    expect(weeks.map((w) => w.first)).toEqual(['2026-03-30', '2026-04-06']);
  });

  test('gives no window when the range is shorter than one', () => {
    expect(windowsWithin('2026-05-12', '2026-05-15', 'week', 1)).toEqual([]);
  });
});
