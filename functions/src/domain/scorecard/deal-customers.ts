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

/**
 * Each row's customer as numbered for the whole log (`customers.numberOf` in leads/customer-numbers.ts,
 * which matches ids as this file does), -1 for none, by position in the deals and in the leads.
 */
export interface LogCustomers {
  readonly ofDeal: ArrayLike<number>;
  readonly ofLead: ArrayLike<number>;
  /** How many numbers the log's numbering has. */
  readonly count: number;
}

/**
 * The rows' customers numbered from their ids (a map lookup a row), deals first, then leads: the
 * numbers a log's `customerNumbers` gives, for rows that do not come with them.
 */
function numberedHere(deals: readonly ActivityRecord[], leads: readonly ActivityRecord[]): LogCustomers {
  const ids = new IdNumbers();
  const numbersOf = (rows: readonly ActivityRecord[], type: 'deal' | 'lead') => {
    const out = new Int32Array(rows.length).fill(-1);
    for (let at = 0; at < rows.length; at++) {
      const a = rows[at]!;
      if (a.type === type && a.customer !== undefined) out[at] = ids.add(a.customer);
    }
    return out;
  };
  const ofDeal = numbersOf(deals, 'deal');
  const ofLead = numbersOf(leads, 'lead');
  return { ofDeal, ofLead, count: ids.keys.length };
}

export function dealCustomers(
  deals: readonly ActivityRecord[],
  leads: readonly ActivityRecord[],
  log: LogCustomers = numberedHere(deals, leads),
): DealCustomers {
  // The log's numbers renumbered in the order customers are first met here, through an array: the
  // same numbers in the same order as numbering the ids (both match them without regard to case),
  // with an array read in place of a lookup in a map of a few hundred thousand ids.
  const renumbered = new Int32Array(log.count).fill(-1);
  let count = 0;
  const numberOf = (logNumber: number) => {
    let n = renumbered[logNumber]!;
    if (n < 0) renumbered[logNumber] = n = count++;
    return n;
  };
  const first: Day[] = [];
  const latest: Day[] = [];
  const ofDeal = new Int32Array(deals.length).fill(-1);
  for (let at = 0; at < deals.length; at++) {
    const a = deals[at]!;
    if (a.type !== 'deal' || a.customer === undefined) continue;
    const c = numberOf(log.ofDeal[at]!);
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
    ofLead[at] = numberOf(log.ofLead[at]!);
  }
  return { count, first, latest, ofDeal, ofLead };
}
