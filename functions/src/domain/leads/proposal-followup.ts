/**
 * A `proposal` needs later activity for that customer within `proposal_followup_days` (SPEC section 7):
 * a row of any type, by anyone, on a later day.
 *
 * Reading: rows carry only a day, and a visit on the proposal's own day is most likely the meeting at
 * which it was handed over, so only later days count as follow-up. The deadline is the proposal's
 * day + N: with 3 days, a follow-up on day 3 after the proposal is on time and one on day 4 is a day late.
 *
 * @example
 * // 3 days, proposal to C3 by S2 on 2026-05-04, first call on 2026-05-08, as of 2026-05-15:
 * //=> { rule: 'proposal_followup', repId: 'S2', customerId: 'C3', day: '2026-05-04',
 * //     deadline: '2026-05-07', daysLate: 1, followedUpOn: '2026-05-08', row }
 */
import { dayNumber, type Day } from '../days.js';
import type { ActivityIndex, Customer } from './activity-index.js';
import { judge, type JudgedRow, type LateFollowUp } from './late.js';

/** The late follow-up of a proposal, or undefined when on time or not judged yet. */
export function proposalFollowUp(
  proposal: JudgedRow & { readonly date: Day },
  index: ActivityIndex,
  followUpDays: number,
  asOf: Day,
  /** The row's customer; its number (`index.customerAt`) when the row is one of the indexed log's. */
  customer: Customer = proposal.customer_id,
): LateFollowUp | undefined {
  const day = dayNumber(proposal.date);
  const first = index.firstAfter(customer, day);
  return judge('proposal_followup', proposal, day, day + Math.max(0, followUpDays), first, dayNumber(asOf));
}
