/**
 * The managers' targets: for each rep, every month on the books from 2024-01 through the year plan to
 * 2026-12 (revenue, new customers, collection rate, lead conversion), and an explicit quarter or year row
 * where a hire or a departure leaves months of the period without one. Channels get monthly visit
 * targets for the launch.
 */
import { addDays, daysInclusive, type Day } from '../domain/days.js';
import { monthsOf, type Period } from '../domain/periods.js';
import type { TemplateRow } from '../template/template.js';
import {
  HISTORY_START,
  LAST_PLANNED_MONTH,
  LAUNCH_DAY,
  LAUNCH_EVE,
  ORDINARY_END,
  ORDINARY_TAIL,
  daysFrom,
  earlier,
  later,
  monthEnd,
  monthStart,
  monthsFrom,
  roundTo,
} from './calendar.js';
import { CHANNELS, channelDailyTarget, type ChannelId } from './campaign.js';
import { daysEmployed, type DemoRep } from './people.js';

export interface MonthTarget {
  readonly revenue: number;
  readonly customers: number;
  readonly collection: number;
  readonly conversion: number;
}

type Kind = 'seller' | 'prospector';
const kindOf = (rep: DemoRep): Kind => (rep.role === 'sales' ? 'seller' : 'prospector');

/** Collections due in the month, collected by their due day. */
const COLLECTION_RATE = 0.9;
/** Lead conversion the launch asks for: cold leads from the street, calls and flyers convert least. */
const LEAD_CONVERSION: Readonly<Record<ChannelId, number>> = {
  key_accounts: 0.3,
  mall_expo: 0.18,
  community_roadshow: 0.24,
  resale_agency: 0.24,
  flyers: 0.18,
  cold_calls: 0.18,
  street_intercept: 0.22,
  competitor_intercept: 0.24,
};
/**
 * Revenue a manager expects per new customer: a seller's whole deals, with many smaller ones handed over
 * by the team's prospectors; a prospector's share of a deal. Ordinary business sells fewer, larger units.
 */
const REVENUE_PER_CUSTOMER: Readonly<Record<'ordinary' | 'launch', Readonly<Record<Kind, number>>>> = {
  ordinary: { seller: 190_000, prospector: 70_000 },
  launch: { seller: 140_000, prospector: 55_000 },
};

// ---------------------------------------------------------------------------------------------
// Ordinary business before the launch: the last units of the earlier phases and resale referrals

/** Ordinary business converts better: its leads are walk-ins, referrals and owners of earlier phases. */
const ORDINARY_CONVERSION: Readonly<Record<ChannelId, number>> = {
  key_accounts: 0.4,
  mall_expo: 0.3,
  community_roadshow: 0.26,
  resale_agency: 0.35,
  flyers: 0.2,
  cold_calls: 0.2,
  street_intercept: 0.22,
  competitor_intercept: 0.26,
};

/** Monthly revenue of a seller in an ordinary month of 2024, by channel. */
const HISTORY_SELLER_REVENUE: Readonly<Partial<Record<ChannelId, number>>> = {
  key_accounts: 650_000,
  resale_agency: 750_000,
  mall_expo: 500_000,
};
const HISTORY_PROSPECTOR_REVENUE = 130_000;
/** The property market's year: a quiet Spring Festival, May Day, "golden September, silver October", the year-end push. */
const SEASON = [0.9, 0.6, 1, 1, 1.1, 1, 0.9, 0.9, 1.15, 1.2, 1, 1.1] as const;
const GROWTH: Readonly<Record<string, number>> = { '2024': 1, '2025': 1.08, '2026': 1.12 };
/** A new rep's first months are a ramp; a seller a year in carries more. */
function tenureLoad(rep: DemoRep, month: Period): number {
  const months = monthsFrom(rep.hire.slice(0, 7), month).length - 1;
  if (months === 0) return 0.6;
  if (months === 1) return 0.8;
  return rep.role === 'sales' && months >= 12 ? 1.15 : 1;
}

function historyRevenue(rep: DemoRep, month: Period): number {
  const post =
    rep.role === 'sales'
      ? (HISTORY_SELLER_REVENUE[rep.channel] ?? HISTORY_PROSPECTOR_REVENUE)
      : HISTORY_PROSPECTOR_REVENUE;
  return post * SEASON[Number(month.slice(5, 7)) - 1]! * GROWTH[month.slice(0, 4)]! * tenureLoad(rep, month);
}

// ---------------------------------------------------------------------------------------------
// The launch, from 2026-02-16, and the year plan after it

/**
 * Monthly revenue targets in a month of the registration phase, by channel, from each channel's funnel
 * plan: sellers' whole deals (seniors carry a fifth more), prospectors' and callers' shares of the deals
 * of the customers they bring.
 */
const LAUNCH_REVENUE: Readonly<Record<Kind, Readonly<Partial<Record<ChannelId, number>>>>> = {
  seller: { key_accounts: 1_500_000, resale_agency: 2_000_000, mall_expo: 1_350_000 },
  prospector: {
    community_roadshow: 360_000,
    flyers: 380_000,
    cold_calls: 300_000,
    street_intercept: 340_000,
    competitor_intercept: 260_000,
  },
};
/** For a post the plan does not name. */
const PROSPECTOR_REVENUE = 280_000;
/** A trainee's targets, as a share of the post's. */
const TRAINEE_LOAD = 0.5;
/**
 * Targets follow the campaign: the office opens in mid-February with the hot customers of the earlier
 * phases (prospectors' own customers take weeks to buy), visits run full from 2026-03-24 and deals come
 * weeks after them; June closes the subscription phase, and from July the team sells what the launch left.
 */
const LAUNCH_LOAD: Readonly<Record<Kind, (month: Period) => number>> = {
  seller: (m) => ({ '2026-02': 0.7, '2026-03': 0.65, '2026-06': 1.3 })[m] ?? (m <= '2026-05' ? 1 : 0.7),
  prospector: (m) => ({ '2026-02': 0.15, '2026-03': 0.42, '2026-06': 1.2 })[m] ?? (m <= '2026-05' ? 1 : 0.6),
};

function launchRevenue(rep: DemoRep, month: Period): number {
  const post = LAUNCH_REVENUE[kindOf(rep)][rep.channel] ?? PROSPECTOR_REVENUE;
  const load = rep.plan === 'trainee' ? TRAINEE_LOAD : rep.senior && rep.role === 'sales' ? 1.2 : 1;
  return post * load * LAUNCH_LOAD[kindOf(rep)](month);
}

// ---------------------------------------------------------------------------------------------

/**
 * The day a rep's targets and reviews start: the hire day, or the first of the next month for someone
 * hired in the last ten days of a month (those days are induction).
 */
export function planStart(rep: DemoRep): Day {
  const next = addDays(monthEnd(rep.hire.slice(0, 7)), 1);
  return Number(rep.hire.slice(8)) > 20 ? next : rep.hire;
}

/** The share of a month's days from `first` to `last` the rep is on the books and on targets. */
function share(rep: DemoRep, month: Period, first: Day, last: Day): number {
  const from = later(later(first, monthStart(month)), planStart(rep));
  const to = earlier(last, monthEnd(month));
  if (from > to) return 0;
  return daysEmployed(rep, from, to) / daysInclusive(monthStart(month), monthEnd(month));
}

/** A month's share of ordinary business: its days on the books, those of the launch's warm-up at half. */
function ordinaryShare(rep: DemoRep, month: Period): number {
  return (
    share(rep, month, HISTORY_START, LAUNCH_EVE) + ORDINARY_TAIL * share(rep, month, LAUNCH_DAY, ORDINARY_END)
  );
}

const launchShare = (rep: DemoRep, month: Period) =>
  share(rep, month, LAUNCH_DAY, monthEnd(LAST_PLANNED_MONTH));

/** The month's lead conversion target: ordinary business's, the launch's, or their mean by days. */
function conversionTarget(rep: DemoRep, month: Period): number {
  const ordinary = share(rep, month, HISTORY_START, ORDINARY_END);
  const launch = launchShare(rep, month) - share(rep, month, LAUNCH_DAY, ORDINARY_END);
  const rate =
    (ordinary * ORDINARY_CONVERSION[rep.channel] + launch * LEAD_CONVERSION[rep.channel]) /
    (ordinary + launch);
  return Math.round(rate * 100) / 100;
}

/** New customers for so much ordinary and launch revenue. */
function customersFor(rep: DemoRep, ordinary: number, launch: number): number {
  const per = (business: 'ordinary' | 'launch') => REVENUE_PER_CUSTOMER[business][kindOf(rep)];
  return Math.max(1, Math.round(ordinary / per('ordinary') + launch / per('launch')));
}

/** A month's targets and the part of its revenue target that is ordinary business. */
type MonthPlan = { readonly target: MonthTarget; readonly ordinary: number } | undefined;
/** Targets are asked for many times while the log is written: each rep's months are worked out once. */
const plans = new WeakMap<DemoRep, Map<Period, MonthPlan>>();

function planOf(rep: DemoRep, month: Period): MonthPlan {
  let months = plans.get(rep);
  if (!months) plans.set(rep, (months = new Map()));
  if (!months.has(month)) months.set(month, workOutPlan(rep, month));
  return months.get(month);
}

function workOutPlan(rep: DemoRep, month: Period): MonthPlan {
  const [ordinaryShareOf, launch] = [ordinaryShare(rep, month), launchShare(rep, month)];
  if (ordinaryShareOf + launch <= 0) return undefined;
  const before = historyRevenue(rep, month) * ordinaryShareOf;
  const after = launch > 0 ? launchRevenue(rep, month) * launch : 0;
  // Managers write revenue targets in whole ten thousands.
  const revenue = Math.max(20_000, roundTo(before + after, 10_000));
  const ordinary = (revenue * before) / (before + after);
  return {
    target: {
      revenue,
      customers: customersFor(rep, ordinary, revenue - ordinary),
      collection: COLLECTION_RATE,
      conversion: conversionTarget(rep, month),
    },
    ordinary,
  };
}

/** A rep's monthly base targets as the Targets tab has them, or undefined when not on targets. */
export function monthTarget(rep: DemoRep, month: Period): MonthTarget | undefined {
  return planOf(rep, month)?.target;
}

/** What a rep is asked for in the ordinary business of a month, or undefined when there is none. */
export function historyTarget(rep: DemoRep, month: Period): MonthTarget | undefined {
  const plan = planOf(rep, month);
  if (!plan || plan.ordinary <= 0) return undefined;
  return { ...plan.target, revenue: plan.ordinary, customers: customersFor(rep, plan.ordinary, 0) };
}

function metricRows(period: Period, rep: DemoRep, t: MonthTarget): TemplateRow[] {
  return [
    {
      period,
      metric: 'revenue',
      rep_id: rep.id,
      base: t.revenue,
      challenge: t.revenue * 1.5,
      sprint: t.revenue * 2,
    },
    {
      period,
      metric: 'new_customers',
      rep_id: rep.id,
      base: t.customers,
      challenge: Math.ceil(t.customers * 1.5),
    },
    { period, metric: 'collection_rate', rep_id: rep.id, base: t.collection },
    { period, metric: 'lead_conversion', rep_id: rep.id, base: t.conversion },
  ];
}

const mean = (values: readonly number[]) =>
  Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 1000) / 1000;

/**
 * The quarters and years a rep joined or left in: their months on the books only, so the period's
 * explicit row is the sum (amounts, counts) or mean (rates) of those months.
 */
function partialPeriodRows(rep: DemoRep, months: ReadonlyMap<Period, MonthTarget>): TemplateRow[] {
  const years = [...new Set([...months.keys()].map((m) => m.slice(0, 4)))];
  const periods = years.flatMap((y) => [`${y}-Q1`, `${y}-Q2`, `${y}-Q3`, `${y}-Q4`, y]);
  return periods.flatMap((period) => {
    const present = monthsOf(period).flatMap((m) => months.get(m) ?? []);
    if (present.length === 0 || present.length === monthsOf(period).length) return [];
    return metricRows(period, rep, {
      revenue: present.reduce((s, t) => s + t.revenue, 0),
      customers: present.reduce((s, t) => s + t.customers, 0),
      collection: mean(present.map((t) => t.collection)),
      conversion: mean(present.map((t) => t.conversion)),
    });
  });
}

/** A rep's Targets rows: every month on the books through the year plan, then the partial periods. */
export function repTargets(rep: DemoRep): TemplateRow[] {
  const months = new Map<Period, MonthTarget>();
  for (const month of monthsFrom(HISTORY_START.slice(0, 7), LAST_PLANNED_MONTH)) {
    const target = monthTarget(rep, month);
    if (target) months.set(month, target);
  }
  return [...[...months].flatMap(([m, t]) => metricRows(m, rep, t)), ...partialPeriodRows(rep, months)];
}

/** The months of the launch log, with channel visit targets. */
const LAUNCH_MONTHS = ['2026-02', '2026-03', '2026-04', '2026-05'] as const;

/** Each channel's visit target per month: its daily target in the phase, the warm-up share of it before. */
export function channelTargets(): TemplateRow[] {
  return LAUNCH_MONTHS.flatMap((period) =>
    CHANNELS.map((channel) => {
      const visits = daysFrom(later(LAUNCH_DAY, monthStart(period)), monthEnd(period)).reduce(
        (sum, day) => sum + channelDailyTarget(channel, day),
        0,
      );
      return { period, metric: 'visits', channel: channel.id, base: Math.round(visits) };
    }),
  );
}
