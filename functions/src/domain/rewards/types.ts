/**
 * Reward and penalty rules (SPEC section 5) and the lines they produce. A line carries the rows that
 * earned it, so a pay statement can show where every amount came from.
 */
import type { Decimal } from 'decimal.js';
import type { Day } from '../days.js';
import type { ActivityFields, PhaseSpan, RepFields } from './records.js';
import type { Window, WindowKind } from './windows.js';

export type RewardKind = 'event_tier' | 'per_unit' | 'shortfall' | 'rank';
/** Who a line goes to: the rep, the rep's team (reported per team), or outside the company (a channel cost). */
export type Recipient = 'rep' | 'team' | 'external';

/** One row of the Rewards tab. */
export interface RewardRule {
  readonly rule: string;
  readonly kind: RewardKind;
  /** The activity type the rule counts. */
  readonly trigger: string;
  /** Per event, per unit, per missing unit, or per place. */
  readonly amount: Decimal;
  readonly channel?: string | undefined;
  readonly phase?: string | undefined;
  readonly window?: WindowKind | undefined;
  readonly min?: Decimal | undefined;
  readonly max?: Decimal | undefined;
  readonly top_n?: number | undefined;
  /** `rep` when blank. */
  readonly recipient?: Recipient | undefined;
}

/** What the rules are applied to. */
export interface RewardContext {
  readonly asOf: Day;
  /** ISO weekday weeks start on (Settings `week_starts_on`). */
  readonly weekStartsOn: number;
  readonly activity: readonly ActivityFields[];
  readonly reps: ReadonlyMap<string, RepFields>;
  readonly phases: readonly PhaseSpan[];
  /**
   * The first day the activity log covers: `shortfall` judges no window that starts before it (an
   * empty log judges nothing).
   */
  readonly firstDay?: Day | undefined;
}

/** A source row of a line. */
export interface SourceRow {
  readonly tab: 'Activity';
  readonly row: number;
}

/**
 * One reward or penalty. `rep_id` is the rep whose activity earned it, whoever receives it;
 * `amount` is signed (a shortfall penalty is negative) and rounded half-up to cents.
 */
export interface RewardLine {
  readonly rule: string;
  readonly kind: RewardKind;
  readonly recipient: Recipient;
  readonly rep_id: string;
  readonly team: string | null;
  readonly channel: string | null;
  /** The day it is earned: the event's day, or a window's last day (paid in that day's month). */
  readonly day: Day;
  /** The window counted, for window rules. */
  readonly window: Window | null;
  readonly amount: Decimal;
  readonly source: readonly SourceRow[];
}
