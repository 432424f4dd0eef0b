/**
 * The campaign's results as of a day: every reward and penalty line of the Rewards rules, each
 * channel's quota gap per phase (SPEC section 6), its alerts, the Channel Gaps tab and the weekly
 * channel and team sections of the Leaderboard tab. Without a funnel (no campaign) only the reward
 * lines are worked out.
 */
import { channelGap } from '../domain/channels/channel-gap.js';
import { channelLog } from '../domain/channels/channel-log.js';
import { coverageToDate } from '../domain/channels/coverage.js';
import { channelWeeks, teamWeeks } from '../domain/channels/weekly-completion.js';
import type { Day } from '../domain/days.js';
import { rewardLines as applyRewards } from '../domain/rewards/engine.js';
import type { RewardLine } from '../domain/rewards/types.js';
import { channelGapsTab } from '../outputs/channel-gaps-tab.js';
import type { SectionRow } from '../outputs/layout.js';
import { leaderboardWeekRows } from '../outputs/leaderboard-weeks.js';
import type { Inputs } from '../workbook/ingest.js';
import type { Locale } from '../workbook/messages.js';
import type { OutputTab } from '../workbook/port.js';
import type { Alert } from './alerts.js';
import { channelGapJson, coverageJson, type ChannelGapJson, type CoverageJson } from './campaign-json.js';
import { channelTargets, rewardContext, rewardRules } from './campaign-records.js';
import { channelAlerts } from './channel-alerts.js';
import type { FunnelResult } from './funnel-inputs.js';

export type { ChannelGapJson } from './campaign-json.js';

export interface CampaignResults {
  /** Per channel and phase, channels in Channels-tab order within phases in calendar order. */
  channelGaps: ChannelGapJson[];
  /** Every line of the Rewards rules (rep, team and external), by day, rule and rep. */
  rewardLines: RewardLine[];
  /** One per channel and phase in progress that is off track (high) or at risk (medium). */
  alerts: Alert[];
  channelGapsTab: OutputTab;
  /** The weekly `channels` and `teams` sections of the Leaderboard tab. */
  leaderboardSections: { channels: SectionRow[]; teams: SectionRow[] };
}

export function campaignResults(
  inputs: Inputs,
  funnel: FunnelResult | undefined,
  asOf: Day,
  locale: Locale,
): CampaignResults {
  const context = rewardContext(inputs, asOf);
  const rewardLines = applyRewards(rewardRules(inputs.rewards), context);
  if (!funnel) {
    return {
      channelGaps: [],
      rewardLines,
      alerts: [],
      channelGapsTab: channelGapsTab([], [], asOf, locale),
      leaderboardSections: { channels: [], teams: [] },
    };
  }

  const activity = channelLog(inputs.activity, context.reps, asOf);
  const targets = channelTargets(inputs, funnel);
  const planRates = {
    registrationFromVisit: funnel.campaign.registrationFromVisit,
    subscriptionFromRegistration: funnel.campaign.subscriptionFromRegistration,
    dealFromSubscription: funnel.campaign.dealFromSubscription,
  };
  const channelGaps = targets.map((t) =>
    channelGapJson(channelGap(t, { asOf, activity, reps: inputs.reps, rewardLines, planRates })),
  );
  const coverage: CoverageJson[] = funnel.channels.coverage.flatMap((c) => {
    const phase = funnel.funnel.phases.find((p) => p.phase === c.phase);
    return phase ? [coverageJson(coverageToDate(c, phase, activity, asOf))] : [];
  });
  const weekStartsOn = inputs.settings.week_starts_on;
  return {
    channelGaps,
    rewardLines,
    alerts: channelAlerts(channelGaps),
    channelGapsTab: channelGapsTab(channelGaps, coverage, asOf, locale),
    leaderboardSections: {
      channels: leaderboardWeekRows(channelWeeks(targets, activity, asOf, weekStartsOn), 'channel'),
      teams: leaderboardWeekRows(teamWeeks(targets, activity, inputs.reps, asOf, weekStartsOn), 'team'),
    },
  };
}
