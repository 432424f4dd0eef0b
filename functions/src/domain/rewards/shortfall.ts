/**
 * `shortfall` (SPEC sections 5 and 13): per settled window and rep, a penalty of `amount` × (`min` −
 * count) when the count of trigger rows is below `min`. Only windows wholly inside the rule's phase,
 * the rep's employment and the activity log are judged, and a rule with a `channel` reaches the reps
 * whose own channel it is. A rep with no row at all in a window owes the whole minimum. The line is
 * negative and falls on the window's last day.
 *
 * @example
 * // The source: fewer than 5 agency stores in a week costs 100 a missing store.
 * // A resale-agency rep signing 3 stores in the week of Monday 2026-05-04 → −200 on 2026-05-10.
 */
import { rewardLine, windowChannel } from './line.js';
import { employedThroughout, sameId, type ActivityFields, type RepFields } from './records.js';
import { rulePhase, ruleRows } from './scope.js';
import type { RewardContext, RewardLine, RewardRule } from './types.js';
import { settled } from './window-counts.js';
import { windowOf, windowsWithin } from './windows.js';
import type { Day } from '../days.js';
import { pushTo } from '../lists.js';
import { memo } from '../memo.js';

const NO_ROWS: readonly ActivityFields[] = [];

export function shortfallLines(rule: RewardRule, ctx: RewardContext): RewardLine[] {
  const phase = rulePhase(rule, ctx.phases);
  if (rule.window === undefined || rule.min === undefined || phase === null || ctx.firstDay === undefined)
    return [];
  const first = phase && phase.start > ctx.firstDay ? phase.start : ctx.firstDay;
  const last = phase && phase.end < ctx.asOf ? phase.end : ctx.asOf;
  const kind = rule.window;
  const windows = windowsWithin(first, last, kind, ctx.weekStartsOn).filter((w) => settled(w, ctx.asOf));

  // Each rep's rows by the first day of their window, in log order: a window then reads its own rows
  // rather than every row of the rep once per window. Keyed by the row's rep (found by key already),
  // so no key is made per row; a row of no known rep is in no rep's windows.
  const windowOfDay = memo((day: Day) => windowOf(day, kind, ctx.weekStartsOn).first);
  const byRep = new Map<RepFields, Map<Day, ActivityFields[]>>();
  const { rows, repOf } = ruleRows(rule, ctx);
  for (let at = 0; at < rows.length; at++) {
    const row = rows[at]!;
    const rep = repOf(row.rep_id);
    if (rep === undefined) continue;
    let windowsOfRep = byRep.get(rep);
    if (!windowsOfRep) byRep.set(rep, (windowsOfRep = new Map()));
    pushTo(windowsOfRep, windowOfDay(row.date), row);
  }

  // A count is a whole number, so it reaches `min` exactly when it reaches ⌈min⌉: most reps' windows
  // are judged with no Decimal made. The penalty of each count short is worked out once.
  const min = rule.min;
  const least = min.ceil().toNumber();
  const penalty = memo((count: number) => rule.amount.mul(min.sub(count)).neg());
  const lines: RewardLine[] = [];
  const reps = [...ctx.reps.values()].sort((a, b) => a.rep_id.localeCompare(b.rep_id));
  for (const rep of reps) {
    if (rule.channel !== undefined && !sameId(rep.channel, rule.channel)) continue;
    const repRows = byRep.get(rep);
    for (const window of windows) {
      if (!employedThroughout(rep, window.first, window.last)) continue;
      const inWindow = repRows?.get(window.first) ?? NO_ROWS;
      if (inWindow.length >= least) continue;
      lines.push(
        rewardLine(rule, {
          rep_id: rep.rep_id,
          rep,
          channel: windowChannel(rule, rep),
          day: window.last,
          window,
          amount: penalty(inWindow.length),
          rows: inWindow,
        }),
      );
    }
  }
  return lines;
}
