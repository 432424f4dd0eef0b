/**
 * The funnel plan from the workbook's Campaign, Phases and Channels tabs. A campaign missing a key
 * the funnel needs is a Data Issue, and the funnel is left out rather than guessed.
 */
import type { Decimal } from 'decimal.js';
import { campaign as campaignTab } from '../../../sheets-templates/index.js';
import { channelPlan, type ChannelPlan } from '../domain/funnel/channel-plan.js';
import { funnelPlan, type CampaignPlan, type Funnel } from '../domain/funnel/funnel-plan.js';
import { Dec } from '../domain/money.js';
import type { Inputs } from '../workbook/ingest.js';
import type { DataIssue } from '../workbook/issues.js';

export interface FunnelResult {
  campaign: CampaignPlan;
  funnel: Funnel;
  channels: ChannelPlan;
}

const NEEDED = [
  'unit_target',
  'deal_from_subscription',
  'subscription_from_registration',
  'registration_from_visit',
] as const;
const DEFAULT_WEEKDAY = new Dec('0.6');
const DEFAULT_WEEKEND = new Dec('0.4');

/** The funnel and channel plan, or the issues that keep the funnel from being worked out. */
export function planFunnel(inputs: Inputs): { result?: FunnelResult; issues: DataIssue[] } {
  const read = inputs.campaign;
  if (!read) return { issues: [] };
  const missing = NEEDED.filter((k) => {
    const v = read.values.get(k) as Decimal | undefined;
    return v === undefined || (k !== 'unit_target' && v.isZero());
  });
  if (missing.length > 0) {
    return {
      issues: missing.map((key) => ({
        tab: campaignTab.id,
        row: null,
        column: 'value',
        value: '',
        code: 'missing_campaign_key',
        action: 'accepted',
        params: { key },
      })),
    };
  }
  const value = (k: string) => read.values.get(k) as Decimal | undefined;
  const plan: CampaignPlan = {
    unitTarget: value('unit_target')!,
    dealFromSubscription: value('deal_from_subscription')!,
    subscriptionFromRegistration: value('subscription_from_registration')!,
    registrationFromVisit: value('registration_from_visit')!,
    ...(value('total_value') ? { totalValue: value('total_value')! } : {}),
    ...(value('sell_through') ? { sellThrough: value('sell_through')! } : {}),
  };
  const rounding = inputs.settings.funnel_rounding as 'nearest' | 'up';
  const funnel = funnelPlan(
    plan,
    inputs.phases.map((p) => ({ phase: p.phase, start: p.start, end: p.end, visitShare: p.visit_share })),
    rounding,
  );
  const channels = channelPlan(
    funnel.phases,
    inputs.channels.map((c) => ({
      channel: c.channel,
      ...(c.name ? { name: c.name } : {}),
      ...(c.headcount !== undefined ? { headcount: c.headcount } : {}),
      ...(c.daily_visit_target ? { dailyVisitTarget: c.daily_visit_target } : {}),
      ...(c.visit_share ? { visitShare: c.visit_share } : {}),
      weekdayShare: c.weekday_share ?? DEFAULT_WEEKDAY,
      weekendShare: c.weekend_share ?? DEFAULT_WEEKEND,
    })),
    rounding,
  );
  return { result: { campaign: plan, funnel, channels }, issues: [] };
}
