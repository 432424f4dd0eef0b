import { describe, expect, test } from 'vitest';
import { a1Range, columnIndex, columnLetters, formatA1, parseA1, quoteSheet, widestRow } from './a1.js';

describe('A1 notation', () => {
  test.each([
    { index: 0, letters: 'A' },
    { index: 25, letters: 'Z' },
    { index: 26, letters: 'AA' },
    { index: 51, letters: 'AZ' },
    { index: 701, letters: 'ZZ' },
    { index: 702, letters: 'AAA' },
  ])('column $index is $letters and back', ({ index, letters }) => {
    expect(columnLetters(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
  });

  test('tab titles are quoted with their quotes doubled', () => {
    expect(quoteSheet("Rep's tab")).toBe("'Rep''s tab'");
    expect(a1Range('绩效评分', 3, 28)).toBe("'绩效评分'!A1:AB3");
  });

  const cases: { range: string; expected: ReturnType<typeof parseA1> }[] = [
    { range: 'Settings', expected: { sheet: 'Settings' } },
    { range: "'Data Issues'", expected: { sheet: 'Data Issues' } },
    {
      range: "'Rep''s tab'!B2",
      expected: { sheet: "Rep's tab", startRow: 1, endRow: 2, startColumn: 1, endColumn: 2 },
    },
    {
      range: 'Activity!A1:M200',
      expected: { sheet: 'Activity', startRow: 0, endRow: 200, startColumn: 0, endColumn: 13 },
    },
    { range: "'a!b'!A:C", expected: { sheet: 'a!b', startColumn: 0, endColumn: 3 } },
    { range: 'A2:C', expected: { startRow: 1, startColumn: 0, endColumn: 3 } },
    { range: '2:5', expected: { startRow: 1, endRow: 5 } },
  ];
  test.each(cases)('parses $range', ({ range, expected }) => {
    expect(parseA1(range)).toEqual(expected);
  });

  test('a parsed rectangle formats back to the same text', () => {
    for (const text of ["'Scorecard'!A1:F20", "'绩效评分'!B3", "'Run Log'!A:C"])
      expect(formatA1(parseA1(text))).toBe(text);
  });

  test.each(["'open", 'Tab!B2:A1', 'Tab!A1:B2:C3', 'Tab!1A'])('refuses %s', (range) => {
    expect(() => parseA1(range)).toThrow();
  });
});

test('the widest row of a tab too long to spread into Math.max', () => {
  const rows: number[][] = Array.from({ length: 500_000 }, () => [1]);
  rows[250_000] = [1, 2, 3, 4];
  expect(widestRow(rows)).toBe(4);
  expect(widestRow([])).toBe(0);
});
