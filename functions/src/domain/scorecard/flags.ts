/**
 * The rules over consecutive periods (SPEC sections 3 and 13). A flag sits on the later period of a
 * pair; a period without a grade breaks a run. Only periods that have ended by `as_of` carry flags: an
 * improvement plan or a rate raise is never decided on a month or quarter still in progress. Grades are read by position, so "A or S" means the two
 * highest grades of the Grades tab and "C or below" the two lowest.
 *
 * @example
 * // Months graded C then D: 2026-04 gets `pip` (D); 2026-03 alone does not.
 * // Quarters graded A then S: the second gets `rate_raise_eligible`.
 */
import type { Decimal } from 'decimal.js';
import type { Day } from '../days.js';
import { periodRange, previousPeriod, type Period, type PeriodKind } from '../periods.js';
import { compare } from '../money.js';
import type { gradeBands } from './grade.js';

export type Flag =
  | 'pip'
  | 'warning'
  | 'rate_raise_eligible'
  | 'low_grade'
  | 'promotion_candidate'
  | 'trainee_pool'
  | 'new_hire_award';

export const FLAGS: readonly Flag[] = [
  'pip',
  'warning',
  'rate_raise_eligible',
  'low_grade',
  'promotion_candidate',
  'trainee_pool',
  'new_hire_award',
];

export interface Flaggable {
  rep: string;
  period: Period;
  kind: PeriodKind;
  hire: Day;
  grade?: string;
  revenue: Decimal;
  revenueTarget?: Decimal;
  teamwork?: Decimal;
  /** Whether the period ended on or before `as_of`. */
  complete: boolean;
  flags: Flag[];
}

type Bands = ReturnType<typeof gradeBands>;

/** Adds each flag to the scorecard it sits on. */
export function flagCards(cards: readonly Flaggable[], bands: Bands, teamworkExcellent: Decimal): void {
  // Cards by rep, then period: the card before each is found without building a key string per card.
  const byRep = new Map<string, Map<Period, Flaggable>>();
  for (const c of cards) {
    let periods = byRep.get(c.rep);
    if (!periods) byRep.set(c.rep, (periods = new Map()));
    periods.set(c.period, c);
  }

  for (const c of cards) {
    if (!c.complete) continue;
    const before = byRep.get(c.rep)!.get(previousPeriod(c.period));
    if (c.kind === 'month') {
      if ((c.grade !== undefined && bands.bottom.has(c.grade)) || both(c, before, bands.bottomTwo))
        c.flags.push('pip');
      if (below(c) && below(before)) c.flags.push('warning');
    } else if (c.kind === 'quarter') {
      if (both(c, before, bands.topTwo)) c.flags.push('rate_raise_eligible');
      if (both(c, before, bands.bottomTwo)) c.flags.push('low_grade');
      if (isFirstFullQuarter(c.period, c.hire) && c.grade !== undefined && bands.topTwo.has(c.grade))
        c.flags.push('new_hire_award');
    } else {
      if (
        c.grade !== undefined &&
        bands.top.has(c.grade) &&
        c.teamwork !== undefined &&
        compare(c.teamwork, teamworkExcellent) >= 0
      )
        c.flags.push('promotion_candidate');
      if (both(c, before, bands.topTwo)) c.flags.push('trainee_pool');
    }
  }
}

/** Whether a card and the one before it are both graded within a band. */
function both(c: Flaggable, before: Flaggable | undefined, band: ReadonlySet<string>): boolean {
  return c.grade !== undefined && band.has(c.grade) && before?.grade !== undefined && band.has(before.grade);
}

/** Whether a card's revenue fell short of its base target. */
function below(c: Flaggable | undefined): boolean {
  return c?.revenueTarget !== undefined && compare(c.revenue, c.revenueTarget) < 0;
}

/** Whether a quarter is the first that starts on or after the hire day. */
export function isFirstFullQuarter(quarter: Period, hire: Day): boolean {
  return periodRange(quarter).first >= hire && periodRange(previousPeriod(quarter)).first < hire;
}
