/**
 * The alerts of the insights (SPEC section 12): a core customer to win back (medium), a week whose
 * conversion fell sharply among the last four weeks that have ended (high: older falls stay on the
 * Insights tab, past acting on), an improvement goal off pace (medium).
 *
 * @example
 * // flyers, week of 2026-04-20, 3.3% against 19% the four weeks before:
 * //=> { severity: 'high', rule: 'conversion_drop', rep_id: null, period: '2026-04',
 * //     message: { en: 'Lead conversion of channel flyers fell to 3.3% in the week of 2026-04-20 (92 leads), 83% below … (p < 0.001).' } }
 */
import { addDays, type Day } from '../domain/days.js';
import { monthOf } from '../domain/periods.js';
import type { Alert } from './alerts.js';
import type { AnomalyJson, CustomerJson, GoalJson } from './insights-json.js';
import { amount, GOAL_STATUS, goalLabel, pct, pText } from './insight-text.js';

/** A change as read: "+5.0%", "−17.5%". */
const signed = (n: number | null): string =>
  n === null ? '—' : `${n > 0 ? '+' : n < 0 ? '−' : ''}${pct(Math.abs(n))}`;

/** Falls in the weeks that ended within this many days of `as_of` are alerts. */
const RECENT_DAYS = 28;

export function isRecentAnomaly(a: AnomalyJson, asOf: Day): boolean {
  return a.week_end > addDays(asOf, -RECENT_DAYS);
}

export function winBackAlert(c: CustomerJson, name: string | undefined): Alert {
  const owner = name ? `${c.rep_id} ${name}` : c.rep_id;
  return {
    severity: 'medium',
    rule: 'win_back',
    rep_id: c.rep_id,
    period: null,
    figures: {
      customer_id: c.customer_id,
      amount_12m: c.amount,
      purchases_12m: c.purchases,
      last_deal: c.last_deal,
      last_contact: c.last_activity,
      days_silent: c.days_silent,
    },
    message: {
      en: `Core customer ${c.customer_id} (${amount(c.amount)} in ${c.purchases} purchases over 12 months) has had no contact for ${c.days_silent} days, since ${c.last_activity} (last deal ${c.last_deal}): ${owner} should win them back.`,
      'zh-CN': `核心客户 ${c.customer_id}（近12个月 ${c.purchases} 次购买，共 ${amount(c.amount)}）已 ${c.days_silent} 天无往来（最近往来 ${c.last_activity}，最近成交 ${c.last_deal}），请 ${owner} 尽快挽回。`,
    },
  };
}

export function anomalyAlert(a: AnomalyJson): Alert {
  const en = a.kind === 'team' ? `team ${a.group}` : `channel ${a.group}`;
  const zh = a.kind === 'team' ? `团队 ${a.group}` : `渠道 ${a.group}`;
  return {
    severity: 'high',
    rule: 'conversion_drop',
    rep_id: null,
    period: monthOf(a.week),
    figures: {
      kind: a.kind,
      group: a.group,
      week: a.week,
      leads: a.leads,
      rate: a.rate,
      trailing_mean: a.trailing_mean,
      fall: a.fall,
      p_value: a.p_value,
    },
    message: {
      en: `Lead conversion of ${en} fell to ${pct(a.rate)} in the week of ${a.week} (${a.leads} leads), ${pct(a.fall, 0)} below the mean of the 4 weeks before (${pct(a.trailing_mean)}, counted at the same age); unlikely to be chance (${pText(a.p_value)}).`,
      'zh-CN': `${zh} ${a.week} 当周线索转化率降至 ${pct(a.rate)}（${a.leads} 条线索），比前4周均值 ${pct(a.trailing_mean)}（按相同天数计）低 ${pct(a.fall, 0)}，不太可能是偶然（${pText(a.p_value)}）。`,
    },
  };
}

export function goalAlert(g: GoalJson): Alert {
  const team = g.team ?? null;
  const backwards = (g.progress ?? 0) < 0;
  const howFar = {
    en: backwards
      ? `moving away from the change wanted with ${pct(g.elapsed, 0)} of the time gone`
      : `${pct(g.progress, 0)} of the change wanted with ${pct(g.elapsed, 0)} of the time gone`,
    'zh-CN': backwards
      ? `与目标方向相反，时间已过 ${pct(g.elapsed, 0)}`
      : `完成目标变化的 ${pct(g.progress, 0)}，时间已过 ${pct(g.elapsed, 0)}`,
  };
  const figure = (n: number | null) =>
    n === null
      ? '—'
      : g.metric_id === 'lead_conversion' || g.metric_id === 'repurchase_rate'
        ? pct(n)
        : amount(n);
  return {
    severity: 'medium',
    rule: 'goal_off_pace',
    rep_id: null,
    period: null,
    figures: {
      metric: g.metric_id ?? g.metric,
      team,
      baseline_period: g.baseline_period,
      baseline: g.baseline,
      now: g.now,
      change: g.change_so_far,
      wanted: g.wanted,
      progress: g.progress,
      elapsed: g.elapsed,
      by_date: g.by_date,
    },
    message: {
      en: `Goal “${goalLabel(g.metric_id, g.metric, g.change, 'en')}”${team ? ` for ${team}` : ''} by ${g.by_date} is ${GOAL_STATUS.off_pace.en.toLowerCase()}: ${figure(g.now)} since ${g.since_first} against ${figure(g.baseline)} in ${g.baseline_period} (${signed(g.change_so_far)}; ${g.change} wanted): ${howFar.en}.`,
      'zh-CN': `目标“${goalLabel(g.metric_id, g.metric, g.change, 'zh-CN')}”${team ? `（${team}）` : ''}截至 ${g.by_date}，${GOAL_STATUS.off_pace['zh-CN']}：${g.since_first} 以来为 ${figure(g.now)}，基准期 ${g.baseline_period} 为 ${figure(g.baseline)}（变化 ${signed(g.change_so_far)}，目标 ${g.change}），${howFar['zh-CN']}。`,
    },
  };
}
