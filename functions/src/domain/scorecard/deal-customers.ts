/**
 * The customers of the deals, numbered, with each one's first and latest deal day: new customers
 * (first deal) and lead conversion (latest deal) read them. One lookup of the customer per deal, and
 * the passes after it index arrays by number rather than look the customer up again.
 */
import type { ActivityRecord } from '../activity.js';
import type { Day } from '../days.js';

export interface DealCustomers {
  numbers: ReadonlyMap<string, number>;
  /** The day of each customer's first deal by anyone, by number. */
  first: Day[];
  /** Each customer's latest deal day (the activity is already cut at `as_of`), by number. */
  latest: Day[];
  /** The customer number of each row, -1 for a row that is not a deal or names no customer. */
  ofRow: Int32Array;
}

export function dealCustomers(activity: readonly ActivityRecord[]): DealCustomers {
  const numbers = new Map<string, number>();
  const first: Day[] = [];
  const latest: Day[] = [];
  const ofRow = new Int32Array(activity.length).fill(-1);
  for (let at = 0; at < activity.length; at++) {
    const a = activity[at]!;
    if (a.type !== 'deal' || a.customer === undefined) continue;
    let c = numbers.get(a.customer);
    if (c === undefined) {
      c = first.length;
      numbers.set(a.customer, c);
      first.push(a.day);
      latest.push(a.day);
    } else if (a.day < first[c]!) first[c] = a.day;
    else if (a.day > latest[c]!) latest[c] = a.day;
    ofRow[at] = c;
  }
  return { numbers, first, latest, ofRow };
}
