/**
 * A grade-A lead needs a `call` or `visit` by its own rep for that customer within `lead_sla_a_hours`
 * (SPEC section 7).
 *
 * Reading: activity rows carry only a day, so the lead's day counts as hour 0 and a follow-up on day d
 * as (d − lead day) × 24 hours after it. A follow-up is on time when that is within the SLA, which
 * makes the deadline the lead's day + ⌊hours ÷ 24⌋ days: with 24 hours a call on the same or the next
 * day is on time, with 12 hours only the same day.
 *
 * @example
 * // 24-hour SLA, grade-A lead of C1 by S1 on 2026-05-04:
 * // S1 calls C1 on 2026-05-05 (24 hours)  //=> undefined, on time
 * // S1 first calls C1 on 2026-05-06 (48 hours), as of 2026-05-15:
 * //=> { rule: 'lead_sla_a', repId: 'S1', customerId: 'C1', day: '2026-05-04', deadline: '2026-05-05',
 * //     daysLate: 1, followedUpOn: '2026-05-06', row }
 */
import { dayNumber, type Day } from '../days.js';
import type { ActivityIndex, Customer } from './activity-index.js';
import { judge, type JudgedRow, type LateFollowUp } from './late.js';

/** Whole days a follow-up may come after the lead's day within an SLA of so many hours. */
export function slaDays(hours: number): number {
  return Math.max(0, Math.floor(hours / 24));
}

/** The late follow-up of a grade-A lead, or undefined when on time or not judged yet. */
export function leadSlaA(
  lead: JudgedRow & { readonly date: Day },
  index: ActivityIndex,
  slaHours: number,
  asOf: Day,
  /** The row's customer; its number (`index.customerAt`) when the row is one of the indexed log's. */
  customer: Customer = lead.customer_id,
): LateFollowUp | undefined {
  const day = dayNumber(lead.date);
  const first = index.firstContactBy(customer, lead.rep_id, day);
  return judge('lead_sla_a', lead, day, day + slaDays(slaHours), first, dayNumber(asOf));
}
