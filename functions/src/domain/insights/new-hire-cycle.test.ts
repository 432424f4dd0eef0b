import { describe, expect, test } from 'vitest';
import type { CycleCredit } from './deal-cycle.js';
import { compareNewHires, compareNewHiresBetween, newHireCyclesByMonth } from './new-hire-cycle.js';

let n = 0;
const cycle = (days: number, newHire: boolean, day = '2026-03-10', customer = `c${++n}`): CycleCredit => ({
  customer,
  rep: newHire ? 'new' : 'old',
  day,
  month: day.slice(0, 7),
  days,
  newHire,
});

describe('compareNewHires', () => {
  test('puts the new hires’ median against the others’: 21 days against 15 is 40% longer', () => {
    const result = compareNewHires([
      cycle(14, true),
      cycle(21, true),
      cycle(28, true),
      cycle(10, false),
      cycle(20, false),
    ]);
    expect(result.newHires).toEqual({ deals: 3, medianDays: 21 });
    expect(result.others).toEqual({ deals: 2, medianDays: 15 });
    expect(result.longerBy).toBeCloseTo(0.4, 12);
  });

  test('a customer shared by two new hires counts once on their side', () => {
    expect(
      compareNewHires([cycle(14, true, '2026-03-10', 'c1'), cycle(14, true, '2026-03-10', 'c1')]).newHires
        .deals,
    ).toBe(1);
  });

  test('without deals on one side there is no comparison', () => {
    expect(compareNewHires([cycle(10, false)]).longerBy).toBeNull();
    expect(compareNewHires([cycle(10, true), cycle(0, false)]).longerBy).toBeNull();
  });

  test('compares month by month, latest first, and over a range of days', () => {
    const cycles = [
      cycle(30, true, '2026-04-02'),
      cycle(10, false, '2026-04-03'),
      cycle(12, true, '2026-03-02'),
      cycle(12, false, '2026-03-05'),
    ];
    expect(newHireCyclesByMonth(cycles).map((m) => [m.month, m.longerBy])).toEqual([
      ['2026-04', 2],
      ['2026-03', 0],
    ]);
    expect(compareNewHiresBetween(cycles, '2026-04-01', '2026-04-30').newHires.medianDays).toBe(30);
  });
});
