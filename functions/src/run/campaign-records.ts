/**
 * From checked workbook rows to what the rules engine and the channel views take: the Rewards rules,
 * each channel's plan per phase (from the funnel's channel plan), and the engine's context.
 */
import { NO_TARGET } from '../domain/channels/day-target.js';
import type { ChannelTarget } from '../domain/channels/channel-gap.js';
import type { Day } from '../domain/days.js';
import { repIndex } from '../domain/rewards/records.js';
import type { Recipient, RewardContext, RewardKind, RewardRule } from '../domain/rewards/types.js';
import type { WindowKind } from '../domain/rewards/windows.js';
import type { Inputs, RewardRow } from '../workbook/ingest.js';
import type { FunnelResult } from './funnel-inputs.js';

const KINDS: ReadonlySet<string> = new Set<RewardKind>(['event_tier', 'per_unit', 'shortfall', 'rank']);

/** The Rewards rows as rules; the reader has already refused any other kind, window or recipient. */
export function rewardRules(rows: readonly RewardRow[]): RewardRule[] {
  return rows
    .filter((r) => KINDS.has(r.kind))
    .map((r) => ({
      ...r,
      kind: r.kind as RewardKind,
      window: r.window as WindowKind | undefined,
      recipient: r.recipient as Recipient | undefined,
    }));
}

/** What the rules are applied to, as of a day. */
export function rewardContext(inputs: Inputs, asOf: Day): RewardContext {
  return {
    asOf,
    weekStartsOn: inputs.settings.week_starts_on,
    activity: inputs.activity,
    reps: repIndex(inputs.reps),
    phases: inputs.phases,
    firstDay: firstDayOf(inputs.activity, asOf),
  };
}

/**
 * The earliest day of the log on or before as_of. It reads every row, and a log mostly in day order
 * repeats the day of the row before: that one is not compared again.
 */
function firstDayOf(activity: Inputs['activity'], asOf: Day): Day | undefined {
  let first: Day | undefined;
  let previous: Day | undefined;
  for (let at = 0; at < activity.length; at++) {
    const date = activity[at]!.date;
    if (date === previous) continue;
    previous = date;
    if (date <= asOf && (first === undefined || date < first)) first = date;
  }
  return first;
}

/** Every channel of the Channels tab in every phase of the funnel, with its plan or none. */
export function channelTargets(inputs: Inputs, funnel: FunnelResult): ChannelTarget[] {
  return funnel.funnel.phases.flatMap((phase) =>
    inputs.channels.map((c): ChannelTarget => {
      const plan = funnel.channels.channels.find((p) => p.phase === phase.phase && p.channel === c.channel);
      return {
        channel: c.channel,
        name: c.name,
        phase: { phase: phase.phase, start: phase.start, end: phase.end },
        daily: plan?.daily ?? null,
        week: plan ? { weekdays: plan.weekdays, weekend: plan.weekend } : NO_TARGET,
        headcount: c.headcount,
        dailyLeadsPerPerson: c.daily_leads_per_person,
      };
    }),
  );
}
