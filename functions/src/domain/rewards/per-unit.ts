/**
 * `per_unit` (SPEC sections 5 and 13): per settled window and rep, `amount` × the count of trigger rows,
 * once the count reaches `min`. Every row counts, not only those above `min`. The line is earned on the
 * window's last day, so it is paid in that day's month.
 *
 * @example
 * // The source: at least 3 visits in a week pays 10 a visit.
 * // 4 visits in the week of Monday 2026-05-04 → 40 on Sunday 2026-05-10; 2 visits → nothing.
 */
import { memo } from '../memo.js';
import { Dec } from '../money.js';
import { rewardLine, windowChannel } from './line.js';
import { ruleRows } from './scope.js';
import type { RewardContext, RewardLine, RewardRule } from './types.js';
import { countByWindowAndRep } from './window-counts.js';

export function perUnitLines(rule: RewardRule, ctx: RewardContext): RewardLine[] {
  if (rule.window === undefined) return [];
  const lines: RewardLine[] = [];
  // A count is a whole number, so it is below `min` exactly when it is below ⌈min⌉: compared as plain
  // numbers, with no Decimal made for the tens of thousands of counts that fall short.
  const least = rule.min === undefined ? 0 : rule.min.ceil().toNumber();
  // Counts repeat (a few dozen distinct ones over tens of thousands of windows): each amount once.
  const amountFor = memo((count: number) => rule.amount.mul(new Dec(count)));
  for (const count of countByWindowAndRep(ruleRows(rule, ctx), rule.window, ctx.weekStartsOn, ctx.asOf)) {
    if (count.rows.length < least) continue;
    lines.push(
      rewardLine(rule, {
        rep_id: count.rep_id,
        rep: count.rep,
        channel: windowChannel(rule, count.rep),
        day: count.window.last,
        window: count.window,
        amount: amountFor(count.rows.length),
        rows: count.rows,
      }),
    );
  }
  return lines;
}
