/**
 * Counting a rule's rows per window and rep (SPEC section 13): window rules count rows, not
 * quantities, and only settled windows (ended on or before as_of) are counted.
 *
 * @example
 * // Visits on Mon 05-11, Tue 05-12 and Sun 05-17 by S101, weeks from Monday, as of 2026-05-17:
 * //=> [{ window: { first: '2026-05-11', last: '2026-05-17' }, rep_id: 'S101', rows: [3 rows] }]
 * // As of 2026-05-16 the week has not ended: //=> []
 */
import type { Day } from '../days.js';
import { memo, pairKeys } from '../memo.js';
import { idKey, type RepFields } from './records.js';
import type { CountedRow } from './scope.js';
import { windowOf, type Window, type WindowKind } from './windows.js';

export interface WindowCount {
  readonly window: Window;
  readonly rep_id: string;
  readonly rep: RepFields | undefined;
  readonly rows: readonly CountedRow[];
}

/** Whether a window has ended on or before as_of. */
export const settled = (window: Window, asOf: Day): boolean => window.last <= asOf;

/** The rows of each rep in each settled window, windows in order. */
export function countByWindowAndRep(rows: readonly CountedRow[], kind: WindowKind, weekStartsOn: number, asOf: Day): WindowCount[] {
  const groups = new Map<string, { window: Window; rep_id: string; rep: RepFields | undefined; rows: CountedRow[] }>();
  // Days, reps and their pairs repeat over the rows: each is worked out once.
  const windowOfDay = memo((day: Day) => windowOf(day, kind, weekStartsOn));
  const repKey = memo(idKey);
  const pair = pairKeys();
  for (let at = 0; at < rows.length; at++) {
    const counted = rows[at]!;
    const window = windowOfDay(counted.row.date);
    if (!settled(window, asOf)) continue;
    const key = pair(window.first, repKey(counted.row.rep_id));
    const group = groups.get(key);
    if (group) group.rows.push(counted);
    else groups.set(key, { window, rep_id: counted.rep?.rep_id ?? counted.row.rep_id, rep: counted.rep, rows: [counted] });
  }
  return [...groups.values()].sort((a, b) => a.window.first.localeCompare(b.window.first) || a.rep_id.localeCompare(b.rep_id));
}
