/**
 * A resolved pay inquiry that changes pay becomes an adjustment line on the rep's statement in the
 * month of its `resolved` day (SPEC section 11), its source the inquiry's row on the `Inquiries` tab.
 *
 * Readings: only a resolved inquiry with a non-zero `amount` and a `resolved` day on or before `as_of`
 * changes pay (a negative amount takes back an overpayment). The amount is the change itself, paid
 * once, in the month it was resolved; the statement questioned is left as it was.
 *
 * @example
 * // S105 questioned commission 2026-03 on 2026-04-08; resolved 2026-04-20 with amount 350:
 * inquiryAdjustment({ day: '2026-04-08', rep: 'S105', period: '2026-03', status: 'resolved',
 *   resolved: '2026-04-20', amount: new Dec(350), row: 3 }, '2026-05-15', 'inquiry of 2026-04-08 …')
 * //=> { day: '2026-04-20', rep: 'S105', amount: 350, reason: 'inquiry of 2026-04-08 …', row: 3, tab: 'Inquiries' }
 */
import type { Decimal } from 'decimal.js';
import type { Day } from '../days.js';
import type { AdjustmentRecord } from '../payouts/statements.js';
import type { Period } from '../periods.js';

export const INQUIRIES_TAB = 'Inquiries';

/** A row of the `Inquiries` tab, as plain data. */
export interface InquiryRecord {
  day: Day;
  rep: string;
  period: Period;
  line?: string | undefined;
  text?: string | undefined;
  status: 'open' | 'resolved';
  resolved?: Day | undefined;
  amount?: Decimal | undefined;
  row: number;
}

/** The pay line of a resolved inquiry, or undefined when it changes no pay as of `asOf`. */
export function inquiryAdjustment(
  inquiry: InquiryRecord,
  asOf: Day,
  reason: string,
): AdjustmentRecord | undefined {
  const { status, resolved, amount } = inquiry;
  if (status !== 'resolved' || resolved === undefined || resolved > asOf) return undefined;
  if (amount === undefined || amount.isZero()) return undefined;
  return { day: resolved, rep: inquiry.rep, amount, reason, row: inquiry.row, tab: INQUIRIES_TAB };
}
