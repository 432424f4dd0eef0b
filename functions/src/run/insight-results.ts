/**
 * The insights of a run (SPEC section 12): one pass over the activity log into an index, each section's
 * rule over it, the `insights` JSON, the alerts (win-back, conversion drops, goals off pace) and the
 * `Insights` tab. Thresholds come from Settings; channel costs from the external reward lines of the run
 * and the ChannelCosts tab.
 */
import type { Decimal } from 'decimal.js';
import { addDays, type Day } from '../domain/days.js';
import { abComparisons } from '../domain/insights/ab-tests.js';
import { activityIndex } from '../domain/insights/activity-index.js';
import { channelReturns, type CostLine } from '../domain/insights/channel-return.js';
import { conversionAnomalies } from '../domain/insights/conversion-anomalies.js';
import {
  customerStandings,
  TRAILING_DAYS,
  type CustomerStanding,
} from '../domain/insights/customer-standings.js';
import { TIERS } from '../domain/insights/customer-tier.js';
import { cyclesByRepMonth, dealCycles } from '../domain/insights/deal-cycle.js';
import { DecimalSum } from '../domain/decimal-sum.js';
import { goalProgress } from '../domain/insights/goal-progress.js';
import { mentoring } from '../domain/insights/mentoring.js';
import { compareNewHiresBetween, newHireCyclesByMonth } from '../domain/insights/new-hire-cycle.js';
import { revenuePerActiveRep } from '../domain/insights/productivity.js';
import { winBack } from '../domain/insights/win-back.js';
import { compare, wholeValue, ZERO } from '../domain/money.js';
import type { RewardLine } from '../domain/rewards/types.js';
import { insightsTab } from '../outputs/insights-tab.js';
import type { Inputs } from '../workbook/ingest.js';
import type { Locale } from '../workbook/messages.js';
import type { OutputTab } from '../workbook/port.js';
import type { Alert } from './alerts.js';
import { anomalyAlert, goalAlert, isRecentAnomaly, winBackAlert } from './insight-alerts.js';
import { abVerdict } from './insight-text.js';
import {
  abTestJson,
  anomalyJson,
  channelReturnsJson,
  customerJson,
  cycleJson,
  goalJson,
  mentoredJson,
  money,
  productivityJson,
  rate,
  repCycleJson,
  type InsightsJson,
} from './insights-json.js';

export type { InsightsJson } from './insights-json.js';

export interface InsightResults {
  /** The `insights` section of --json. */
  json: InsightsJson;
  /** Win-back (medium), conversion drops of the last four weeks (high), goals off pace (medium). */
  alerts: Alert[];
  tab: OutputTab;
}

function tierSummary(
  customers: InsightsJson['customer_tiers']['customers'],
  amounts: Map<string, Decimal>,
): InsightsJson['customer_tiers']['tiers'] {
  const total = [...amounts.values()].reduce((sum, a) => sum.add(a), ZERO);
  // Counted, not filtered: no copy of the customers per tier.
  const counts = new Map<string, number>();
  for (const c of customers) counts.set(c.tier, (counts.get(c.tier) ?? 0) + 1);
  return TIERS.map((tier) => {
    const amount = amounts.get(tier) ?? ZERO;
    return {
      tier,
      customers: counts.get(tier) ?? 0,
      amount: money(amount),
      share: total.gt(0) ? rate(amount.div(total)) : null,
    };
  });
}

/**
 * Ids of letters, digits and hyphens, the usual ones: the collator orders two of them as the code units
 * of their lower-case forms whenever those differ (case is only a tertiary difference, and a hyphen
 * sorts before digits), so a sort compares such ids without it. Only under English collation: others
 * reorder some of these letters (Danish "aa", Lithuanian "y").
 */
const PLAIN_ID = /^[0-9A-Za-z-]*$/;

/**
 * Standings by tier, then amount (largest first), then customer id. Each amount is also read once as a
 * double: doubles that differ are in the order of the exact amounts (rounding keeps order), so the exact
 * comparison is left for equal doubles, and a sort of many customers makes no Decimal work per step.
 */
function inTierOrder(standings: readonly CustomerStanding[]): CustomerStanding[] {
  // One collator for the whole sort: the same order as localeCompare, without its set-up per comparison.
  const collator = new Intl.Collator();
  const byText = collator.compare;
  const plainIds = collator.resolvedOptions().locale.split('-')[0] === 'en';
  const out: CustomerStanding[] = [];
  for (const tier of TIERS) {
    const group = standings.filter((st) => st.tier === tier);
    // Amounts of at most 15 significant digits (all but freak ones) are each the only such amount of
    // their double, so equal doubles of two of them are equal amounts: no exact comparison for the
    // many ties of equal amounts. A whole amount (most) is read from its digits, with no text made to
    // convert it.
    const approx = new Float64Array(group.length);
    const plain = new Uint8Array(group.length);
    const order = new Array<number>(group.length);
    for (let i = 0; i < group.length; i++) {
      const amount = group[i]!.amount;
      const whole = wholeValue(amount);
      const isWhole = !Number.isNaN(whole);
      approx[i] = isWhole ? whole : amount.toNumber();
      plain[i] = isWhole || amount.sd() <= 15 ? 1 : 0;
      order[i] = i;
    }
    const exactly = (i: number, j: number) =>
      plain[i]! & plain[j]! ? 0 : compare(group[j]!.amount, group[i]!.amount);
    // Ids are lowered only when their amount ties, once each; null for an id the collator must compare.
    const lowered = new Array<string | null | undefined>(group.length);
    const lower = (i: number): string | null => {
      let key = lowered[i];
      if (key === undefined) {
        const id = group[i]!.customer;
        lowered[i] = key = plainIds && PLAIN_ID.test(id) ? id.toLowerCase() : null;
      }
      return key;
    };
    const byId = (i: number, j: number) => {
      const a = lower(i);
      const b = lower(j);
      return a !== null && b !== null && a !== b
        ? a < b
          ? -1
          : 1
        : byText(group[i]!.customer, group[j]!.customer);
    };
    order.sort((i, j) => approx[j]! - approx[i]! || exactly(i, j) || byId(i, j));
    for (let i = 0; i < order.length; i++) out.push(group[order[i]!]!);
  }
  return out;
}

export function insightResults(
  inputs: Inputs,
  asOf: Day,
  locale: Locale,
  rewardLines: readonly RewardLine[],
): InsightResults {
  const s = inputs.settings;
  const index = activityIndex(inputs.activity, inputs.reps, asOf);
  const repId = (key: string) => index.reps.get(key)?.rep_id ?? key;
  const teamOf = (key: string) => index.reps.get(key)?.team ?? null;

  const standings = inTierOrder(
    customerStandings(index, {
      coreAmount: s.tier_core_amount,
      corePurchases: s.tier_core_purchases,
      growthAmount: s.tier_growth_amount,
      dormantDays: s.tier_dormant_days,
    }),
  );
  const sums = new Map<string, DecimalSum>();
  for (const st of standings) {
    let sum = sums.get(st.tier);
    if (!sum) sums.set(st.tier, (sum = new DecimalSum()));
    sum.add(st.amount);
  }
  const amounts = new Map([...sums].map(([tier, sum]) => [tier, sum.total()]));
  const customers = standings.map((st) => customerJson(st, repId));

  const cycles = dealCycles(index, s.new_hire_days);
  const mentored = mentoring(index, s.mentor_ratio);
  const mentors = [...new Set(mentored.map((m) => m.mentor))];
  const anomalies = conversionAnomalies(index, {
    drop: s.anomaly_drop,
    minSample: s.min_sample,
    significance: s.significance_level.toNumber(),
    weekStartsOn: s.week_starts_on,
  });
  const costs: CostLine[] = [
    ...rewardLines.flatMap((l): CostLine[] =>
      l.recipient === 'external' && l.channel !== null
        ? [{ day: l.day, channel: l.channel, amount: l.amount, kind: 'reward' }]
        : [],
    ),
    ...inputs.channelCosts.map((c): CostLine => ({
      day: c.date,
      channel: c.channel,
      amount: c.amount,
      kind: 'other',
    })),
  ];
  const channelNames = new Map(
    inputs.channels.flatMap((c) => (c.name ? [[c.channel.toLowerCase(), c.name] as const] : [])),
  );

  const json: InsightsJson = {
    customer_tiers: {
      since: addDays(asOf, 1 - TRAILING_DAYS),
      thresholds: {
        core_amount: money(s.tier_core_amount),
        core_purchases: s.tier_core_purchases,
        growth_amount: money(s.tier_growth_amount),
        dormant_days: s.tier_dormant_days,
        silence_days: s.health_silence_days,
      },
      tiers: tierSummary(customers, amounts),
      customers,
      win_back: winBack(standings, s.health_silence_days).map((st) => customerJson(st, repId)),
    },
    deal_cycle: {
      new_hire_days: s.new_hire_days,
      last_12_months: cycleJson(compareNewHiresBetween(cycles, addDays(asOf, 1 - TRAILING_DAYS), asOf)),
      months: newHireCyclesByMonth(cycles).map((m) => ({ month: m.month, ...cycleJson(m) })),
      reps: cyclesByRepMonth(cycles).map((c) => repCycleJson(c, repId, teamOf)),
    },
    productivity: revenuePerActiveRep(index).map(productivityJson),
    mentoring: mentors.map((mentor) => {
      const hires = mentored.filter((m) => m.mentor === mentor);
      return {
        mentor_id: mentor === undefined ? null : repId(mentor),
        met: hires.filter((h) => h.status === 'met').length,
        short: hires.filter((h) => h.status === 'short').length,
        new_hires: hires.map((h) => mentoredJson(h, repId)),
      };
    }),
    goals: inputs.goals.map((g) => goalJson(g, goalProgress(g, index, s.new_hire_days))),
    anomalies: { judged: anomalies.judged, weeks: anomalies.anomalies.map(anomalyJson) },
    ab_tests: abComparisons(index, s.min_sample).map((c) => {
      const partial = abTestJson(c, (key) => index.variantNames.get(key) ?? key, '');
      return {
        ...partial,
        verdict: abVerdict(partial, s.min_sample, s.significance_level.toNumber())[locale],
      };
    }),
    channel_return: channelReturnsJson(
      channelReturns(
        index,
        costs,
        inputs.channels.map((c) => c.channel),
      ),
      channelNames,
    ),
  };

  const names = new Map(inputs.reps.map((r) => [r.rep_id, r.name]));
  const recent = json.anomalies.weeks.filter((a) => isRecentAnomaly(a, asOf));
  const alerts = [
    ...json.customer_tiers.win_back.map((c) => winBackAlert(c, names.get(c.rep_id))),
    ...recent.map(anomalyAlert),
    ...json.goals.filter((g) => g.status === 'off_pace').map(goalAlert),
  ];
  return { json, alerts, tab: insightsTab(json, inputs.reps, asOf, recent.length, locale) };
}
