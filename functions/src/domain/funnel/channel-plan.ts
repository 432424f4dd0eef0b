/**
 * Each channel's visit plan per phase and the plan's coverage of the funnel (SPEC section 6).
 *
 * @example
 * // Key accounts, 11 visits a day, 60% on weekdays, registration phase of 77 days:
 * //=> { daily: 11, weekly: 77, weekdays: 46, weekend: 31, phaseTotal: 847 }
 * // Coverage with key accounts (11) and mall expo (8) against 78 required a day:
 * //=> { requiredDaily: 78, plannedDaily: 19, shortfallDaily: 59 }
 */
import type { Decimal } from 'decimal.js';
import { Dec, ZERO } from '../money.js';
import { ratioOf, roundRatio, type Rounding } from '../ratio.js';
import type { PhaseFunnel } from './funnel-plan.js';

export interface ChannelSpec {
  channel: string;
  name?: string;
  headcount?: number;
  dailyVisitTarget?: Decimal;
  visitShare?: Decimal;
  weekdayShare: Decimal;
  weekendShare: Decimal;
}

export interface ChannelPhasePlan {
  phase: string;
  channel: string;
  name?: string;
  headcount?: number;
  daily: Decimal;
  weekly: Decimal;
  weekdays: Decimal;
  weekend: Decimal;
  phaseTotal: Decimal;
  basis: 'daily_visit_target' | 'visit_share';
  visitShare?: Decimal;
}

export interface PhaseCoverage {
  phase: string;
  requiredDaily: number;
  plannedDaily: Decimal;
  shortfallDaily: Decimal;
  /** Planned ÷ required; undefined when nothing is required. */
  coverage?: Decimal;
}

export interface ChannelPlan {
  channels: ChannelPhasePlan[];
  coverage: PhaseCoverage[];
}

const WEEK = new Dec(7);

/** Plans every channel with a target in every phase, and each phase's coverage. */
export function channelPlan(
  phases: readonly PhaseFunnel[],
  channels: readonly ChannelSpec[],
  rounding: Rounding,
): ChannelPlan {
  const plans: ChannelPhasePlan[] = [];
  const coverage: PhaseCoverage[] = [];
  for (const phase of phases) {
    let planned = ZERO;
    for (const channel of channels) {
      const daily = channelDaily(channel, phase, rounding);
      if (daily === undefined) continue;
      planned = planned.add(daily.value);
      const weekly = daily.value.mul(WEEK);
      const { weekdays, weekend } = splitWeek(weekly, channel, rounding);
      plans.push({
        phase: phase.phase,
        channel: channel.channel,
        ...(channel.name ? { name: channel.name } : {}),
        ...(channel.headcount !== undefined ? { headcount: channel.headcount } : {}),
        daily: daily.value,
        weekly,
        weekdays,
        weekend,
        phaseTotal: daily.value.mul(phase.days),
        basis: daily.basis,
        ...(channel.visitShare ? { visitShare: channel.visitShare } : {}),
      });
    }
    const required = new Dec(phase.dailyVisits);
    const shortfall = required.sub(planned);
    coverage.push({
      phase: phase.phase,
      requiredDaily: phase.dailyVisits,
      plannedDaily: planned,
      shortfallDaily: shortfall.isPositive() ? shortfall : ZERO,
      ...(phase.dailyVisits > 0 ? { coverage: planned.div(required) } : {}),
    });
  }
  return { channels: plans, coverage };
}

/** A channel's daily target holds in every phase; else its share of the phase's daily visits. */
function channelDaily(
  channel: ChannelSpec,
  phase: PhaseFunnel,
  rounding: Rounding,
): { value: Decimal; basis: ChannelPhasePlan['basis'] } | undefined {
  if (channel.dailyVisitTarget !== undefined)
    return { value: channel.dailyVisitTarget, basis: 'daily_visit_target' };
  if (channel.visitShare === undefined) return undefined;
  const daily = roundRatio(phase.exactDailyVisits.mul(ratioOf(channel.visitShare)), rounding);
  return { value: new Dec(daily), basis: 'visit_share' };
}

/**
 * Splits a week's visits between the five weekdays and the weekend. When the shares make 100% the
 * weekend takes what the rounded weekdays leave, so the two always add up to the week.
 */
function splitWeek(
  weekly: Decimal,
  channel: ChannelSpec,
  rounding: Rounding,
): { weekdays: Decimal; weekend: Decimal } {
  const whole = (d: Decimal) => new Dec(roundRatio(ratioOf(d), rounding));
  const weekdays = whole(weekly.mul(channel.weekdayShare));
  const sharesMakeWhole = channel.weekdayShare.add(channel.weekendShare).eq(1);
  const weekend = sharesMakeWhole ? weekly.sub(weekdays) : whole(weekly.mul(channel.weekendShare));
  return { weekdays, weekend };
}
