/**
 * The machine-readable results of a run (SPEC section 10): money as numbers with at most two decimals,
 * rates as fractions, tab and column ids in English whatever the locale.
 */
import type { Day } from '../domain/days.js';
import { reportFigure, type Dec } from '../domain/money.js';
import type { DataIssue } from '../workbook/issues.js';
import { issueMessage, type Locale } from '../workbook/messages.js';
import type { AlertJson } from './alerts.js';
import type { AppraisalResults } from './appraisal-results.js';
import type { InsightsJson } from './insight-results.js';
import type { ChannelGapJson } from './campaign-results.js';
import type { PayoutJson } from './payout-results.js';
import type { ClaimJson } from './claims-and-leads.js';
import type { FunnelResult } from './funnel-inputs.js';
import { jsonDigest } from './json-digest.js';
import type { ScorecardJson } from './scorecard-results.js';

export interface FunnelJson {
  sales_target: number | null;
  units: number;
  subscriptions: number;
  registrations: number;
  visits: number;
  campaign_start: Day;
  campaign_end: Day;
  campaign_days: number;
  daily_visits: number;
  phases: {
    phase: string;
    start: Day;
    end: Day;
    days: number;
    visit_share: number;
    visits: number;
    daily_visits: number;
  }[];
  channels: {
    phase: string;
    channel: string;
    daily: number;
    weekly: number;
    weekdays: number;
    weekend: number;
    phase_total: number;
    basis: string;
  }[];
  coverage: {
    phase: string;
    required_daily: number;
    planned_daily: number;
    shortfall_daily: number;
    coverage: number | null;
  }[];
}

export interface DataIssueJson {
  tab: string;
  row: number | null;
  column: string | null;
  value: string;
  code: string;
  message: string;
  action: string;
}

export interface Results {
  as_of: Day;
  scorecards: ScorecardJson[];
  payouts: PayoutJson[];
  funnel: FunnelJson | null;
  channel_gaps: ChannelGapJson[];
  alerts: AlertJson[];
  claims: ClaimJson[];
  appraisals: AppraisalResults['json']['appraisals'];
  inquiries: AppraisalResults['json']['inquiries'];
  insights: InsightsJson;
  data_issues: DataIssueJson[];
}

const num = (d: Dec, places = 2) => reportFigure(d, places);

export function funnelJson(result: FunnelResult): FunnelJson {
  const { funnel, channels } = result;
  return {
    sales_target: funnel.salesTarget ? num(funnel.salesTarget) : null,
    units: num(funnel.units),
    subscriptions: funnel.subscriptions,
    registrations: funnel.registrations,
    visits: funnel.visits,
    campaign_start: funnel.campaignStart,
    campaign_end: funnel.campaignEnd,
    campaign_days: funnel.campaignDays,
    daily_visits: funnel.dailyVisits,
    phases: funnel.phases.map((p) => ({
      phase: p.phase,
      start: p.start,
      end: p.end,
      days: p.days,
      visit_share: num(p.visitShare, 6),
      visits: p.visits,
      daily_visits: p.dailyVisits,
    })),
    channels: channels.channels.map((c) => ({
      phase: c.phase,
      channel: c.channel,
      daily: num(c.daily),
      weekly: num(c.weekly),
      weekdays: num(c.weekdays),
      weekend: num(c.weekend),
      phase_total: num(c.phaseTotal),
      basis: c.basis,
    })),
    coverage: channels.coverage.map((c) => ({
      phase: c.phase,
      required_daily: c.requiredDaily,
      planned_daily: num(c.plannedDaily),
      shortfall_daily: num(c.shortfallDaily),
      coverage: c.coverage ? num(c.coverage, 4) : null,
    })),
  };
}

export function issueJson(issue: DataIssue, locale: Locale): DataIssueJson {
  return {
    tab: issue.tab,
    row: issue.row,
    column: issue.column,
    value: issue.value,
    code: issue.code,
    message: issueMessage(issue, locale),
    action: issue.action,
  };
}

/** A digest of the results, to tell whether two runs computed the same thing. */
export function resultDigest(results: Results): string {
  return jsonDigest(results);
}
