import { describe, expect, test } from 'vitest';
import { Dec } from '../money.js';
import { rankLines } from './rank.js';
import { repIndex, type ActivityFields } from './records.js';
import type { RewardContext, RewardRule } from './types.js';

const ids = ['S101', 'S102', 'S103', 'S104'];
const reps = repIndex(
  ids.map((rep_id, i) => ({ rep_id, team: `T${i + 1}`, channel: 'key_accounts', hire_date: '2026-01-05' })),
);
const context = (activity: ActivityFields[], asOf = '2026-05-13'): RewardContext => ({
  asOf,
  weekStartsOn: 1,
  activity,
  reps,
  phases: [],
});
/** Registrations on 2026-05-13, one count per rep in the order of `ids`. */
function registrations(counts: number[], date = '2026-05-13'): ActivityFields[] {
  let row = 2;
  return counts.flatMap((n, i) =>
    Array.from({ length: n }, () => ({ row: row++, date, rep_id: ids[i]!, type: 'registration' })),
  );
}
// The source: the day's first place in registrations gets 200 (SPEC section 5)
const dayTop = (topN: number): RewardRule => ({
  rule: 'daily_registration_top',
  kind: 'rank',
  trigger: 'registration',
  amount: new Dec(200),
  window: 'day',
  top_n: topN,
});

describe('rankLines', () => {
  test.each([
    { name: 'the first place alone takes the prize', topN: 1, counts: [4, 3, 2], expected: ['S101 200'] },
    {
      name: 'two tied for first split the prize',
      topN: 1,
      counts: [3, 3, 2],
      expected: ['S101 100', 'S102 100'],
    },
    {
      name: 'two tied for first share the prizes of places 1 and 2',
      topN: 3,
      counts: [4, 4, 2],
      expected: ['S101 200', 'S102 200', 'S103 200'],
    },
    {
      name: 'three tied for second split the one prize left within top_n',
      topN: 2,
      counts: [5, 3, 3, 3],
      expected: ['S101 200', 'S102 66.67', 'S103 66.67', 'S104 66.67'],
    },
    { name: 'a rep with no row is not ranked', topN: 3, counts: [2, 0, 0], expected: ['S101 200'] },
  ])('$name', ({ topN, counts, expected }) => {
    const lines = rankLines(dayTop(topN), context(registrations(counts)));
    expect(lines.map((l) => `${l.rep_id} ${l.amount.toFixed()}`)).toEqual(expected);
  });

  test('ranks each day on its own and pays on that day', () => {
    const rows = [...registrations([2, 1], '2026-05-12'), ...registrations([1, 2], '2026-05-13')];
    expect(rankLines(dayTop(1), context(rows)).map((l) => `${l.day} ${l.rep_id}`)).toEqual([
      '2026-05-12 S101',
      '2026-05-13 S102',
    ]);
  });

  test('a week is ranked once it has ended', () => {
    const weekly = { ...dayTop(1), window: 'week' as const };
    expect(rankLines(weekly, context(registrations([2, 1]), '2026-05-16'))).toEqual([]);
    expect(rankLines(weekly, context(registrations([2, 1]), '2026-05-17')).map((l) => l.day)).toEqual([
      '2026-05-17',
    ]);
  });
});
