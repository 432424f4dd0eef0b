/**
 * `event_tier` (SPEC section 5): each activity row of type `trigger` pays `amount` when its quantity
 * (1 when blank) is in [`min`, `max`]; no `max` means no upper bound. The line is earned on the row's day.
 *
 * @example
 * // The source's viewing tours: 10–29 people pay 300, 30–99 pay 600, 100 or more pay 1,000.
 * // A tour group of 45 on 2026-05-16 → one line of 600 on 2026-05-16, from that row.
 */
import { quantityOf, rowChannel } from './records.js';
import { rewardLine } from './line.js';
import { ruleRows } from './scope.js';
import type { RewardContext, RewardLine, RewardRule } from './types.js';

export function eventTierLines(rule: RewardRule, ctx: RewardContext): RewardLine[] {
  const lines: RewardLine[] = [];
  const { rows, repOf } = ruleRows(rule, ctx);
  for (let at = 0; at < rows.length; at++) {
    const row = rows[at]!;
    const size = quantityOf(row);
    if (rule.min !== undefined && size.lt(rule.min)) continue;
    if (rule.max !== undefined && size.gt(rule.max)) continue;
    const rep = repOf(row.rep_id);
    lines.push(
      rewardLine(rule, {
        rep_id: rep?.rep_id ?? row.rep_id,
        rep,
        channel: rowChannel(row, rep),
        day: row.date,
        window: null,
        amount: rule.amount,
        rows: [row],
      }),
    );
  }
  return lines;
}
