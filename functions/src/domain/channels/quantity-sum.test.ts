import { describe, expect, test } from 'vitest';
import { Dec, isOne, ONE } from '../money.js';
import { QuantitySum } from './quantity-sum.js';

describe('isOne', () => {
  test('knows 1 in any spelling, and nothing else', () => {
    expect([ONE, new Dec(1), new Dec('1.0'), new Dec('10e-1'), new Dec(10).div(10)].map(isOne)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(
      [new Dec(-1), new Dec('1.0000001'), new Dec(10), new Dec(0), new Dec(Infinity), new Dec(NaN)].map(
        isOne,
      ),
    ).toEqual([false, false, false, false, false, false]);
  });
});

describe('QuantitySum', () => {
  test('adds ones as a count and the rest exactly', () => {
    const sum = new QuantitySum();
    expect(sum.total().toFixed()).toBe('0');
    for (const q of [ONE, new Dec(1), new Dec('2.5'), new Dec('0.25'), ONE]) sum.add(q);
    expect(sum.total().toFixed()).toBe('5.75');
  });
});
