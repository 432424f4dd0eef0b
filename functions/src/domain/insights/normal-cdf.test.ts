import { describe, expect, test } from 'vitest';
import { normalCdf } from './normal-cdf.js';

// Reference values to 17 significant digits (mpmath ncdf at 30 digits), on both sides of each of
// the approximation's boundaries (0.67449 and √32).
const KNOWN: readonly [number, number][] = [
  [-37, 5.725571222524577e-300],
  [-20, 2.7536241186062337e-89],
  [-10, 7.619853024160525e-24],
  [-8, 6.220960574271784e-16],
  [-5.6568543, 7.70862668259876e-9],
  [-5.6568542, 7.708631172102683e-9],
  [-5, 2.866515718791939e-7],
  [-3, 0.0013498980316300946],
  [-1.959963984540054, 0.025000000000000012],
  [-1.96, 0.024997895148220435],
  [-1, 0.15865525393145705],
  [-0.6744898, 0.24999998417348182],
  [-0.6744897, 0.2500000159511391],
  [-0.5, 0.3085375387259869],
  [0, 0.5],
  [0.25, 0.5987063256829237],
  [0.5, 0.6914624612740131],
  [0.6744898, 0.7500000158265182],
  [1, 0.8413447460685429],
  [1.96, 0.9750021048517795],
  [2.5, 0.9937903346742238],
  [3, 0.9986501019683699],
  [5, 0.9999997133484281],
];

describe('normalCdf', () => {
  test.each(KNOWN)('Φ(%d) matches the published value', (x, expected) => {
    expect(Math.abs(normalCdf(x) - expected)).toBeLessThan(1e-15);
  });

  test.each(KNOWN.filter(([x]) => x <= -3))(
    'keeps the relative precision of the lower tail at %d',
    (x, expected) => {
      expect(Math.abs(normalCdf(x) / expected - 1)).toBeLessThan(1e-14);
    },
  );

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
