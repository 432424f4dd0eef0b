import { describe, expect, test } from 'vitest';
import { normalCdf } from './normal-cdf.js';

// Reference values to 17 significant digits (mpmath ncdf at 30 digits), on both sides of each of
// the approximation's boundaries (0.67449 and √32).
const KNOWN: readonly [number, number][] = [
  [-37, 5.7255712225245768e-300],
  [-20, 2.7536241186062337e-89],
  [-10, 7.6198530241605261e-24],
  [-8, 6.2209605742717841e-16],
  [-5.6568543, 7.7086266825987608e-9],
  [-5.6568542, 7.7086311721026833e-9],
  [-5, 2.8665157187919391e-7],
  [-3, 0.0013498980316300945],
  [-1.959963984540054, 0.025000000000000011],
  [-1.96, 0.024997895148220436],
  [-1, 0.15865525393145705],
  [-0.6744898, 0.24999998417348181],
  [-0.6744897, 0.2500000159511391],
  [-0.5, 0.3085375387259869],
  [0, 0.5],
  [0.25, 0.59870632568292372],
  [0.5, 0.6914624612740131],
  [0.6744898, 0.75000001582651819],
  [1, 0.84134474606854295],
  [1.96, 0.97500210485177956],
  [2.5, 0.99379033467422386],
  [3, 0.99865010196836991],
  [5, 0.99999971334842812],
];

describe('normalCdf', () => {
  test.each(KNOWN)('Φ(%d) matches the published value', (x, expected) => {
    expect(Math.abs(normalCdf(x) - expected)).toBeLessThan(1e-15);
  });

  test.each(KNOWN.filter(([x]) => x <= -3))('keeps the relative precision of the lower tail at %d', (x, expected) => {
    expect(Math.abs(normalCdf(x) / expected - 1)).toBeLessThan(1e-14);
  });

  test('is symmetric: Φ(−x) = 1 − Φ(x)', () => {
    for (let x = 0; x <= 6; x += 0.37) expect(normalCdf(-x) + normalCdf(x)).toBeCloseTo(1, 14);
  });

  test('rises monotonically and stays within 0 and 1', () => {
    let previous = 0;
    for (let x = -40; x <= 40; x += 0.01) {
      const p = normalCdf(x);
      expect(p).toBeGreaterThanOrEqual(previous);
      expect(p).toBeLessThanOrEqual(1);
      previous = p;
    }
    expect(normalCdf(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(normalCdf(Number.POSITIVE_INFINITY)).toBe(1);
    expect(normalCdf(Number.NaN)).toBeNaN();
  });
});
