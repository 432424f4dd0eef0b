/**
 * The rule and plan tabs: settings at their defaults, the commission plans, the source's reward and
 * penalty rules, and the periods (months closed by finance, the launch's last two open).
 */
import * as tabs from '../../../sheets-templates/index.js';
import type { TemplateRow } from '../template/template.js';
import type { Locale } from '../workbook/messages.js';
import { AS_OF, HISTORY_START, monthsFrom } from './calendar.js';

export function settingRows(locale: Locale): TemplateRow[] {
  return tabs.settingKeys.flatMap((k) =>
    'default' in k ? [{ key: k.key, value: k.key === 'locale' ? locale : k.default, note: k.about }] : [],
  );
}

const TIER_RATES = { below_base_rate: 0, base_rate: 0.1, challenge_rate: 0.15, sprint_rate: 0.2 };

export const COMMISSION_PLANS: readonly TemplateRow[] = [
  { plan: 'standard', mode: 'retroactive', ...TIER_RATES },
  { plan: 'marginal_ka', mode: 'marginal', ...TIER_RATES, cap: 60_000 },
  { plan: 'trainee', mode: 'flat', flat_rate: 0.05, draw: 3000, draw_kind: 'recoverable' },
];

/** The source's reward and penalty rules, one row each. */
export const REWARDS: readonly TemplateRow[] = [
  {
    rule: 'tour_group_10_29',
    kind: 'event_tier',
    trigger: 'tour_group',
    amount: 300,
    min: 10,
    max: 29,
    recipient: 'rep',
  },
  {
    rule: 'tour_group_30_99',
    kind: 'event_tier',
    trigger: 'tour_group',
    amount: 600,
    min: 30,
    max: 99,
    recipient: 'rep',
  },
  {
    rule: 'tour_group_100_plus',
    kind: 'event_tier',
    trigger: 'tour_group',
    amount: 1000,
    min: 100,
    recipient: 'rep',
  },
  // The shopping card for the outside organiser of a tour of 30 or more: a cost of the channel.
  {
    rule: 'tour_group_organiser_card',
    kind: 'event_tier',
    trigger: 'tour_group',
    amount: 500,
    min: 30,
    recipient: 'external',
  },
  {
    rule: 'seminar_50_79',
    kind: 'event_tier',
    trigger: 'seminar',
    amount: 300,
    min: 50,
    max: 79,
    recipient: 'rep',
  },
  { rule: 'seminar_80_plus', kind: 'event_tier', trigger: 'seminar', amount: 500, min: 80, recipient: 'rep' },
  {
    rule: 'weekly_visits',
    kind: 'per_unit',
    trigger: 'visit',
    amount: 10,
    window: 'week',
    min: 3,
    recipient: 'rep',
  },
  {
    rule: 'agency_store_shortfall',
    kind: 'shortfall',
    trigger: 'agency_store',
    amount: 100,
    channel: 'resale_agency',
    window: 'week',
    min: 5,
    recipient: 'rep',
  },
  {
    rule: 'agent_added_shortfall',
    kind: 'shortfall',
    trigger: 'agent_added',
    amount: 10,
    channel: 'resale_agency',
    window: 'week',
    min: 25,
    recipient: 'rep',
  },
  {
    rule: 'daily_registration_top',
    kind: 'rank',
    trigger: 'registration',
    amount: 200,
    window: 'day',
    top_n: 1,
    recipient: 'rep',
  },
  {
    rule: 'subscription_phase_rep',
    kind: 'event_tier',
    trigger: 'subscription',
    amount: 500,
    phase: 'subscription',
    min: 1,
    recipient: 'rep',
  },
  {
    rule: 'subscription_phase_team',
    kind: 'event_tier',
    trigger: 'subscription',
    amount: 200,
    phase: 'subscription',
    min: 1,
    recipient: 'team',
  },
  // Not in the source: every event type of the log must be some rule's trigger.
  {
    rule: 'referral_visit_bonus',
    kind: 'per_unit',
    trigger: 'referral_visit',
    amount: 50,
    window: 'month',
    min: 1,
    recipient: 'rep',
  },
];

/** Months up to 2026-03 are closed; April and May, still being reviewed and paid, are open. */
export function periodRows(): TemplateRow[] {
  return monthsFrom(HISTORY_START.slice(0, 7), AS_OF.slice(0, 7)).map((period) => ({
    period,
    status: period <= '2026-03' ? 'closed' : 'open',
  }));
}
