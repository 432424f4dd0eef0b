/**
 * A channel's conversion rates to date against the campaign's plan (SPEC section 6): visit →
 * registration → subscription → deal, each the later figure ÷ the earlier one, as fractions.
 *
 * @example
 * // 400 visits, 130 registrations, 60 subscriptions, 40 deals; plan 30% / 50% / 70%:
 * //=> { visit_to_registration: { actual: 0.325, plan: 0.3 }, registration_to_subscription: { actual: 0.4615…, plan: 0.5 },
 * //     subscription_to_deal: { actual: 0.6667…, plan: 0.7 } }
 */
import type { Decimal } from 'decimal.js';
import { Dec } from '../money.js';
import type { ChannelCounts } from './channel-counts.js';

export interface PlanRates {
  readonly registrationFromVisit: Decimal;
  readonly subscriptionFromRegistration: Decimal;
  readonly dealFromSubscription: Decimal;
}

export interface RateAgainstPlan {
  /** Null when the earlier stage is empty. */
  readonly actual: Decimal | null;
  readonly plan: Decimal | null;
}

export interface Conversions {
  readonly visit_to_registration: RateAgainstPlan;
  readonly registration_to_subscription: RateAgainstPlan;
  readonly subscription_to_deal: RateAgainstPlan;
}

const rate = (later: Decimal | number, earlier: Decimal | number): Decimal | null => {
  const base = new Dec(earlier);
  return base.isZero() ? null : new Dec(later).div(base);
};

export function conversions(counts: ChannelCounts, plan: PlanRates | undefined): Conversions {
  return {
    visit_to_registration: {
      actual: rate(counts.registrations, counts.visits),
      plan: plan?.registrationFromVisit ?? null,
    },
    registration_to_subscription: {
      actual: rate(counts.subscriptions, counts.registrations),
      plan: plan?.subscriptionFromRegistration ?? null,
    },
    subscription_to_deal: {
      actual: rate(counts.deals, counts.subscriptions),
      plan: plan?.dealFromSubscription ?? null,
    },
  };
}
