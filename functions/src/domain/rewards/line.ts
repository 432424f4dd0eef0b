/**
 * One reward line from a rule and what earned it: the recipient (rep when blank), the rep's team,
 * the amount rounded half-up to cents, and the source rows.
 *
 * @example
 * // 600 for a tour group of 45 on row 812, by S101 of team T1:
 * //=> { rule: 'tour_group_30_99', recipient: 'rep', rep_id: 'S101', team: 'T1', amount: 600, source: [{ tab: 'Activity', row: 812 }] }
 */
import type { Decimal } from 'decimal.js';
import type { Day } from '../days.js';
import { roundHalfUp } from '../money.js';
import type { ActivityFields, RepFields } from './records.js';
import type { RewardLine, RewardRule } from './types.js';
import type { Window } from './windows.js';

export interface Earned {
  readonly rep_id: string;
  readonly rep: RepFields | undefined;
  readonly channel: string | undefined;
  readonly day: Day;
  readonly window: Window | null;
  /** Before rounding. */
  readonly amount: Decimal;
  readonly rows: readonly ActivityFields[];
}

export function rewardLine(rule: RewardRule, earned: Earned): RewardLine {
  return {
    rule: rule.rule,
    kind: rule.kind,
    recipient: rule.recipient ?? 'rep',
    rep_id: earned.rep_id,
    team: earned.rep?.team ?? null,
    channel: earned.channel ?? null,
    day: earned.day,
    window: earned.window,
    amount: roundHalfUp(earned.amount),
    source: earned.rows.map((r) => ({ tab: 'Activity', row: r.row })),
  };
}

/** The channel a window line is reported under: the rule's, else the rep's own. */
export function windowChannel(rule: RewardRule, rep: RepFields | undefined): string | undefined {
  return rule.channel ?? rep?.channel;
}
