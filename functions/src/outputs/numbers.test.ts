import { expect, test } from 'vitest';
import { Dec } from '../domain/money.js';
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
  expect([groupedWidth(1234567), groupedWidth(-1000.5), groupedWidth(12)]).toEqual(['1,234,567'.length, '-1,000.50'.length, 2]);
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
