import { describe, expect, test } from 'vitest';
import { twoProportionTest } from './two-proportion-test.js';

describe('twoProportionTest', () => {
  // Reference z and two-sided p from scipy (norm.sf) on the same pooled statistic.
  test.each([
    { x1: 26, n1: 121, x2: 14, n2: 118, z: 1.9924868348296778, p: 0.046317668247213915 },
    { x1: 40, n1: 212, x2: 25, n2: 198, z: 1.7291253116656533, p: 0.08378666991376052 },
    { x1: 3, n1: 5, x2: 1, n2: 5, z: 1.2909944487358056, p: 0.19670560245894686 },
  ])('$x1/$n1 against $x2/$n2 gives z = $z and p = $p', ({ x1, n1, x2, n2, z, p }) => {
    const t = twoProportionTest(x1, n1, x2, n2)!;
    expect(t.z).toBeCloseTo(z, 12);
    expect(t.pTwoSided).toBeCloseTo(p, 12);
    expect(t.pFirstLower).toBeCloseTo(1 - p / 2, 12);
  });

  test('is symmetric: swapping the sides flips z and keeps the two-sided p', () => {
    const ab = twoProportionTest(14, 118, 26, 121)!;
    expect(ab.z).toBeCloseTo(-1.9924868348296778, 12);
    expect(ab.pTwoSided).toBeCloseTo(0.046317668247213915, 12);
    expect(ab.pFirstLower).toBeCloseTo(0.046317668247213915 / 2, 12);
  });

  test('equal rates give p = 1; sides that all converted or none differ in nothing', () => {
    expect(twoProportionTest(10, 100, 20, 200)).toEqual({ z: 0, pTwoSided: 1, pFirstLower: 0.5 });
    expect(twoProportionTest(0, 5, 0, 5)).toEqual({ z: 0, pTwoSided: 1, pFirstLower: 1 });
    expect(twoProportionTest(5, 5, 7, 7)).toEqual({ z: 0, pTwoSided: 1, pFirstLower: 1 });
  });

  test('a side without a trial cannot be tested', () => {
    expect(twoProportionTest(0, 0, 3, 10)).toBeNull();
  });
});
