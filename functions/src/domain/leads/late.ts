/**
 * Whether a follow-up was late, and by how many days, as of a day. Shared by the lead and proposal
 * rules (SPEC section 7).
 *
 * Reading: the deadline is the last calendar day on which a follow-up is on time. A case is judged
 * only once its deadline has passed, that is on an `as_of` after the deadline day (on the deadline
 * day itself there is still time). It is then late when no follow-up came by the deadline; the days
 * late run from the deadline to the late follow-up, or to `as_of` when none has come yet, so a late
 * case is always at least one day late.
 *
 * @example
 * // deadline 2026-05-03 (day 20_576), first follow-up 2026-05-05, as of 2026-05-10:
 * lateness(20_576, 20_578, 20_583) //=> { daysLate: 2, followedUpOn: 20_578 }
 * // no follow-up yet:
 * lateness(20_576, undefined, 20_583) //=> { daysLate: 7, followedUpOn: undefined }
 */
import { dayFromNumber } from '../days.js';

export type FollowUpRule = 'lead_sla_a' | 'lead_sla_b' | 'proposal_followup';

/** A lead or proposal followed up late, or not yet. Days are calendar days `YYYY-MM-DD`. */
export interface LateFollowUp {
  rule: FollowUpRule;
  /** The rep of the lead or proposal row. */
  repId: string;
  customerId: string;
  /** The day of the lead or proposal. */
  day: string;
  /** The last day a follow-up was on time. */
  deadline: string;
  /** Days from the deadline to the late follow-up, or to `as_of` when none has come. */
  daysLate: number;
  /** The day of the late follow-up; undefined while there is none. */
  followedUpOn?: string;
  /** The sheet row of the lead or proposal. */
  row: number;
}

/**
 * How late a follow-up is, from day numbers: the deadline, the first follow-up on or after the start
 * (undefined when none by `as_of`) and `as_of`. Undefined when not late, or not judged yet.
 */
export function lateness(
  deadline: number,
  firstFollowUp: number | undefined,
  asOf: number,
): { daysLate: number; followedUpOn: number | undefined } | undefined {
  if (deadline >= asOf) return undefined;
  if (firstFollowUp !== undefined && firstFollowUp <= deadline) return undefined;
  const followedUpOn = firstFollowUp !== undefined && firstFollowUp <= asOf ? firstFollowUp : undefined;
  return { daysLate: (followedUpOn ?? asOf) - deadline, followedUpOn };
}

/** The row a rule judges: a lead or proposal naming its customer. */
export interface JudgedRow {
  readonly rep_id: string;
  readonly customer_id: string;
  readonly row: number;
}

/**
 * The late follow-up of one row, from day numbers: the row's day, its deadline, the first follow-up
 * that counts on or after its day, and `as_of`. Undefined when on time or not judged yet.
 */
export function judge(
  rule: FollowUpRule,
  entry: JudgedRow,
  day: number,
  deadline: number,
  firstFollowUp: number | undefined,
  asOf: number,
): LateFollowUp | undefined {
  const late = lateness(deadline, firstFollowUp, asOf);
  if (!late) return undefined;
  return {
    rule,
    repId: entry.rep_id,
    customerId: entry.customer_id,
    day: dayFromNumber(day),
    deadline: dayFromNumber(deadline),
    daysLate: late.daysLate,
    ...(late.followedUpOn !== undefined ? { followedUpOn: dayFromNumber(late.followedUpOn) } : {}),
    row: entry.row,
  };
}
