/**
 * The campaign funnel worked back from the unit target (SPEC section 6, first paragraph).
 *
 * @example
 * // The source's plan: 900 units at 70% / 50% / 30% over 2026-03-24 … 2026-06-23
 * funnelPlan(campaign, phases, 'nearest')
 * //=> { subscriptions: 1286, registrations: 2571, visits: 8571, campaignDays: 92, dailyVisits: 93,
 * //     phases: [{ phase: 'registration', days: 77, visits: 6000, dailyVisits: 78 }, …] }
 */
import type { Decimal } from 'decimal.js';
import { daysInclusive, type Day } from '../days.js';
import { roundHalfUp } from '../money.js';
import { ratioOf, roundRatio, type Ratio, type Rounding } from '../ratio.js';

export interface CampaignPlan {
  totalValue?: Decimal;
  sellThrough?: Decimal;
  unitTarget: Decimal;
  dealFromSubscription: Decimal;
  subscriptionFromRegistration: Decimal;
  registrationFromVisit: Decimal;
}

export interface PhasePlan {
  phase: string;
  start: Day;
  end: Day;
  visitShare: Decimal;
}

export interface PhaseFunnel {
  phase: string;
  start: Day;
  end: Day;
  days: number;
  visitShare: Decimal;
  visits: number;
  dailyVisits: number;
  /** Unrounded visits a day, the base of share-based channel targets. */
  exactDailyVisits: Ratio;
}

export interface Funnel {
  salesTarget?: Decimal;
  units: Decimal;
  subscriptions: number;
  registrations: number;
  visits: number;
  campaignStart: Day;
  campaignEnd: Day;
  campaignDays: number;
  dailyVisits: number;
  phases: PhaseFunnel[];
}

/** Works the funnel back from units to visits, each stage from the unrounded one before it. */
export function funnelPlan(campaign: CampaignPlan, phases: readonly PhasePlan[], rounding: Rounding): Funnel {
  const subscriptions = ratioOf(campaign.unitTarget).div(ratioOf(campaign.dealFromSubscription));
  const registrations = subscriptions.div(ratioOf(campaign.subscriptionFromRegistration));
  const visits = registrations.div(ratioOf(campaign.registrationFromVisit));

  const ordered = [...phases].sort((a, b) => a.start.localeCompare(b.start));
  const campaignStart = ordered[0]?.start ?? '';
  const campaignEnd = ordered.reduce((last, p) => (p.end > last ? p.end : last), campaignStart);
  const campaignDays = ordered.length > 0 ? daysInclusive(campaignStart, campaignEnd) : 0;

  const phaseFunnels = ordered.map((p): PhaseFunnel => {
    const days = daysInclusive(p.start, p.end);
    const phaseVisits = visits.mul(ratioOf(p.visitShare));
    const exactDailyVisits = phaseVisits.div(days);
    return {
      phase: p.phase,
      start: p.start,
      end: p.end,
      days,
      visitShare: p.visitShare,
      visits: roundRatio(phaseVisits, rounding),
      dailyVisits: roundRatio(exactDailyVisits, rounding),
      exactDailyVisits,
    };
  });

  const salesTarget =
    campaign.totalValue && campaign.sellThrough
      ? roundHalfUp(campaign.totalValue.mul(campaign.sellThrough))
      : undefined;

  return {
    ...(salesTarget ? { salesTarget } : {}),
    units: campaign.unitTarget,
    subscriptions: roundRatio(subscriptions, rounding),
    registrations: roundRatio(registrations, rounding),
    visits: roundRatio(visits, rounding),
    campaignStart,
    campaignEnd,
    campaignDays,
    dailyVisits: campaignDays > 0 ? roundRatio(visits.div(campaignDays), rounding) : 0,
    phases: phaseFunnels,
  };
}
