/** Every tab the engine knows, input and output, in workbook order. */
import { activity } from './input/activity.js';
import { adjustments } from './input/adjustments.js';
import { campaign } from './input/campaign.js';
import { channels } from './input/channels.js';
import { claims } from './input/claims.js';
import { commissionPlans } from './input/commission-plans.js';
import { grades } from './input/grades.js';
import { kpis } from './input/kpis.js';
import { periods } from './input/periods.js';
import { phases } from './input/phases.js';
import { pools } from './input/pools.js';
import { reps } from './input/reps.js';
import { reviews } from './input/reviews.js';
import { rewards } from './input/rewards.js';
import { settings } from './input/settings.js';
import { targets } from './input/targets.js';
import { holidays } from './input/holidays.js';
import { workdays } from './input/workdays.js';
import { appraisals } from './input/appraisals.js';
import { inquiries } from './input/inquiries.js';
import { goals } from './input/goals.js';
import { channelCosts } from './input/channel-costs.js';
import { dataIssues } from './output/data-issues.js';
import { funnelPlan } from './output/funnel-plan.js';
import { runLog } from './output/run-log.js';
import { scorecard } from './output/scorecard.js';
import { leaderboard } from './output/leaderboard.js';
import { alerts } from './output/alerts.js';
import { insights } from './output/insights.js';
import { claimsStatus } from './output/claims-status.js';
import { payouts } from './output/payouts.js';
import { channelGaps } from './output/channel-gaps.js';
import { changeLog } from './output/change-log.js';
import { leadership } from './output/leadership.js';

export * from './define.js';
export { settingKeys } from './input/settings.js';
export { campaignKeys } from './input/campaign.js';
export { defaultKpis } from './input/kpis.js';
export { defaultGrades } from './input/grades.js';
export {
  activity,
  adjustments,
  campaign,
  channels,
  claims,
  commissionPlans,
  grades,
  kpis,
  periods,
  phases,
  pools,
  reps,
  reviews,
  rewards,
  settings,
  targets,
  holidays,
  workdays,
  appraisals,
  inquiries,
  goals,
  channelCosts,
  dataIssues,
  funnelPlan,
  runLog,
  scorecard,
  leaderboard,
  alerts,
  claimsStatus,
  payouts,
  channelGaps,
  insights,
  leadership,
  changeLog,
};

export const inputTabs = [
  settings,
  kpis,
  grades,
  reps,
  targets,
  activity,
  reviews,
  commissionPlans,
  rewards,
  adjustments,
  pools,
  campaign,
  phases,
  channels,
  claims,
  periods,
  holidays,
  workdays,
  appraisals,
  inquiries,
  goals,
  channelCosts,
] as const;

/**
 * Output tabs written by this version. The contract names more (Scorecard, Payouts, Channel Gaps,
 * Leaderboard, Alerts, Claims Status); a name of the contract is reserved even before its tab is written,
 * so a manager's tab of that name is never read as input.
 */
export const outputTabs = [
  scorecard,
  payouts,
  leaderboard,
  funnelPlan,
  channelGaps,
  alerts,
  claimsStatus,
  insights,
  dataIssues,
  leadership,
  changeLog,
  runLog,
] as const;

/** Output tab names of the contract, English and Chinese. */
export const reservedOutputNames: readonly (readonly [string, string])[] = [
  ['Scorecard', '绩效评分'],
  ['Payouts', '薪酬明细'],
  ['Funnel Plan', '漏斗测算'],
  ['Channel Gaps', '渠道缺口'],
  ['Leaderboard', '排行榜'],
  ['Alerts', '预警'],
  ['Claims Status', '报备状态'],
  ['Data Issues', '数据问题'],
  ['Run Log', '运行日志'],
  ['Leadership', '管理层概览'],
  ['Change Log', '变更记录'],
  ['Insights', '洞察'],
];
