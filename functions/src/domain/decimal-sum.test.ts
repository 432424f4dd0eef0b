import { describe, expect, test } from 'vitest';
import { Dec, ZERO } from './money.js';
import { DecimalSum } from './decimal-sum.js';

describe('DecimalSum', () => {
  test('gives the exact sum of whole and other values, as adding them in turn does', () => {
    const values = ['300000', '0.6', '-1250', '99999999999999', '12345.678', '1', '-0.6'].map(
      (v) => new Dec(v),
    );
    const sum = new DecimalSum();
    values.forEach((v, i) => (i % 2 === 0 ? sum.add(v) : sum.sub(v.neg())));
    expect(sum.total().toFixed()).toBe(values.reduce((s, v) => s.add(v), ZERO).toFixed());
  });

  test('stays exact past the largest safe integer of whole values', () => {
    const sum = new DecimalSum();
    const big = new Dec('999999999999999');
    for (let i = 0; i < 20; i++) sum.add(big);
    expect(sum.total().toFixed()).toBe(big.mul(20).toFixed());
  });

  test('is zero with nothing added, and a cancelled sum is zero too', () => {
    expect(new DecimalSum().total().toFixed()).toBe('0');
    const sum = new DecimalSum();
    sum.add(new Dec('2.5'));
    sum.sub(new Dec('2.5'));
    expect(sum.total().isZero()).toBe(true);
  });
});
