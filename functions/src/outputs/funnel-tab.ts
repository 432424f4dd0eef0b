/** The `Funnel Plan` tab: the funnel, the phases, each channel's plan and the plan's coverage. */
import { funnelPlan as spec } from '../../../sheets-templates/index.js';
import { roundHalfUp, toReportNumber } from '../domain/money.js';
import type { Locale } from '../workbook/messages.js';
import type { OutputTab } from '../workbook/port.js';
import type { FunnelResult } from '../run/funnel-inputs.js';
import { layoutTab, type SectionRow } from './layout.js';

const STAGES = {
  sales_target: { en: 'Sales target', zh: '销售目标' },
  units: { en: 'Units to sell', zh: '目标成交套数' },
  subscriptions: { en: 'Subscriptions', zh: '认购' },
  registrations: { en: 'Registrations', zh: '登记' },
  visits: { en: 'Visits', zh: '到访' },
  campaign_days: { en: 'Campaign days', zh: '蓄客天数' },
  daily_visits: { en: 'Visits a day', zh: '日均到访' },
} as const;

const NOTES = {
  sales_target: { en: 'total value × sell-through', zh: '总货值 × 去化率' },
  subscriptions: { en: 'units ÷ deal rate', zh: '成交套数 ÷ 认购转成交率' },
  registrations: { en: 'subscriptions ÷ subscription rate', zh: '认购 ÷ 登记转认购率' },
  visits: { en: 'registrations ÷ registration rate', zh: '登记 ÷ 到访转登记率' },
  campaign_days: { en: 'first phase day to last, both included', zh: '首个阶段首日至末个阶段末日（含首尾）' },
  daily_visits: { en: 'visits ÷ campaign days', zh: '到访 ÷ 蓄客天数' },
} as const;

const BASIS = {
  daily_visit_target: { en: 'channel daily target', zh: '渠道日目标' },
  visit_share: { en: 'share of the phase’s visits', zh: '按阶段到访占比' },
} as const;

const NO_CAMPAIGN = {
  en: 'No campaign: fill in the Campaign and Phases tabs to work out the funnel.',
  zh: '暂无蓄客计划：填写“蓄客计划”和“阶段”表后即可测算漏斗。',
} as const;

const pick = (text: { en: string; zh: string }, locale: Locale) => (locale === 'zh-CN' ? text.zh : text.en);
const n = (d: Parameters<typeof roundHalfUp>[0]) => toReportNumber(roundHalfUp(d));

export function funnelTab(result: FunnelResult | undefined, locale: Locale): OutputTab {
  if (!result) return layoutTab(spec, {}, locale, [pick(NO_CAMPAIGN, locale)]);
  const { campaign, funnel, channels } = result;
  const stage = (
    id: keyof typeof STAGES,
    value: number | null,
    rate: Parameters<typeof toReportNumber>[0] | null,
    format?: 'money' | 'integer',
  ): SectionRow => ({
    stage: pick(STAGES[id], locale),
    value: format ? { value, format } : value,
    rate: rate === null ? null : toReportNumber(rate),
    // A note spills into the empty cells to its right rather than widening its column.
    note: id in NOTES ? { value: pick(NOTES[id as keyof typeof NOTES], locale), style: 'note' } : null,
  });
  const funnelRows: SectionRow[] = [
    ...(funnel.salesTarget
      ? [stage('sales_target', n(funnel.salesTarget), campaign.sellThrough ?? null, 'money')]
      : []),
    stage('units', n(funnel.units), null, 'integer'),
    stage('subscriptions', funnel.subscriptions, campaign.dealFromSubscription, 'integer'),
    stage('registrations', funnel.registrations, campaign.subscriptionFromRegistration, 'integer'),
    stage('visits', funnel.visits, campaign.registrationFromVisit, 'integer'),
    stage('campaign_days', funnel.campaignDays, null, 'integer'),
    stage('daily_visits', funnel.dailyVisits, null, 'integer'),
  ];
  return layoutTab(
    spec,
    {
      funnel: funnelRows,
      phases: funnel.phases.map((p) => ({
        phase: p.phase,
        start: p.start,
        end: p.end,
        days: p.days,
        visit_share: toReportNumber(p.visitShare),
        visits: p.visits,
        daily_visits: p.dailyVisits,
      })),
      channels: channels.channels.map((c) => ({
        phase: c.phase,
        channel: c.channel,
        name: c.name,
        headcount: c.headcount,
        daily: n(c.daily),
        weekly: n(c.weekly),
        weekdays: n(c.weekdays),
        weekend: n(c.weekend),
        phase_total: n(c.phaseTotal),
        basis: pick(BASIS[c.basis], locale),
      })),
      coverage: channels.coverage.map((c) => ({
        phase: c.phase,
        required_daily: c.requiredDaily,
        planned_daily: n(c.plannedDaily),
        shortfall_daily: n(c.shortfallDaily),
        coverage: c.coverage ? toReportNumber(roundHalfUp(c.coverage, 4)) : null,
      })),
    },
    locale,
  );
}
