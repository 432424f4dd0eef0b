/**
 * An improvement goal's progress (SPEC section 12, `Goals` tab): the metric over the baseline period
 * against the metric since (from the day after the baseline through `as_of`, or the goal's date once it
 * has passed). Revenue since is taken at the same pace over a period as long as the baseline, so a
 * quarter is set against a quarter. The change so far is relative (+15% on a 20% conversion is 23%).
 *
 * Status: `met` once the change wanted is reached; after the goal's date, `missed` otherwise; before it,
 * `on_pace` when the share of the change achieved is at least the share of the time gone (from the
 * baseline's end to the date), else `off_pace`.
 *
 * @example
 * // lead_conversion +15% by 2026-06-30 against 2025-Q4 (20%); 21% since 2026-01-01, as of 2026-05-15:
 * // change +5%, a third of the 15% wanted, with 75% of the time gone (135 of 181 days)
 * //=> { baselineValue: 0.2, now: 0.21, change: 0.05, progress: 0.3333, elapsed: 0.7459, status: 'off_pace' }
 */
import type { Decimal } from 'decimal.js';
import { addDays, daysInclusive, type Day } from '../days.js';
import { Dec } from '../money.js';
import { periodRange, type Period } from '../periods.js';
import type { ActivityIndex } from './activity-index.js';
import { parseChange } from './goal-change.js';
import { goalMetricOf, metricValue, type GoalMetric } from './goal-metric.js';
import { keyOf } from './records.js';

export type GoalStatus =
  | 'met'
  | 'on_pace'
  | 'off_pace'
  | 'missed'
  | 'not_started'
  | 'no_baseline'
  | 'no_data'
  | 'unknown_metric'
  | 'bad_change'
  | 'bad_dates';

/** A row of the Goals tab. */
export interface GoalInput {
  readonly metric: string;
  readonly team?: string | undefined;
  readonly baseline_period: Period;
  readonly change: string;
  readonly by_date: Day;
}

export interface Range {
  readonly first: Day;
  readonly last: Day;
}

export interface GoalProgress {
  readonly metric: GoalMetric | undefined;
  readonly wanted: Decimal | undefined;
  readonly baseline: Range;
  /** Null when nothing has passed since the baseline. */
  readonly since: Range | null;
  readonly baselineValue: Decimal | null;
  /** Revenue at the pace since, over a period as long as the baseline. */
  readonly now: Decimal | null;
  /** now ÷ baseline − 1. */
  readonly change: Decimal | null;
  /** change ÷ wanted: 1 is the whole change wanted. */
  readonly progress: Decimal | null;
  /** The share of the time from the baseline's end to the goal's date gone by `as_of`. */
  readonly elapsed: Decimal | null;
  readonly status: GoalStatus;
}

export function goalProgress(goal: GoalInput, index: ActivityIndex, newHireDays: number): GoalProgress {
  const asOf = index.asOf;
  const metric = goalMetricOf(goal.metric);
  const wanted = parseChange(goal.change);
  const baseline = periodRange(goal.baseline_period);
  const start = addDays(baseline.last, 1);
  const end = goal.by_date < asOf ? goal.by_date : asOf;
  const since = start <= end ? { first: start, last: end } : null;
  const empty = {
    metric,
    wanted,
    baseline,
    since,
    baselineValue: null,
    now: null,
    change: null,
    progress: null,
    elapsed: null,
  };
  if (!metric) return { ...empty, status: 'unknown_metric' };
  if (!wanted) return { ...empty, status: 'bad_change' };
  if (goal.by_date < start) return { ...empty, status: 'bad_dates' };

  const team = goal.team === undefined ? undefined : keyOf(goal.team);
  const measure = (range: Range) => metricValue(metric, index, { team, ...range, newHireDays });
  const baselineValue = measure(baseline);
  const gone = Math.max(0, daysInclusive(start, asOf));
  const elapsed = Dec.min(1, new Dec(gone).div(daysInclusive(start, goal.by_date)));
  const base = { ...empty, baselineValue, elapsed };
  if (!since) return { ...base, status: 'not_started' };
  let now = measure(since);
  if (now !== null && metric === 'revenue')
    now = now.mul(daysInclusive(baseline.first, baseline.last)).div(daysInclusive(since.first, since.last));
  if (baselineValue === null || !baselineValue.gt(0)) return { ...base, now, status: 'no_baseline' };
  if (now === null) return { ...base, status: 'no_data' };

  const change = now.div(baselineValue).sub(1);
  const progress = change.div(wanted);
  const status = progress.gte(1)
    ? 'met'
    : asOf >= goal.by_date
      ? 'missed'
      : progress.gte(elapsed)
        ? 'on_pace'
        : 'off_pace';
  return { ...base, now, change, progress, status };
}
