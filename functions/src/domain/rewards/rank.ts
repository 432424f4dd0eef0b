/**
 * `rank` (SPEC sections 5 and 13): per settled window, the reps ranked by their count of trigger rows;
 * each of the first `top_n` places pays `amount`. Reps tied on a count share the places they occupy
 * and split the prize of those of them within `top_n`. A rep with no row is not ranked. The lines fall
 * on the window's last day.
 *
 * @example
 * // The source: the day's first place in registrations gets 200 (top_n 1).
 * // S101 and S102 both register 3 on 2026-05-13, S103 registers 2 → S101 100, S102 100, S103 nothing.
 * // With top_n 2 and counts 5, 3, 3, 3: first 200; the three tied for second split 200 → 66.67 each.
 */
import { Dec } from '../money.js';
import { rewardLine, windowChannel } from './line.js';
import { ruleRows } from './scope.js';
import type { RewardContext, RewardLine, RewardRule } from './types.js';
import { countByWindowAndRep, type WindowCount } from './window-counts.js';

export function rankLines(rule: RewardRule, ctx: RewardContext): RewardLine[] {
  const topN = rule.top_n;
  if (rule.window === undefined || topN === undefined || topN < 1) return [];
  const byWindow = new Map<string, WindowCount[]>();
  for (const count of countByWindowAndRep(ruleRows(rule, ctx), rule.window, ctx.weekStartsOn, ctx.asOf)) {
    const counts = byWindow.get(count.window.first);
    if (counts) counts.push(count);
    else byWindow.set(count.window.first, [count]);
  }

  const lines: RewardLine[] = [];
  for (const counts of byWindow.values()) {
    const ranked = [...counts].sort(
      (a, b) => b.rows.length - a.rows.length || a.rep_id.localeCompare(b.rep_id),
    );
    let place = 1;
    for (let i = 0; i < ranked.length && place <= topN;) {
      const tied = ranked.filter((c) => c.rows.length === ranked[i]!.rows.length);
      const prizes = Math.min(place + tied.length - 1, topN) - place + 1;
      const each = rule.amount.mul(prizes).div(new Dec(tied.length));
      for (const count of tied) {
        lines.push(
          rewardLine(rule, {
            rep_id: count.rep_id,
            rep: count.rep,
            channel: windowChannel(rule, count.rep),
            day: count.window.last,
            window: count.window,
            amount: each,
            rows: count.rows,
          }),
        );
      }
      place += tied.length;
      i += tied.length;
    }
  }
  return lines;
}
