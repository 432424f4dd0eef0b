/**
 * Claims and lead follow-ups of a run (SPEC section 7): the `Claims Status` tab and its JSON
 * (SPEC section 10), and one alert per lead or proposal followed up late.
 */
import { claimsStatus, type ResourceStatus } from '../domain/claims/claims-status.js';
import type { Day } from '../domain/days.js';
import { lateFollowUps } from '../domain/leads/follow-up.js';
import type { LateFollowUp } from '../domain/leads/late.js';
import { monthOf } from '../domain/periods.js';
import { claimsStatusTab } from '../outputs/claims-status-tab.js';
import type { Inputs } from '../workbook/ingest.js';
import type { Locale } from '../workbook/messages.js';
import type { OutputTab } from '../workbook/port.js';
import type { Alert } from './alerts.js';

/** One claimed resource in the results (SPEC section 10); times are `YYYY-MM-DDTHH:mm`, workbook time zone. */
export interface ClaimJson {
  resource: string;
  owner: string;
  /** The first minute the resource is no longer protected. */
  window_end: string;
  rejected: { rep_id: string; claimed_at: string }[];
}

export interface ClaimsAndLeads {
  claims: ClaimJson[];
  alerts: Alert[];
  claimsTab: OutputTab;
}

export function claimJson(r: ResourceStatus): ClaimJson {
  return {
    resource: r.resource,
    owner: r.owner,
    window_end: r.windowEnd,
    rejected: r.rejected.map((x) => ({ rep_id: x.repId, claimed_at: x.claimedAt })),
  };
}

const daysEn = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

/** The sentences of a late follow-up, naming the lead or proposal, the rep and how late. */
function messageOf(late: LateFollowUp, rep: string, limit: string, asOf: Day): Alert['message'] {
  const { customerId: c, day, deadline, daysLate: n, followedUpOn: on } = late;
  switch (late.rule) {
    case 'lead_sla_a':
      return on
        ? {
            en: `Grade-A lead ${c} (${day}) was first called or visited by ${rep} on ${on}, ${daysEn(n)} after the ${limit}-hour deadline (${deadline}).`,
            'zh-CN': `A类线索 ${c}（${day}）：${rep} 于 ${on} 才电话或到访跟进，超出${limit}小时时限（${deadline}）${n}天。`,
          }
        : {
            en: `Grade-A lead ${c} (${day}) has had no call or visit from ${rep} within ${limit} hours: ${daysEn(n)} late as of ${asOf} (due by ${deadline}).`,
            'zh-CN': `A类线索 ${c}（${day}）：${rep} 未在${limit}小时内电话或到访跟进，截至 ${asOf} 已逾期${n}天（最迟应于 ${deadline} 跟进）。`,
          };
    case 'lead_sla_b':
      return on
        ? {
            en: `Grade-B lead ${c} (${day}, ${rep}) was first followed up on ${on}, ${daysEn(n)} after the ${limit}-day deadline (${deadline}).`,
            'zh-CN': `B类线索 ${c}（${day}，${rep}）于 ${on} 才有跟进，超出${limit}天时限（${deadline}）${n}天。`,
          }
        : {
            en: `Grade-B lead ${c} (${day}, ${rep}) has been untouched for more than ${limit} days: ${daysEn(n)} late as of ${asOf} (due by ${deadline}).`,
            'zh-CN': `B类线索 ${c}（${day}，${rep}）超过${limit}天无人跟进，截至 ${asOf} 已逾期${n}天（最迟应于 ${deadline} 跟进）。`,
          };
    case 'proposal_followup':
      return on
        ? {
            en: `Proposal to ${c} by ${rep} (${day}) was first followed up on ${on}, ${daysEn(n)} after the ${limit}-day deadline (${deadline}).`,
            'zh-CN': `${rep} 于 ${day} 向 ${c} 提交的方案于 ${on} 才有跟进，超出${limit}天时限（${deadline}）${n}天。`,
          }
        : {
            en: `Proposal to ${c} by ${rep} (${day}) has had no follow-up within ${limit} days: ${daysEn(n)} late as of ${asOf} (due by ${deadline}).`,
            'zh-CN': `${rep} 于 ${day} 向 ${c} 提交的方案${limit}天内无跟进，截至 ${asOf} 已逾期${n}天（最迟应于 ${deadline} 跟进）。`,
          };
  }
}

/**
 * The alert of a late lead or proposal: high for grade-A leads, medium otherwise, in the month of its
 * day. `limit` is the rule's setting as the manager typed it (`24` hours, `7` days).
 */
export function followUpAlert(
  late: LateFollowUp,
  repName: string | undefined,
  limit: string,
  asOf: Day,
): Alert {
  const rep = repName ? `${late.repId} ${repName}` : late.repId;
  return {
    severity: late.rule === 'lead_sla_a' ? 'high' : 'medium',
    rule: late.rule,
    rep_id: late.repId,
    period: monthOf(late.day),
    figures: {
      customer_id: late.customerId,
      [late.rule === 'proposal_followup' ? 'proposal_day' : 'lead_day']: late.day,
      deadline: late.deadline,
      days_late: late.daysLate,
      followed_up_on: late.followedUpOn ?? null,
      row: late.row,
    },
    message: messageOf(late, rep, limit, asOf),
  };
}

/** Claims status and late follow-ups as of a day; `locale` picks the tab's language. */
export function claimsAndLeads(inputs: Inputs, asOf: Day, locale: Locale): ClaimsAndLeads {
  const { settings } = inputs;
  const resources = claimsStatus(inputs.claims, asOf, settings.claim_protection_days);
  const late = lateFollowUps(inputs.activity, asOf, {
    leadSlaAHours: settings.lead_sla_a_hours.toNumber(),
    leadSlaBDays: settings.lead_sla_b_days,
    proposalFollowUpDays: settings.proposal_followup_days,
  });
  const names = new Map(inputs.reps.map((r) => [r.rep_id.toLowerCase(), r.name]));
  const limits: Readonly<Record<LateFollowUp['rule'], string>> = {
    lead_sla_a: settings.lead_sla_a_hours.toFixed(),
    lead_sla_b: String(settings.lead_sla_b_days),
    proposal_followup: String(settings.proposal_followup_days),
  };
  return {
    claims: resources.map(claimJson),
    alerts: late.map((l) => followUpAlert(l, names.get(l.repId.toLowerCase()), limits[l.rule], asOf)),
    claimsTab: claimsStatusTab(resources, locale),
  };
}
