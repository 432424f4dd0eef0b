import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addToSum, compare, Dec, reportFigure, toReportNumber, wholeValue, ZERO } from './money.js';

/** A decimal as a text of up to `digits` significant digits, at any of a wide range of exponents. */
const decimalText = (digits: number) =>
  fc
    .record({
      negative: fc.boolean(),
      digits: fc.stringMatching(new RegExp(`^[0-9]{1,${digits}}$`)),
      exponent: fc.integer({ min: -30, max: 30 }),
    })
    .map(({ negative, digits: d, exponent }) => `${negative ? '-' : ''}${d}e${exponent}`);

/** The long way each digit-reading helper stands for: the decimal printed and the text parsed. */
const throughText = (d: Decimal) => {
  const n = Number(d.toString());
  return Object.is(n, -0) ? 0 : n;
};
const roundedThroughText = (d: Decimal, places: number) =>
  throughText(d.decimalPlaces() <= places ? d : d.toDecimalPlaces(places, Decimal.ROUND_HALF_UP));

describe('figures read from a decimal’s digits', () => {
  test('a reported number is the double its text parses to, never −0', () => {
    fc.assert(
      fc.property(decimalText(24), (text) => {
        expect(Object.is(toReportNumber(new Dec(text)), throughText(new Dec(text)))).toBe(true);
      }),
      { numRuns: 20_000 },
    );
    expect(Object.is(toReportNumber(new Dec('-0')), 0)).toBe(true);
    expect(toReportNumber(new Dec('0.1'))).toBe(0.1);
    expect(toReportNumber(new Dec('123456789012345.6'))).toBe(123456789012345.6);
  });

  test('a figure rounded half-up to its places is the double of the rounded decimal', () => {
    fc.assert(
      fc.property(decimalText(30), fc.integer({ min: 0, max: 8 }), (text, places) => {
        const d = new Dec(text);
        expect(Object.is(reportFigure(d, places), roundedThroughText(d, places))).toBe(true);
      }),
      { numRuns: 20_000 },
    );
    // Ties round away from zero; a figure that rounds to nothing is 0, not −0.
    expect(reportFigure(new Dec('94.995'), 2)).toBe(95);
    expect(reportFigure(new Dec('-2.345'), 2)).toBe(-2.35);
    expect(Object.is(reportFigure(new Dec('-0.001'), 2), 0)).toBe(true);
    expect(reportFigure(new Dec('0.1234565'), 6)).toBe(0.123457);
  });

  test('comparing two decimals agrees with decimal.js', () => {
    fc.assert(
      fc.property(decimalText(20), decimalText(20), (a, b) => {
        const x = new Dec(a);
        const y = new Dec(b);
        expect(compare(x, y)).toBe(x.comparedTo(y));
        expect(compare(x, x.plus(0))).toBe(0);
      }),
      { numRuns: 20_000 },
    );
    expect(compare(new Dec('1.50'), new Dec('1.5'))).toBe(0);
    expect(compare(new Dec('-0'), new Dec('0'))).toBe(0);
    expect(compare(new Dec('-3'), new Dec('2'))).toBe(-1);
  });
});

describe('addToSum: a sum started at its first term', () => {
  test.each([
    { name: 'a short decimal is the sum itself', x: '12.5', same: true },
    { name: '−0 starts the sum at +0, as 0 + −0 does', x: '-0', same: false },
    {
      name: 'more digits than the precision are rounded, as 0 + x is',
      x: '1.23456789012345678901234567890123456789012345',
      same: false,
    },
  ])('$name', ({ x, same }) => {
    const value = new Dec(x);
    const sum = addToSum(undefined, value);
    expect(sum === value).toBe(same);
    expect([sum.toFixed(), sum.isNegative()]).toEqual([
      ZERO.add(value).toFixed(),
      ZERO.add(value).isNegative(),
    ]);
  });

  test('a started sum adds as decimal.js does', () => {
    expect(addToSum(new Dec('0.1'), new Dec('0.2')).toFixed()).toBe('0.3');
  });
});

describe('wholeValue', () => {
  test.each([
    { value: '0', expected: 0 },
    { value: '7', expected: 7 },
    { value: '-300000', expected: -300_000 },
    { value: '10000000', expected: 10_000_000 },
    { value: '123456789012345', expected: 123_456_789_012_345 },
    { value: '120000000000000', expected: 120_000_000_000_000 },
    { value: '1000000000000000', expected: NaN },
    { value: '0.5', expected: NaN },
    { value: '12345678.9', expected: NaN },
  ])('reads $value as $expected', ({ value, expected }) => {
    expect(wholeValue(new Dec(value))).toBe(expected);
  });
});
