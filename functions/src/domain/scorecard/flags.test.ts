import { describe, expect, test } from 'vitest';
import { Dec } from '../money.js';
import { flagCards, type Flag, type Flaggable } from './flags.js';
import { gradeBands, gradeLadder } from './grade.js';
import { DEFAULT_GRADES } from './test-support.js';

const bands = gradeBands(gradeLadder(DEFAULT_GRADES));

/** A rep's run of periods, each with its grade (null for none), the last one first judged. */
function run(
  kind: Flaggable['kind'],
  periods: [string, string | null][],
  extra: Partial<Flaggable> = {},
): Flaggable[] {
  return periods.map(([period, grade]) => ({
    rep: 'R1',
    period,
    kind,
    hire: '2020-01-01',
    revenue: new Dec(0),
    complete: true,
    flags: [] as Flag[],
    ...(grade ? { grade } : {}),
    ...extra,
  }));
}

const flagsOf = (cards: Flaggable[]) => cards.map((c) => c.flags.join(',') || '-');

describe('flags over consecutive periods', () => {
  test.each([
    {
      name: 'pip: a D month',
      kind: 'month' as const,
      grades: [
        ['2026-03', 'B'],
        ['2026-04', 'D'],
      ],
      expected: ['-', 'pip'],
    },
    {
      name: 'pip: C then C',
      kind: 'month' as const,
      grades: [
        ['2026-03', 'C'],
        ['2026-04', 'C'],
      ],
      expected: ['-', 'pip'],
    },
    {
      name: 'pip: C, B, C is no run',
      kind: 'month' as const,
      grades: [
        ['2026-02', 'C'],
        ['2026-03', 'B'],
        ['2026-04', 'C'],
      ],
      expected: ['-', '-', '-'],
    },
    {
      name: 'pip: a month without a grade breaks the run',
      kind: 'month' as const,
      grades: [
        ['2026-02', 'C'],
        ['2026-03', null],
        ['2026-04', 'C'],
      ],
      expected: ['-', '-', '-'],
    },
    {
      name: 'pip: across a year end',
      kind: 'month' as const,
      grades: [
        ['2025-12', 'C'],
        ['2026-01', 'D'],
      ],
      expected: ['-', 'pip'],
    },
    {
      name: 'rate raise: A then S quarters',
      kind: 'quarter' as const,
      grades: [
        ['2025-Q4', 'A'],
        ['2026-Q1', 'S'],
      ],
      expected: ['-', 'rate_raise_eligible'],
    },
    {
      name: 'low grade: C then D quarters',
      kind: 'quarter' as const,
      grades: [
        ['2025-Q4', 'C'],
        ['2026-Q1', 'D'],
      ],
      expected: ['-', 'low_grade'],
    },
    {
      name: 'no quarter flag for B then A',
      kind: 'quarter' as const,
      grades: [
        ['2025-Q4', 'B'],
        ['2026-Q1', 'A'],
      ],
      expected: ['-', '-'],
    },
    {
      name: 'trainee pool: A then S years',
      kind: 'year' as const,
      grades: [
        ['2024', 'A'],
        ['2025', 'S'],
      ],
      expected: ['-', 'trainee_pool'],
    },
  ])('$name', ({ kind, grades, expected }) => {
    const cards = run(kind, grades as [string, string | null][]);
    flagCards(cards, bands, new Dec(90));
    expect(flagsOf(cards)).toEqual(expected);
  });

  test('warning: revenue below its base target two months running', () => {
    const cards = run(
      'month',
      [
        ['2026-02', 'B'],
        ['2026-03', 'B'],
        ['2026-04', 'B'],
      ],
      { revenueTarget: new Dec(100) },
    );
    cards[0]!.revenue = new Dec(99);
    cards[1]!.revenue = new Dec(50);
    cards[2]!.revenue = new Dec(100);
    flagCards(cards, bands, new Dec(90));
    expect(flagsOf(cards)).toEqual(['-', 'warning', '-']);
  });

  test('promotion candidate: year grade S with teamwork at the excellent line', () => {
    const cards = [
      ...run('year', [['2025', 'S']], { teamwork: new Dec(90) }),
      ...run('year', [['2024', 'S']], { rep: 'R2', teamwork: new Dec('89.99') }),
    ];
    flagCards(cards, bands, new Dec(90));
    expect(flagsOf(cards)).toEqual(['promotion_candidate', '-']);
  });

  test.each([
    { hire: '2026-01-01', quarter: '2026-Q1', expected: 'new_hire_award' },
    { hire: '2025-11-15', quarter: '2026-Q1', expected: 'new_hire_award' },
    { hire: '2025-11-15', quarter: '2026-Q2', expected: '-' },
    { hire: '2026-01-02', quarter: '2026-Q1', expected: '-' },
  ])('new hire award: hired $hire, A in $quarter → $expected', ({ hire, quarter, expected }) => {
    const cards = run('quarter', [[quarter, 'A']], { hire });
    flagCards(cards, bands, new Dec(90));
    expect(flagsOf(cards)).toEqual([expected]);
  });

  test('a period still in progress carries no flag', () => {
    const cards = run('month', [
      ['2026-04', 'D'],
      ['2026-05', 'D'],
    ]);
    cards[1]!.complete = false;
    flagCards(cards, bands, new Dec(90));
    expect(flagsOf(cards)).toEqual(['pip', '-']);
  });
});
