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
 * Numbers customers in the order they are first met. From the ids themselves (a map lookup a row), or,
 * when the rows come with the log's numbers, by renumbering those through an array: the same numbers
 * in the same order, as both match ids without regard to case, with an array read in place of a lookup
 * in a map of a few hundred thousand ids.
 */
class FirstMet {
  private readonly ids: IdNumbers | undefined;
  /** By the log's number: the number given here, -1 until met. */
  private readonly renumbered: Int32Array | undefined;
  private next = 0;

  constructor(log: LogCustomers | undefined) {
    if (log === undefined) this.ids = new IdNumbers();
    else this.renumbered = new Int32Array(log.count).fill(-1);
  }

  get count(): number {
    return this.ids ? this.ids.keys.length : this.next;
  }

  /** The customer's number; `logNumber` is read when the rows came with the log's numbers. */
  add(id: string, logNumber: number | undefined): number {
    if (this.ids) return this.ids.add(id);
    let n = this.renumbered![logNumber!]!;
    if (n < 0) this.renumbered![logNumber!] = n = this.next++;
    return n;
  }
}

export function dealCustomers(
  deals: readonly ActivityRecord[],
  leads: readonly ActivityRecord[],
  log?: LogCustomers,
): DealCustomers {
  const ids = new FirstMet(log);
  const first: Day[] = [];
  const latest: Day[] = [];
  const ofDeal = new Int32Array(deals.length).fill(-1);
  for (let at = 0; at < deals.length; at++) {
    const a = deals[at]!;
    if (a.type !== 'deal' || a.customer === undefined) continue;
    const c = ids.add(a.customer, log?.ofDeal[at]);
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
    ofLead[at] = ids.add(a.customer, log?.ofLead[at]);
  }
  return { count: ids.count, first, latest, ofDeal, ofLead };
}
