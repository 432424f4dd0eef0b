/**
 * One channel's quota gap in one phase as of a day (SPEC sections 6 and 13): target and visits to
 * date, the gap, what is left and what it asks a day, the pace's projection, the status, lead pace,
 * conversion against the plan and the channel's cost.
 *
 * @example
 * // Key accounts, 11 a day (46 weekdays / 31 weekend a week), registration phase 2026-03-24 … 2026-06-08,
 * // as of Friday 2026-05-15 (53 days, 7 weeks and 4 days: 539 + 4 × 9.2 = 575.8 to date), 500 visits:
 * //=> { targetToDate: 575.8, actualToDate: 500, gap: 75.8, completion: 0.868…, status: 'at_risk',
 * //     phaseTarget: 847, remainingTarget: 347, remainingDays: 24, required: { daily: 14.458… },
 * //     projectedTotal: 726.4… (500 ÷ 53 × 77) }
 */
import type { Decimal } from 'decimal.js';
import type { Day } from '../days.js';
import { ZERO } from '../money.js';
import { employedOn, sameId, type PhaseSpan, type RepFields } from '../rewards/records.js';
import type { RewardLine } from '../rewards/types.js';
import { channelCost } from './channel-cost.js';
import { channelCounts, type ChannelCounts } from './channel-counts.js';
import type { ChannelLog } from './channel-log.js';
import { conversions, type Conversions, type PlanRates } from './conversion.js';
import { targetBetween, type WeekPlan } from './day-target.js';
import { gapStatus, type GapStatus } from './gap-status.js';
import { leadsPerPersonDay } from './lead-pace.js';
import { phaseProgress, type PhaseProgress } from './phase-progress.js';
import { requiredDaily, type RequiredDaily } from './required-daily.js';

/** A channel's plan in one phase. */
export interface ChannelTarget {
  readonly channel: string;
  readonly name?: string | undefined;
  readonly phase: PhaseSpan;
  /** The plan's visits a day; null for a channel with no target (it asks nothing, so it is on track). */
  readonly daily: Decimal | null;
  readonly week: WeekPlan;
  /** Channels tab headcount; when blank, the channel's reps on the books on the last day counted. */
  readonly headcount?: number | undefined;
  readonly dailyLeadsPerPerson?: Decimal | undefined;
}

export interface GapInputs {
  readonly asOf: Day;
  readonly activity: ChannelLog;
  readonly reps: readonly RepFields[];
  readonly rewardLines: readonly RewardLine[];
  readonly planRates?: PlanRates | undefined;
}

export interface ChannelGap {
  readonly target: ChannelTarget;
  readonly progress: PhaseProgress;
  readonly phaseTarget: Decimal;
  readonly targetToDate: Decimal;
  readonly actualToDate: Decimal;
  /** Target to date − visits: negative when ahead. */
  readonly gap: Decimal;
  /** Visits ÷ target to date; null while the target to date is 0. */
  readonly completion: Decimal | null;
  readonly remainingTarget: Decimal;
  readonly required: RequiredDaily | null;
  /** Visits ÷ elapsed days × phase days; null before the phase starts. */
  readonly projectedTotal: Decimal | null;
  readonly status: GapStatus;
  readonly counts: ChannelCounts;
  readonly headcount: number;
  readonly leadsPerPersonDay: Decimal | null;
  readonly conversions: Conversions;
  readonly cost: Decimal;
  readonly costPerVisit: Decimal | null;
}

const EMPTY: ChannelCounts = { visits: ZERO, leads: 0, registrations: 0, subscriptions: 0, deals: 0 };

export function channelGap(target: ChannelTarget, inputs: GapInputs): ChannelGap {
  const { phase, week, channel } = target;
  const progress = phaseProgress(phase, inputs.asOf);
  const toDate = progress.toDate;
  const phaseTarget = targetBetween(week, phase.start, phase.end);
  const targetToDate = toDate ? targetBetween(week, toDate.first, toDate.last) : ZERO;
  const counts = toDate ? channelCounts(inputs.activity, channel, toDate) : EMPTY;
  const actual = counts.visits;
  const left = phaseTarget.sub(actual);
  const remainingTarget = left.gt(0) ? left : ZERO;
  const headcount =
    target.headcount ??
    inputs.reps.filter((r) => sameId(r.channel, channel) && employedOn(r, toDate?.last ?? phase.start))
      .length;
  const cost = toDate
    ? channelCost(inputs.rewardLines, channel, toDate, actual)
    : { cost: ZERO, costPerVisit: null };
  return {
    target,
    progress,
    phaseTarget,
    targetToDate,
    actualToDate: actual,
    gap: targetToDate.sub(actual),
    completion: targetToDate.gt(0) ? actual.div(targetToDate) : null,
    remainingTarget,
    required: requiredDaily(remainingTarget, week, progress.remaining),
    projectedTotal:
      progress.elapsedDays > 0 ? actual.div(progress.elapsedDays).mul(progress.phaseDays) : null,
    status: gapStatus(actual, targetToDate),
    counts,
    headcount,
    leadsPerPersonDay: leadsPerPersonDay(counts.leads, headcount, progress.elapsedDays),
    conversions: conversions(counts, inputs.planRates),
    cost: cost.cost,
    costPerVisit: cost.costPerVisit,
  };
}
