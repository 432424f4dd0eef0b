/**
 * A grade-B lead must be touched within `lead_sla_b_days` (SPEC section 7): some row of any type, by
 * anyone, for that customer after the lead.
 *
 * Reading: as for grade A, the lead's day is day 0 and a touch on day d comes d days after it, so a
 * touch on the lead's own day (a call the same afternoon) counts, and with 7 days so does one on day 7;
 * the deadline is the lead's day + N. Any row for the customer but the lead's own counts as a touch,
 * whatever its type and whoever logged it (another rep's lead row for the same customer too).
 *
 * @example
 * // 7 days, grade-B lead of C2 by S1 on 2026-05-01 (deadline 2026-05-08), no row since, as of 2026-05-15:
 * //=> { rule: 'lead_sla_b', repId: 'S1', customerId: 'C2', day: '2026-05-01', deadline: '2026-05-08',
 * //     daysLate: 7, row }
 */
import { dayNumber, type Day } from '../days.js';
import type { ActivityIndex, Customer } from './activity-index.js';
import { judge, type JudgedRow, type LateFollowUp } from './late.js';

/** The late follow-up of a grade-B lead, or undefined when on time or not judged yet. */
export function leadSlaB(
  lead: JudgedRow & { readonly date: Day },
  index: ActivityIndex,
  slaDays: number,
  asOf: Day,
  /** The row's customer; its number (`index.customerAt`) when the row is one of the indexed log's. */
  customer: Customer = lead.customer_id,
): LateFollowUp | undefined {
  const day = dayNumber(lead.date);
  const first = index.firstTouch(customer, day, lead.row);
  return judge('lead_sla_b', lead, day, day + Math.max(0, slaDays), first, dayNumber(asOf));
}
