import { expect, test } from 'vitest';
import { Dec, roundHalfUp } from '../domain/money.js';
import { amountText, figureText, groupedWidth, percentText } from './numbers.js';

test.each([
  [new Dec('1234567.5'), '1,234,567.50', '1,234,567.5'],
  [new Dec('-1000'), '-1,000.00', '-1,000'],
  [new Dec('999.995'), '1,000.00', '1,000'],
  ['0.1', '0.10', '0.1'],
])('%s reads as %s (money) and %s (figure)', (v, amount, figure) => {
  expect(amountText(v)).toBe(amount);
  expect(figureText(v)).toBe(figure);
});

test('the width of a grouped number is known without formatting it', () => {
  expect([groupedWidth(1234567), groupedWidth(-1000.5), groupedWidth(12)]).toEqual([
    '1,234,567'.length,
    '-1,000.50'.length,
    2,
  ]);
});

test.each([
  ['0.85674', '85.7%'],
  ['0.0005', '0.1%'],
  ['-0.0004', '0.0%'],
  ['-0.0125', '-1.3%'],
  ['1', '100.0%'],
  ['12.3456', '1234.6%'],
])('the fraction %s reads as %s', (fraction, text) => {
  expect(percentText(new Dec(fraction))).toBe(text);
});

/** The texts as worked out through Decimal's own rounding and printing, digit by digit. */
const grouped = (plain: string) =>
  plain.replace(/^(-?\d+)/, (whole) => whole.replace(/\B(?=(\d{3})+$)/g, ','));
const reference = {
  amount: (v: Dec) => grouped(roundHalfUp(v, 2).toFixed(2)),
  figure: (v: Dec) => grouped(roundHalfUp(v, 2).toFixed()),
  percent: (v: Dec) => `${roundHalfUp(v.mul(100), 1).toFixed(1)}%`,
};

test('texts made from whole numbers of cents agree with Decimal rounding at every magnitude', () => {
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647);
  const values = [
    '0',
    '-0',
    '0.005',
    '-0.005',
    '0.0049999',
    '0.0005',
    '-0.0005',
    '999999999999.995',
    '9999999999999.995',
    '12345678901234.5678',
    '1e20',
    '-1e-9',
  ];
  for (let i = 0; i < 1000; i++) {
    const digits = String(next()) + String(next());
    const point = next() % (digits.length + 4);
    const text =
      point < digits.length
        ? `${digits.slice(0, point) || '0'}.${digits.slice(point)}`
        : `0.${'0'.repeat(point - digits.length)}${digits}`;
    values.push(next() % 2 ? `-${text}` : text);
  }
  for (const text of values) {
    const v = new Dec(text);
    expect([text, amountText(v), figureText(v), percentText(v)]).toEqual([
      text,
      reference.amount(v),
      reference.figure(v),
      reference.percent(v),
    ]);
  }
});
