import { describe, expect, test } from 'vitest';
import { readDate, readDateTime, readId, readNumber, readPercent, readPeriod } from './cells.js';

const value = (r: { ok: boolean; value?: unknown; code?: string }) => (r.ok ? r.value : r.code);
const dec = (r: ReturnType<typeof readNumber>) => (r.ok ? r.value?.toFixed() : r.code);

describe('dates are calendar days whatever their form', () => {
  test.each([
    { raw: 46105, expected: '2026-03-24', form: 'a Sheets serial number' },
    { raw: new Date(Date.UTC(2026, 2, 24)), expected: '2026-03-24', form: 'an xlsx date' },
    { raw: '2026-03-24', expected: '2026-03-24', form: 'ISO text' },
    { raw: '2026/3/24', expected: '2026-03-24', form: 'slashed text' },
    { raw: '2026年3月24日', expected: '2026-03-24', form: 'Chinese text' },
    { raw: '2026-02-30', expected: 'impossible_date', form: 'a day that does not exist' },
    { raw: '24/03/2026', expected: 'not_a_date', form: 'day-first text, which is ambiguous' },
    { raw: 'next Tuesday', expected: 'not_a_date', form: 'words' },
    { raw: 3_500_000, expected: 'date_out_of_range', form: 'an amount typed into a date column' },
    { raw: null, expected: undefined, form: 'an empty cell' },
  ])('$form', ({ raw, expected }) => {
    expect(value(readDate(raw))).toBe(expected);
  });

  test('a time of 23:59:30 or later rounds to the next day’s midnight, whatever the cell holds', () => {
    expect(value(readDateTime(46114 + (23 * 3600 + 59 * 60 + 45) / 86400))).toBe('2026-04-03');
    expect(value(readDateTime(new Date('2026-04-02T23:59:45Z')))).toBe('2026-04-03');
    expect(value(readDateTime(new Date('2026-04-02T10:15:45Z')))).toBe('2026-04-02T10:16');
  });

  test('a claim time keeps its time of day', () => {
    expect(value(readDateTime('2026-04-02 14:30'))).toBe('2026-04-02T14:30');
    expect(value(readDateTime(46114.6041666667))).toBe('2026-04-02T14:30');
  });
});

describe('percents', () => {
  test.each([
    { raw: 0.15, expected: '0.15' },
    { raw: '15%', expected: '0.15' },
    { raw: '12.5 %', expected: '0.125' },
    { raw: 1, expected: '1' },
    { raw: 15, expected: 'ambiguous_percent' },
    { raw: '15', expected: 'ambiguous_percent' },
    { raw: '-5%', expected: 'negative_percent' },
    { raw: 'half', expected: 'not_a_percent' },
  ])('$raw reads as $expected', ({ raw, expected }) => {
    expect(dec(readPercent(raw))).toBe(expected);
  });

  test('a multiplier column reads 1.2 as 120%', () => {
    expect(dec(readPercent(1.2, true))).toBe('1.2');
    expect(dec(readPercent(120, true))).toBe('ambiguous_percent');
  });
});

describe('amounts are exact decimals', () => {
  test.each([
    { raw: 0.1 + 0.2, expected: '0.3' },
    { raw: '¥1,234.50', expected: '1234.5' },
    { raw: '8000元', expected: '8000' },
    { raw: '-20', expected: '-20' },
    { raw: 'about 500', expected: 'not_a_number' },
    { raw: true, expected: 'not_a_number' },
  ])('$raw reads as $expected', ({ raw, expected }) => {
    expect(dec(readNumber(raw))).toBe(expected);
  });
});

describe('periods and ids', () => {
  test.each([
    { raw: '2026-05', expected: '2026-05' },
    { raw: '2026-5', expected: '2026-05' },
    { raw: '2026-q2', expected: '2026-Q2' },
    { raw: 2026, expected: '2026' },
    { raw: 46143, expected: '2026-05' }, // Sheets turns a typed 2026-05 into the date 2026-05-01
    { raw: '2026-13', expected: 'not_a_period' },
  ])('period $raw reads as $expected', ({ raw, expected }) => {
    expect(value(readPeriod(raw))).toBe(expected);
  });

  test('a numeric id reads as its digits', () => {
    expect(value(readId(1001))).toBe('1001');
  });
});
