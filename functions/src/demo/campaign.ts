/**
 * The launch campaign and its eight acquisition channels (SPEC section 6 and appendix): 900 units worked
 * back to visits, a registration phase from 2026-03-24 and a subscription phase to the launch on 06-23.
 */
import * as tabs from '../../../sheets-templates/index.js';
import { daysInclusive, type Day } from '../domain/days.js';
import type { TemplateRow } from '../template/template.js';
import type { Locale } from '../workbook/messages.js';
import { compact } from './rows.js';

export const CAMPAIGN = {
  totalValue: 960_000_000,
  sellThrough: 0.85,
  units: 900,
  dealFromSubscription: 0.7,
  subscriptionFromRegistration: 0.5,
  registrationFromVisit: 0.3,
};
export const PHASES = [
  { phase: 'registration', start: '2026-03-24', end: '2026-06-08', visitShare: 0.7 },
  { phase: 'subscription', start: '2026-06-09', end: '2026-06-23', visitShare: 0.3 },
] as const;
const REGISTRATION = PHASES[0];
/** Before the registration phase the channels warm up at a bit under half their phase target. */
const WARM_UP = 0.35;

export type ChannelId =
  | 'key_accounts'
  | 'mall_expo'
  | 'community_roadshow'
  | 'resale_agency'
  | 'flyers'
  | 'cold_calls'
  | 'street_intercept'
  | 'competitor_intercept';
export type Grade = 'A' | 'B' | 'C';

export interface ChannelPlan {
  readonly id: ChannelId;
  readonly zh: string;
  readonly en: string;
  readonly headcount: number;
  readonly dailyVisitTarget?: number;
  readonly visitShare: number;
  readonly dailyLeadsPerPerson: number;
  /** How likely each lead grade is among the channel's leads. */
  readonly grades: Readonly<Record<Grade, number>>;
  /**
   * Leads per post, relative to what the visit target needs from a middling rep. Above 1 makes up
   * for vacancies and weaker reps; cold calls and competitor interception are left behind on purpose.
   */
  readonly effort: number;
  /** Lowest and highest deal amount of the channel's customers. */
  readonly dealAmount: readonly [number, number];
}

export const CHANNELS: readonly ChannelPlan[] = [
  {
    id: 'key_accounts',
    zh: '大客户',
    en: 'Key accounts',
    headcount: 16,
    dailyVisitTarget: 11,
    visitShare: 0.15,
    dailyLeadsPerPerson: 20,
    grades: { A: 0.45, B: 0.4, C: 0.15 },
    effort: 0.84,
    dealAmount: [100_000, 500_000],
  },
  {
    id: 'mall_expo',
    zh: '商超外展',
    en: 'Mall expo',
    headcount: 24,
    dailyVisitTarget: 8,
    visitShare: 0.1,
    dailyLeadsPerPerson: 50,
    grades: { A: 0.3, B: 0.45, C: 0.25 },
    effort: 1.17,
    dealAmount: [60_000, 320_000],
  },
  {
    id: 'community_roadshow',
    zh: '社区巡展',
    en: 'Community roadshow',
    headcount: 24,
    visitShare: 0.12,
    dailyLeadsPerPerson: 50,
    grades: { A: 0.3, B: 0.45, C: 0.25 },
    effort: 1.22,
    dealAmount: [60_000, 300_000],
  },
  {
    id: 'resale_agency',
    zh: '二手房推介',
    en: 'Resale agency referral',
    headcount: 8,
    visitShare: 0.1,
    dailyLeadsPerPerson: 10,
    grades: { A: 0.4, B: 0.45, C: 0.15 },
    effort: 1.07,
    dealAmount: [100_000, 400_000],
  },
  {
    id: 'flyers',
    zh: '派单',
    en: 'Flyers',
    headcount: 20,
    visitShare: 0.12,
    dailyLeadsPerPerson: 40,
    grades: { A: 0.25, B: 0.45, C: 0.3 },
    effort: 1.25,
    dealAmount: [50_000, 260_000],
  },
  {
    id: 'cold_calls',
    zh: '电开',
    en: 'Cold calls',
    headcount: 20,
    visitShare: 0.1,
    dailyLeadsPerPerson: 20,
    grades: { A: 0.25, B: 0.45, C: 0.3 },
    effort: 0.82,
    dealAmount: [50_000, 260_000],
  },
  {
    id: 'street_intercept',
    zh: '动线拦截',
    en: 'Street interception',
    headcount: 20,
    visitShare: 0.12,
    dailyLeadsPerPerson: 30,
    grades: { A: 0.25, B: 0.45, C: 0.3 },
    effort: 1.1,
    dealAmount: [50_000, 280_000],
  },
  {
    id: 'competitor_intercept',
    zh: '竞品拦截',
    en: 'Competitor interception',
    headcount: 8,
    visitShare: 0.08,
    dailyLeadsPerPerson: 15,
    grades: { A: 0.35, B: 0.45, C: 0.2 },
    effort: 0.91,
    dealAmount: [80_000, 360_000],
  },
];
const CHANNEL_BY_ID = new Map(CHANNELS.map((c) => [c.id, c]));

export function channelOf(id: ChannelId): ChannelPlan {
  const channel = CHANNEL_BY_ID.get(id);
  if (!channel) throw new RangeError(`No demo channel ${id}`);
  return channel;
}

/** Visits a day the funnel asks of the registration phase (6,000 over 77 days). */
function registrationDailyVisits(): number {
  const visits =
    CAMPAIGN.units /
    CAMPAIGN.dealFromSubscription /
    CAMPAIGN.subscriptionFromRegistration /
    CAMPAIGN.registrationFromVisit;
  return (visits * REGISTRATION.visitShare) / daysInclusive(REGISTRATION.start, REGISTRATION.end);
}

/** A channel's visit target for one day: its own daily target, else its share of the phase. */
export function channelDailyTarget(channel: ChannelPlan, day: Day): number {
  const daily = channel.dailyVisitTarget ?? registrationDailyVisits() * channel.visitShare;
  return day >= REGISTRATION.start ? daily : daily * WARM_UP;
}

const percent = (fraction: number) => `${Math.round(fraction * 100)}%`;

export function campaignRows(): TemplateRow[] {
  const values: Readonly<Record<(typeof tabs.campaignKeys)[number]['key'], string>> = {
    total_value: String(CAMPAIGN.totalValue),
    sell_through: percent(CAMPAIGN.sellThrough),
    unit_target: String(CAMPAIGN.units),
    deal_from_subscription: percent(CAMPAIGN.dealFromSubscription),
    subscription_from_registration: percent(CAMPAIGN.subscriptionFromRegistration),
    registration_from_visit: percent(CAMPAIGN.registrationFromVisit),
  };
  return tabs.campaignKeys.map((k) => ({ key: k.key, value: values[k.key], note: k.about }));
}

export function phaseRows(): TemplateRow[] {
  return PHASES.map((p) => ({ phase: p.phase, start: p.start, end: p.end, visit_share: p.visitShare }));
}

export function channelRows(locale: Locale): TemplateRow[] {
  return CHANNELS.map((c) =>
    compact({
      channel: c.id,
      name: locale === 'zh-CN' ? c.zh : c.en,
      headcount: c.headcount,
      daily_visit_target: c.dailyVisitTarget,
      visit_share: c.visitShare,
      weekday_share: 0.6,
      weekend_share: 0.4,
      daily_leads_per_person: c.dailyLeadsPerPerson,
    }),
  );
}
