/**
 * The rules engine (SPEC section 5): every rule of the Rewards tab applied to the activity log as of
 * as_of, one line per reward or penalty, each with the rows that earned it.
 *
 * @example
 * // Rules: tour groups 30–99 pay 600; at least 3 visits a week pay 10 a visit.
 * // S101 led a tour of 45 on Sat 2026-05-09 and made 4 visits that week (Monday start), as of 2026-05-15:
 * rewardLines(rules, ctx)
 * //=> [{ rule: 'tour_group_30_99', day: '2026-05-09', amount: 600, … },
 * //    { rule: 'weekly_visits', day: '2026-05-10', amount: 40, … }]
 */
import { eventTierLines } from './event-tier.js';
import { perUnitLines } from './per-unit.js';
import { rankLines } from './rank.js';
import { shortfallLines } from './shortfall.js';
import type { RewardContext, RewardKind, RewardLine, RewardRule } from './types.js';

const KINDS: Readonly<Record<RewardKind, (rule: RewardRule, ctx: RewardContext) => RewardLine[]>> = {
  event_tier: eventTierLines,
  per_unit: perUnitLines,
  shortfall: shortfallLines,
  rank: rankLines,
};

/** Every rule's lines, by day, then rule, then rep. */
export function rewardLines(rules: readonly RewardRule[], ctx: RewardContext): RewardLine[] {
  return rules
    .flatMap((rule) => KINDS[rule.kind](rule, ctx))
    .sort(
      (a, b) =>
        a.day.localeCompare(b.day) || a.rule.localeCompare(b.rule) || a.rep_id.localeCompare(b.rep_id),
    );
}
