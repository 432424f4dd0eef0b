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
import { employedThroughout, idKey, sameId } from './records.js';
import { rulePhase, ruleRows, type CountedRow } from './scope.js';
import type { RewardContext, RewardLine, RewardRule } from './types.js';
import { settled } from './window-counts.js';
import { windowOf, windowsWithin } from './windows.js';
import type { Day } from '../days.js';
import { pushTo } from '../lists.js';
import { memo } from '../memo.js';

export function shortfallLines(rule: RewardRule, ctx: RewardContext): RewardLine[] {
  const phase = rulePhase(rule, ctx.phases);
  if (rule.window === undefined || rule.min === undefined || phase === null || ctx.firstDay === undefined) return [];
  const first = phase && phase.start > ctx.firstDay ? phase.start : ctx.firstDay;
  const last = phase && phase.end < ctx.asOf ? phase.end : ctx.asOf;
  const kind = rule.window;
  const windows = windowsWithin(first, last, kind, ctx.weekStartsOn).filter((w) => settled(w, ctx.asOf));

  // Each rep's rows by the first day of their window, in log order: a window then reads its own rows
  // rather than every row of the rep once per window.
  const windowOfDay = memo((day: Day) => windowOf(day, kind, ctx.weekStartsOn).first);
  const byRep = new Map<string, Map<Day, CountedRow[]>>();
  for (const counted of ruleRows(rule, ctx)) {
    const key = idKey(counted.row.rep_id);
    let windowsOfRep = byRep.get(key);
    if (!windowsOfRep) byRep.set(key, (windowsOfRep = new Map()));
    pushTo(windowsOfRep, windowOfDay(counted.row.date), counted);
  }

  const lines: RewardLine[] = [];
  const reps = [...ctx.reps.values()].sort((a, b) => a.rep_id.localeCompare(b.rep_id));
  for (const rep of reps) {
    if (rule.channel !== undefined && !sameId(rep.channel, rule.channel)) continue;
    const rows = byRep.get(idKey(rep.rep_id));
    for (const window of windows) {
      if (!employedThroughout(rep, window.first, window.last)) continue;
      const inWindow = rows?.get(window.first) ?? [];
      const missing = rule.min.sub(inWindow.length);
      if (missing.lte(0)) continue;
      lines.push(
        rewardLine(rule, {
          rep_id: rep.rep_id,
          rep,
          channel: windowChannel(rule, rep),
          day: window.last,
          window,
          amount: rule.amount.mul(missing).neg(),
          rows: inWindow,
        }),
      );
    }
  }
  return lines;
}
