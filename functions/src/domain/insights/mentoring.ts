/**
 * Mentoring (SPEC section 12; the plan: 新人3个月内成单率需达导师的60%): a new hire's close rate in
 * their first three months against `mentor_ratio` of their mentor's over the same days, met or short.
 * A window still running is judged on what it holds so far and marked so. Every rep with a `mentor_id`
 * is followed; a rep in their first three months without one is listed as having no mentor.
 *
 * @example
 * // S309 (hired 2025-11-12, mentor S301): 4 deals from 40 leads (10%) to 2026-02-11; S301: 12 from 30 (40%):
 * //=> { rep: 's309', mentor: 's301', first: '2025-11-12', last: '2026-02-11', complete: true,
 * //     own: { rate: 0.1 }, mentorRate: { rate: 0.4 }, target: 0.24, status: 'short' }
 */
import type { Decimal } from 'decimal.js';
import { addDays, dayOf, type Day } from '../days.js';
import type { ActivityIndex } from './activity-index.js';
import { closeRate, type CloseRate } from './close-rate.js';
import { keyOf } from './records.js';

export type MentoringStatus = 'met' | 'short' | 'no_leads' | 'no_benchmark' | 'no_mentor';

export interface MentoredHire {
  /** Rep keys. */
  readonly rep: string;
  readonly mentor: string | undefined;
  readonly first: Day;
  readonly last: Day;
  /** False while the three months are still running: judged on what they hold so far. */
  readonly complete: boolean;
  readonly own: CloseRate;
  readonly mentorRate: CloseRate | null;
  /** `mentor_ratio` × the mentor's rate. */
  readonly target: Decimal | null;
  readonly status: MentoringStatus;
}

/** The first three months from a hire day: through the day before the same date three months on. */
export function firstThreeMonths(hire: Day): { first: Day; last: Day } {
  const [y, m, d] = [Number(hire.slice(0, 4)), Number(hire.slice(5, 7)), Number(hire.slice(8, 10))];
  const month = m + 3 > 12 ? m - 9 : m + 3;
  const year = m + 3 > 12 ? y + 1 : y;
  // 2025-11-30 + 3 months is 2026-02-28 (no 30 February): the window ends the day before.
  let end: Day | undefined;
  for (let day = d; !end; day--) end = dayOf(year, month, day);
  return { first: hire, last: addDays(end, -1) };
}

export function mentoring(index: ActivityIndex, ratio: Decimal): MentoredHire[] {
  const asOf = index.asOf;
  const out: MentoredHire[] = [];
  for (const [rep, r] of index.reps) {
    const { first, last } = firstThreeMonths(r.hire_date);
    const mentor = r.mentor_id === undefined ? undefined : keyOf(r.mentor_id);
    const current = first <= asOf && asOf <= last;
    if (mentor === undefined && !current) continue;
    const to = last < asOf ? last : asOf;
    const own = closeRate(index, rep, first, to);
    const base = { rep, mentor, first, last, complete: last <= asOf, own };
    if (mentor === undefined) {
      out.push({ ...base, mentorRate: null, target: null, status: 'no_mentor' });
      continue;
    }
    const mentorRate = closeRate(index, mentor, first, to);
    const target = mentorRate.rate?.mul(ratio) ?? null;
    const status =
      own.rate === null
        ? 'no_leads'
        : target === null
          ? 'no_benchmark'
          : own.rate.gte(target)
            ? 'met'
            : 'short';
    out.push({ ...base, mentorRate, target, status });
  }
  return out.sort(
    (a, b) =>
      (a.mentor ?? '\uffff').localeCompare(b.mentor ?? '\uffff') ||
      a.first.localeCompare(b.first) ||
      a.rep.localeCompare(b.rep),
  );
}
