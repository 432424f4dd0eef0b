import { describe, expect, test } from 'vitest';
import { revenuePerActiveRep } from './productivity.js';
import { a, indexOf, rep } from './test-support.js';

describe('revenuePerActiveRep', () => {
  const reps = [
    rep('S100', { team: 'team_a' }),
    rep('S101', { team: 'team_a' }),
    rep('S102', { team: 'Team_A' }),
    rep('S105', { team: 'team_a' }),
    rep('S201', { team: 'team_b' }),
    rep('S900', { team: undefined }),
  ];
  const rows = [
    a('2026-04-03', 'S101', 'deal', { customer_id: 'C1', amount: 300_000 }),
    a('2026-04-09', 'S102', 'deal', { customer_id: 'C2', amount: 200_000, share: 0.5, ref: 'D2' }),
    a('2026-04-09', 'S201', 'deal', { customer_id: 'C2', amount: 200_000, share: 0.5, ref: 'D2' }),
    a('2026-04-20', 'S105', 'lead', { customer_id: 'C3' }),
    a('2026-05-02', 'S101', 'refund', { customer_id: 'C1', amount: 30_000 }),
    a('2026-05-02', 'S900', 'deal', { customer_id: 'C4', amount: 1_000 }),
  ];
  const months = revenuePerActiveRep(indexOf(rows, reps, '2026-05-15'));

  test('divides a team’s revenue by the reps who logged anything that month; ids in any case are one team', () => {
    const april = months.find((m) => m.team === 'team_a' && m.month === '2026-04')!;
    expect([april.revenue.toFixed(), april.activeReps, april.perRep?.toFixed(2)]).toEqual([
      '400000',
      3,
      '133333.33',
    ]);
  });

  test('a month of refunds only is negative; a split deal goes to each team at its share', () => {
    expect(months.map((m) => [m.month, m.team, m.revenue.toFixed(), m.activeReps])).toEqual([
      ['2026-05', 'team_a', '-30000', 1],
      ['2026-04', 'team_a', '400000', 3],
      ['2026-04', 'team_b', '100000', 1],
    ]);
  });
});
