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
import { memo } from '../memo.js';
import { idKey, type ActivityFields, type RepFields } from './records.js';
import type { RuleRows } from './scope.js';
import { windowOf, type Window, type WindowKind } from './windows.js';

export interface WindowCount {
  readonly window: Window;
  readonly rep_id: string;
  readonly rep: RepFields | undefined;
  readonly rows: readonly ActivityFields[];
}

/** Whether a window has ended on or before as_of. */
export const settled = (window: Window, asOf: Day): boolean => window.last <= asOf;

interface Group {
  readonly window: Window;
  readonly rep_id: string;
  readonly rep: RepFields | undefined;
  readonly rows: ActivityFields[];
}

/** The rows of each rep in each settled window, windows in order. */
export function countByWindowAndRep(
  { rows, repOf }: RuleRows,
  kind: WindowKind,
  weekStartsOn: number,
  asOf: Day,
): WindowCount[] {
  // Each rep's groups by the window's first day, found with one lookup per spelling of the rep id and
  // one for the window; the list keeps the groups in the order first met. Rows come mostly in day
  // order, so a row's window is most often the one of the row before.
  const groups: Group[] = [];
  const byRep = new Map<string, Map<Day, Group>>();
  const groupsOf = memo((repId: string): Map<Day, Group> => {
    const key = idKey(repId);
    let ofRep = byRep.get(key);
    if (!ofRep) byRep.set(key, (ofRep = new Map()));
    return ofRep;
  });
  const windowOfDay = memo((day: Day) => windowOf(day, kind, weekStartsOn));
  let lastDay: Day | undefined;
  let window: Window | undefined;
  for (let at = 0; at < rows.length; at++) {
    const row = rows[at]!;
    if (window === undefined || row.date !== lastDay) {
      lastDay = row.date;
      window = windowOfDay(lastDay);
    }
    if (!settled(window, asOf)) continue;
    const ofRep = groupsOf(row.rep_id);
    const group = ofRep.get(window.first);
    if (group) group.rows.push(row);
    else {
      const rep = repOf(row.rep_id);
      const created = { window: window, rep_id: rep?.rep_id ?? row.rep_id, rep, rows: [row] };
      ofRep.set(window.first, created);
      groups.push(created);
    }
  }
  return groups.sort(
    (a, b) => a.window.first.localeCompare(b.window.first) || a.rep_id.localeCompare(b.rep_id),
  );
}
