/**
 * A rep's close rate over a range of days (SPEC section 12, mentoring): deals ÷ leads, read as the
 * workbook's lead conversion reads it — of the rep's leads dated in the range (distinct customers, each
 * at its first lead there), the share whose customer has a deal by any rep on or after the lead and on
 * or before `as_of`.
 *
 * @example
 * // S203 logged leads for C1, C2, C3 and C4 in March; C1 and C3 bought (C3 from a colleague):
 * closeRate(index, 's203', '2026-03-01', '2026-03-31') //=> { leads: 4, deals: 2, rate: 0.5 }
 */
import type { Decimal } from 'decimal.js';
import type { Day } from '../days.js';
import { Dec } from '../money.js';
import type { ActivityIndex } from './activity-index.js';

export interface CloseRate {
  readonly leads: number;
  readonly deals: number;
  /** Null without a lead. */
  readonly rate: Decimal | null;
}

export function closeRate(index: ActivityIndex, rep: string, first: Day, last: Day): CloseRate {
  const firstLead = new Map<string, Day>();
  for (const lead of index.leads.get(rep) ?? []) {
    if (lead.day < first || lead.day > last) continue;
    const seen = firstLead.get(lead.customer);
    if (seen === undefined || lead.day < seen) firstLead.set(lead.customer, lead.day);
  }
  let deals = 0;
  for (const [customer, day] of firstLead) {
    const c = index.customers.get(customer);
    const latest = c?.deals[c.deals.length - 1];
    if (latest && latest.day >= day) deals += 1;
  }
  return {
    leads: firstLead.size,
    deals,
    rate: firstLead.size === 0 ? null : new Dec(deals).div(firstLead.size),
  };
}
