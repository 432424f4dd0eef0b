import { describe, expect, test } from 'vitest';
import { cyclesByRepMonth, dealCycles } from './deal-cycle.js';
import { a, indexOf, journey, rep } from './test-support.js';

const reps = [rep('S1'), rep('S2', { hire_date: '2026-03-02' }), rep('S3')];

describe('dealCycles', () => {
  // Given S1's customers C1 (lead 03-02, deal 03-20) and C2 (03-10 → 03-16), S2's C3 (a new hire: 03-05 → 03-26),
  // C4 with a lead and no deal yet, C5 with a deal and no lead, C6 split between S1 and S3 (03-01 → 04-02)
  const rows = [
    ...journey('C1', 'S1', '2026-03-02', '2026-03-20'),
    ...journey('C2', 'S1', '2026-03-10', '2026-03-16'),
    ...journey('C3', 'S2', '2026-03-05', '2026-03-26'),
    ...journey('C4', 'S1', '2026-04-01'),
    a('2026-04-01', 'S1', 'deal', { customer_id: 'C5', amount: 1 }),
    a('2026-03-01', 'S3', 'lead', { customer_id: 'C6' }),
    a('2026-04-02', 'S1', 'deal', { customer_id: 'C6', amount: 10, share: 0.5, ref: 'X' }),
    a('2026-04-02', 'S3', 'deal', { customer_id: 'C6', amount: 10, share: 0.5, ref: 'X' }),
    // C1's second deal does not make a second cycle
    a('2026-04-10', 'S1', 'deal', { customer_id: 'C1', amount: 5 }),
  ];
  const cycles = dealCycles(indexOf(rows, reps, '2026-05-15'), 90);

  test('measures first lead to first deal for each credited rep; no deal yet or no lead means no cycle', () => {
    expect(cycles.map((c) => [c.customer, c.rep, c.days, c.newHire]).sort()).toEqual([
      ['c1', 's1', 18, false],
      ['c2', 's1', 6, false],
      ['c3', 's2', 21, true],
      ['c6', 's1', 32, false],
      ['c6', 's3', 32, false],
    ]);
  });

  test('gives the median per rep and month, latest month first', () => {
    expect(cyclesByRepMonth(cycles)).toEqual([
      { month: '2026-04', rep: 's1', deals: 1, newHireDeals: 0, medianDays: 32 },
      { month: '2026-04', rep: 's3', deals: 1, newHireDeals: 0, medianDays: 32 },
      { month: '2026-03', rep: 's1', deals: 2, newHireDeals: 0, medianDays: 12 },
      { month: '2026-03', rep: 's2', deals: 1, newHireDeals: 1, medianDays: 21 },
    ]);
  });

  test('a lead logged after the deal gives no cycle', () => {
    const late = dealCycles(
      indexOf(
        [
          a('2026-03-01', 'S1', 'deal', { customer_id: 'C9', amount: 1 }),
          a('2026-03-05', 'S1', 'lead', { customer_id: 'C9' }),
        ],
        reps,
        '2026-05-15',
      ),
      90,
    );
    expect(late).toEqual([]);
  });
});
