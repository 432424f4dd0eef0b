/**
 * Channel gaps and plan coverage as reported (SPEC section 10): figures as numbers rounded half-up to
 * 2 decimals, rates as fractions to 4, null where a figure does not exist yet (a projection before the
 * phase starts, a daily need once it has ended, a cost per visit without visits).
 */
import type { Decimal } from 'decimal.js';
import type { ChannelGap } from '../domain/channels/channel-gap.js';
import type { RateAgainstPlan } from '../domain/channels/conversion.js';
import type { CoverageToDate } from '../domain/channels/coverage.js';
import type { GapStatus } from '../domain/channels/gap-status.js';
import type { Day } from '../domain/days.js';
import { roundHalfUp, toReportNumber } from '../domain/money.js';

export interface RateJson {
  actual: number | null;
  plan: number | null;
}

export interface ChannelGapJson {
  channel: string;
  phase: string;
  target_to_date: number;
  actual_to_date: number;
  /** Target to date − visits: negative when ahead. */
  gap: number;
  remaining_target: number;
  remaining_days: number;
  required_daily: number | null;
  projected_total: number | null;
  status: GapStatus;
  cost: number;
  cost_per_visit: number | null;
  // Beyond SPEC section 10: what the Channel Gaps tab and the alerts show.
  name: string | null;
  phase_start: Day;
  phase_end: Day;
  phase_state: 'upcoming' | 'in_progress' | 'ended';
  elapsed_days: number;
  /** False for a channel with neither a daily target nor a visit share: it asks nothing and is on track. */
  has_target: boolean;
  daily_target: number | null;
  phase_target: number;
  /** Visits ÷ target to date; null while the target to date is 0. */
  completion: number | null;
  required_weekday: number | null;
  required_weekend: number | null;
  headcount: number;
  leads_per_person_day: number | null;
  leads_per_person_target: number | null;
  conversion: {
    visit_to_registration: RateJson;
    registration_to_subscription: RateJson;
    subscription_to_deal: RateJson;
  };
}

export interface CoverageJson {
  phase: string;
  required_daily: number;
  planned_daily: number;
  shortfall_daily: number;
  coverage: number | null;
  actual_daily: number | null;
  actual_to_date: number | null;
}

/** A figure as reported: 2 decimals. */
export const figure = (d: Decimal): number => toReportNumber(roundHalfUp(d));
const figureOrNull = (d: Decimal | null | undefined): number | null =>
  d === null || d === undefined ? null : figure(d);
/** A rate as reported: a fraction to 4 decimals. */
export const rateOrNull = (d: Decimal | null | undefined): number | null =>
  d === null || d === undefined ? null : toReportNumber(roundHalfUp(d, 4));
const rateJson = (r: RateAgainstPlan): RateJson => ({
  actual: rateOrNull(r.actual),
  plan: rateOrNull(r.plan),
});

export function channelGapJson(g: ChannelGap): ChannelGapJson {
  const { target, progress } = g;
  return {
    channel: target.channel,
    phase: target.phase.phase,
    target_to_date: figure(g.targetToDate),
    actual_to_date: figure(g.actualToDate),
    gap: figure(g.gap),
    remaining_target: figure(g.remainingTarget),
    remaining_days: progress.remainingDays,
    required_daily: figureOrNull(g.required?.daily),
    projected_total: figureOrNull(g.projectedTotal),
    status: g.status,
    cost: figure(g.cost),
    cost_per_visit: figureOrNull(g.costPerVisit),
    name: target.name ?? null,
    phase_start: target.phase.start,
    phase_end: target.phase.end,
    phase_state: progress.state,
    elapsed_days: progress.elapsedDays,
    has_target: target.daily !== null,
    daily_target: figureOrNull(target.daily),
    phase_target: figure(g.phaseTarget),
    completion: rateOrNull(g.completion),
    required_weekday: figureOrNull(g.required?.weekday),
    required_weekend: figureOrNull(g.required?.weekend),
    headcount: g.headcount,
    leads_per_person_day: figureOrNull(g.leadsPerPersonDay),
    leads_per_person_target: figureOrNull(target.dailyLeadsPerPerson),
    conversion: {
      visit_to_registration: rateJson(g.conversions.visit_to_registration),
      registration_to_subscription: rateJson(g.conversions.registration_to_subscription),
      subscription_to_deal: rateJson(g.conversions.subscription_to_deal),
    },
  };
}

export function coverageJson(c: CoverageToDate): CoverageJson {
  return {
    phase: c.phase,
    required_daily: c.requiredDaily,
    planned_daily: figure(c.plannedDaily),
    shortfall_daily: figure(c.shortfallDaily),
    coverage: rateOrNull(c.coverage),
    actual_daily: figureOrNull(c.actualDaily),
    actual_to_date: figureOrNull(c.actualToDate),
  };
}
