/**
 * Late follow-ups over the whole activity log (SPEC section 7): grade-A leads not called or visited by
 * their rep within `lead_sla_a_hours`, grade-B leads untouched for `lead_sla_b_days`, proposals with no
 * later activity within `proposal_followup_days`. The log is indexed by customer once, then each lead
 * and proposal is one lookup.
 *
 * Only rows dated on or before `as_of` count, and a row with no `customer_id` cannot be followed up
 * and is not judged. Grade-C leads and leads with no grade have no follow-up rule.
 *
 * @example
 * // Default rules (24 hours, 7 days, 3 days), as of 2026-05-15:
 * // row 2: lead C1 grade A by S1 on 2026-05-04; row 3: call C1 by S1 on 2026-05-06
 * lateFollowUps(rows, '2026-05-15', { leadSlaAHours: 24, leadSlaBDays: 7, proposalFollowUpDays: 3 })
 * //=> [{ rule: 'lead_sla_a', repId: 'S1', customerId: 'C1', day: '2026-05-04', deadline: '2026-05-05',
 * //      daysLate: 1, followedUpOn: '2026-05-06', row: 2 }]
 */
import type { Day } from '../days.js';
import { memo } from '../memo.js';
import { indexActivity, type ActivityEntry } from './activity-index.js';
import type { JudgedRow, LateFollowUp } from './late.js';
import { leadSlaA } from './lead-sla-a.js';
import { leadSlaB } from './lead-sla-b.js';
import { proposalFollowUp } from './proposal-followup.js';

export interface FollowUpRules {
  leadSlaAHours: number;
  leadSlaBDays: number;
  proposalFollowUpDays: number;
}

/** What the rules make of a row's type: leads (when graded A or B) and proposals are judged, the rest never. */
type Judged = 'lead' | 'proposal' | undefined;

/** Every late follow-up as of a day, in the order of the lead or proposal days, then sheet rows. */
export function lateFollowUps(
  activity: readonly ActivityEntry[],
  asOf: Day,
  rules: FollowUpRules,
): LateFollowUp[] {
  const index = indexActivity(activity, asOf);
  // Types are read in any case: each spelling is lowered once, not once a row.
  const judgedAs = memo((type: string): Judged => {
    const t = type.toLowerCase();
    return t === 'lead' || t === 'proposal' ? t : undefined;
  });
  const out: LateFollowUp[] = [];
  // An indexed loop: a million rows make no iterator results, even before the loop is optimised.
  for (let i = 0; i < activity.length; i++) {
    const a = activity[i]!;
    const kind = judgedAs(a.type);
    if (kind === undefined || a.customer_id === undefined || a.date > asOf) continue; // ISO days compare as text
    if (kind === 'lead' && a.lead_grade !== 'A' && a.lead_grade !== 'B') continue;
    // The row itself is the judged row: its customer is known to be there, and copying it would cost a
    // garbage object per lead.
    const row = a as ActivityEntry & JudgedRow;
    // The customer by its number in the index: a row position, not an id to look up.
    const customer = index.customerAt(i)!;
    const late =
      kind === 'proposal'
        ? proposalFollowUp(row, index, rules.proposalFollowUpDays, asOf, customer)
        : a.lead_grade === 'A'
          ? leadSlaA(row, index, rules.leadSlaAHours, asOf, customer)
          : leadSlaB(row, index, rules.leadSlaBDays, asOf, customer);
    if (late) out.push(late);
  }
  return out.sort((x, y) => (x.day < y.day ? -1 : x.day > y.day ? 1 : x.row - y.row));
}
