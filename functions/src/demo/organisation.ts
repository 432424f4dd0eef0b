/**
 * The demo organisation: the sales team of a real-estate developer, 41 people in 4 teams working 8
 * acquisition channels. Two years of ordinary business from 2024-01-01 (the last units of earlier phases,
 * resale referrals), then the launch of a new project (SPEC appendix) from 2026-02-16 to the as-of day,
 * with the managers' targets through the 2026 year plan, monthly reviews, and the customer's own rules.
 * Every figure is drawn from seeded pseudo-random numbers, so the demo is the same on every call.
 *
 * The pieces: calendar.ts (the dates), campaign.ts (the launch and its channels), people.ts (the roster
 * and its stories), form.ts (how each rep does month by month before the launch), history.ts and
 * launch.ts (the activity log), events.ts (reward events), targets.ts, reviews.ts, adjustments.ts
 * (adjustments, pools, claims) and rules.ts (settings, plans, rewards, periods).
 */
import * as tabs from '../../../sheets-templates/index.js';
import type { TemplateRows } from '../template/template.js';
import { demoActivity } from './activity.js';
import { POOLS, demoAdjustments, demoClaims } from './adjustments.js';
import { demoAppraisalRound } from './appraisal-round.js';
import { campaignRows, channelRows, phaseRows } from './campaign.js';
import { demoForms } from './form.js';
import { insightStories } from './insight-stories.js';
import { activityRow } from './log.js';
import { demoReps, repRow } from './people.js';
import { demoReviews } from './reviews.js';
import { COMMISSION_PLANS, REWARDS, periodRows, settingRows } from './rules.js';
import { channelTargets, repTargets } from './targets.js';

/** The day the demo is recalculated as of. */
export { AS_OF as DEMO_AS_OF } from './calendar.js';

/**
 * A realistic demo organisation as template rows, the same on every call: 41 reps in 4 teams over 8
 * channels, activity from 2024-01-01 up to {@link DEMO_AS_OF}, targets, reviews, the source's rules.
 * KPIs and Grades are left to the template defaults.
 * @example templateWorkbook('zh-CN', demoOrganisation('zh-CN')) // the demo workbook in Chinese
 */
export function demoOrganisation(locale: 'zh-CN' | 'en'): TemplateRows {
  const reps = demoReps();
  const workers = reps.filter((r) => r.role !== 'manager');
  const forms = demoForms(reps);
  const activity = demoActivity(reps, forms);
  const stories = insightStories(reps, activity.map(activityRow), locale);
  return {
    [tabs.settings.id]: settingRows(locale),
    [tabs.reps.id]: reps.map((r) => repRow(r, locale)),
    [tabs.targets.id]: [...workers.flatMap(repTargets), ...channelTargets()],
    [tabs.activity.id]: stories.activity,
    [tabs.reviews.id]: demoReviews(reps, forms),
    [tabs.commissionPlans.id]: COMMISSION_PLANS,
    [tabs.rewards.id]: REWARDS,
    [tabs.adjustments.id]: demoAdjustments(reps, locale),
    [tabs.pools.id]: POOLS,
    [tabs.campaign.id]: campaignRows(),
    [tabs.phases.id]: phaseRows(),
    [tabs.channels.id]: channelRows(locale),
    [tabs.claims.id]: demoClaims(activity),
    [tabs.periods.id]: periodRows(),
    [tabs.goals.id]: stories.goals,
    [tabs.channelCosts.id]: stories.channelCosts,
    ...demoAppraisalRound(reps, locale),
  };
}
