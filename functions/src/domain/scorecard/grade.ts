/**
 * The grade of a total: the highest grade whose `min_score` the rounded total reaches (SPEC section 3).
 * A total below every threshold gets the lowest grade.
 *
 * @example gradeOf(new Dec('95.00'), defaultGrades) //=> 'A'  (94.995 rounds to 95.00 first)
 */
import type { Decimal } from 'decimal.js';
import { compare } from '../money.js';

export interface GradeRule {
  grade: string;
  minScore: Decimal;
  bonusMultiplier: Decimal;
}

/** Grades from the highest threshold down. */
export function gradeLadder(grades: readonly GradeRule[]): GradeRule[] {
  return [...grades].sort((a, b) => b.minScore.comparedTo(a.minScore));
}

export function gradeOf(total: Decimal, ladder: readonly GradeRule[]): string | undefined {
  // A loop rather than `find` with a closure: it runs for every scorecard.
  for (let i = 0; i < ladder.length; i++)
    if (compare(total, ladder[i]!.minScore) >= 0) return ladder[i]!.grade;
  return ladder[ladder.length - 1]?.grade;
}

/**
 * Grade bands by position, so the rules read with any grade names: the two highest are "A or S", the
 * two lowest "C or below", the lowest "D".
 */
export function gradeBands(ladder: readonly GradeRule[]) {
  const names = ladder.map((g) => g.grade);
  return {
    top: new Set(names.slice(0, 1)),
    topTwo: new Set(names.slice(0, 2)),
    bottom: new Set(names.slice(-1)),
    bottomTwo: new Set(names.slice(-2)),
  };
}
