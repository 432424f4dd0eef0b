import { describe, expect, test } from 'vitest';
import { abComparisons, variantResults } from './ab-tests.js';
import { a, indexOf, journey, rep } from './test-support.js';
import type { InsightActivity } from './records.js';

const reps = [rep('S1'), rep('S2')];

/** `count` customers worked with `variant`, of whom `bought` buy a week later. */
function arm(variant: string, count: number, bought: number): InsightActivity[] {
  return Array.from({ length: count }, (_, i) =>
    journey(`${variant}${i}`, 'S1', '2026-04-01', i < bought ? '2026-04-08' : undefined, 100_000, {
      variant,
    }),
  ).flat();
}

describe('A/B comparisons', () => {
  test('compares two scripts by conversion with the two-proportion test', () => {
    const [ab] = abComparisons(indexOf([...arm('A', 118, 14), ...arm('B', 121, 26)], reps, '2026-05-15'), 30);
    expect([
      ab?.first.variant,
      ab?.first.leads,
      ab?.first.converted,
      ab?.second.variant,
      ab?.second.leads,
      ab?.second.converted,
    ]).toEqual(['a', 118, 14, 'b', 121, 26]);
    expect(ab?.enough).toBe(true);
    expect(ab?.test?.z).toBeCloseTo(-1.9924868348296778, 12);
    expect(ab?.test?.pTwoSided).toBeCloseTo(0.046317668247213915, 12);
  });

  test('five leads a side is below the minimum sample: no verdict, though the figures are there', () => {
    const [ab] = abComparisons(indexOf([...arm('A', 5, 1), ...arm('B', 5, 3)], reps, '2026-05-15'), 30);
    expect(ab?.enough).toBe(false);
    expect([ab?.first.rate?.toFixed(), ab?.second.rate?.toFixed()]).toEqual(['0.2', '0.6']);
  });

  test('a customer counts for the script of its first row with one, and only deals on or after that day convert it', () => {
    const rows = [
      a('2026-04-01', 'S1', 'call', { customer_id: 'C1', variant: 'A' }),
      a('2026-04-03', 'S2', 'call', { customer_id: 'c1', variant: 'b' }),
      a('2026-04-05', 'S1', 'deal', { customer_id: 'C1', amount: 1 }),
      a('2026-03-01', 'S1', 'deal', { customer_id: 'C2', amount: 1 }),
      a('2026-04-01', 'S1', 'lead', { customer_id: 'C2', variant: 'B' }),
    ];
    expect(
      variantResults(indexOf(rows, reps, '2026-05-15')).map((v) => [v.variant, v.leads, v.converted]),
    ).toEqual([
      ['a', 1, 1],
      ['b', 1, 0],
    ]);
  });

  test('three scripts make three pairs, in name order; one script makes none', () => {
    const index = indexOf([...arm('A', 2, 1), ...arm('B', 2, 1), ...arm('C', 2, 1)], reps, '2026-05-15');
    expect(abComparisons(index, 1).map((p) => `${p.first.variant}-${p.second.variant}`)).toEqual([
      'a-b',
      'a-c',
      'b-c',
    ]);
    expect(abComparisons(indexOf(arm('A', 3, 1), reps, '2026-05-15'), 1)).toEqual([]);
  });
});
