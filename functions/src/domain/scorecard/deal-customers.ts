/**
 * The customers of the deals and leads, numbered, with each one's first and latest deal day: new
 * customers (first deal) and lead conversion (latest deal) read them. One lookup of the customer per
 * row; the passes after it index arrays by number rather than look the customer up again. Customer
 * ids match without regard to case, as every id of the workbook does: `C1` and `c1` are one customer.
 */
import type { ActivityRecord } from '../activity.js';
import type { Day } from '../days.js';
import { IdNumbers } from '../leads/customer-numbers.js';

export interface DealCustomers {
  /** How many customers: those with a deal first (numbers below `first.length`), then those with only leads. */
  count: number;
  /** The day of each customer's first deal by anyone, by number (customers with a deal only). */
  first: Day[];
  /** Each customer's latest deal day (the activity is already cut at `as_of`), by number (customers with a deal only). */
  latest: Day[];
  /** The customer number of each deal row, -1 for a deal naming no customer (or a row of another type). */
  ofDeal: Int32Array;
  /** The customer number of each lead row, -1 for a lead naming no customer (or a row of another type). */
  ofLead: Int32Array;
}

export function dealCustomers(deals: readonly ActivityRecord[], leads: readonly ActivityRecord[]): DealCustomers {
  const ids = new IdNumbers();
  const first: Day[] = [];
  const latest: Day[] = [];
  const ofDeal = new Int32Array(deals.length).fill(-1);
  for (let at = 0; at < deals.length; at++) {
    const a = deals[at]!;
    if (a.type !== 'deal' || a.customer === undefined) continue;
    const c = ids.add(a.customer);
    if (c === first.length) {
      // A new customer: only deals have been numbered so far, so its number is the next deal customer's.
      first.push(a.day);
      latest.push(a.day);
    } else if (a.day < first[c]!) first[c] = a.day;
    else if (a.day > latest[c]!) latest[c] = a.day;
    ofDeal[at] = c;
  }
  const ofLead = new Int32Array(leads.length).fill(-1);
  for (let at = 0; at < leads.length; at++) {
    const a = leads[at]!;
    if (a.type !== 'lead' || a.customer === undefined) continue;
    ofLead[at] = ids.add(a.customer);
  }
  return { count: ids.keys.length, first, latest, ofDeal, ofLead };
}
