/**
 * The activity log indexed by customer, built once per run so that every follow-up question is a
 * binary search rather than a scan of the log (the log may hold a million rows).
 *
 * @example
 * // C1: lead by S1 on day 10 (row 2), call by S2 on day 11 (row 3), visit by S1 on day 13 (row 4)
 * const index = indexActivity(rows, asOf);
 * index.firstContactBy('C1', 'S1', 10)  //=> 13 (the day number of the visit)
 * index.firstTouch('C1', 10, 2)         //=> 11 (any row but the lead's own)
 * index.firstAfter('C1', 11)            //=> 13
 */
import { dayNumber, type Day } from '../days.js';
import { memo } from '../memo.js';
import { customerNumbers, IdNumbers } from './customer-numbers.js';

/** A row of the Activity tab, as read (the field names are the sheet's, so rows are indexed uncopied). */
export interface ActivityEntry {
  /** A calendar day `YYYY-MM-DD`. */
  readonly date: Day;
  readonly rep_id: string;
  readonly type: string;
  readonly customer_id?: string | undefined;
  readonly lead_grade?: string | undefined;
  /** The sheet row. */
  readonly row: number;
}

/** Activity types that count as contacting a grade-A lead (types are read in any case). */
const CONTACT_TYPES: ReadonlySet<string> = new Set(['call', 'visit']);

/**
 * A day number and a sheet row packed in one integer, so each customer's rows sort as plain numbers.
 * Day numbers are not negative (the reader refuses days before 1970) and stay below 2^17 up to the
 * year 2300; sheet rows stay below 2^26: the packed value is well inside 2^53. A contact packs the
 * rep's number above its day the same way, so one customer's contacts sort by rep, then day.
 */
const ROW_SPACE = 2 ** 26;
const DAY_SPACE = 2 ** 17;
const pack = (day: number, row: number) => day * ROW_SPACE + row;
const dayOfPacked = (packed: number) => Math.floor(packed / ROW_SPACE);
const rowOfPacked = (packed: number) => packed % ROW_SPACE;

/** The first position in `sorted[lo, hi)` holding a value ≥ `value`. */
function lowerBound(sorted: Float64Array, lo: number, hi: number, value: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Values grouped by customer in one typed array (customer c's are `values[start[c], start[c + 1])`),
 * each group sorted. Numbers in typed arrays, not one JavaScript array per customer, so a million rows
 * leave no per-row garbage behind.
 */
interface Groups {
  readonly start: Int32Array;
  readonly values: Float64Array;
}

/** Groups `value[i]` by `group[i]` (a negative value: left out), `counts[c]` values to customer c, each group sorted. */
function grouped(group: Int32Array, value: Float64Array, counts: Int32Array): Groups {
  const start = new Int32Array(counts.length + 1);
  for (let c = 0; c < counts.length; c++) start[c + 1] = start[c]! + counts[c]!;
  const values = new Float64Array(start[counts.length]!);
  const next = start.slice(0, counts.length);
  for (let i = 0; i < group.length; i++) {
    const v = value[i]!;
    if (v >= 0) values[next[group[i]!]!++] = v;
  }
  for (let c = 0; c < counts.length; c++) {
    const from = start[c]!;
    const to = start[c + 1]!;
    // Logs are mostly kept in date order: a group already sorted needs no view and no sort.
    for (let i = from + 1; i < to; i++) {
      if (values[i - 1]! > values[i]!) {
        values.subarray(from, to).sort();
        break;
      }
    }
  }
  return { start, values };
}

/**
 * A customer as the index is asked about it: an id in any spelling, or the customer's number from
 * `customerAt`. A rule judging a row of the indexed log passes the number, which needs no lookup of
 * the id in a map of every customer (most of what a question cost).
 */
export type Customer = string | number;

export interface ActivityIndex {
  /** The number of the customer of the row at a position of the indexed log; undefined when it names none. */
  customerAt(position: number): number | undefined;
  /** Day number of the first `call` or `visit` by the rep for the customer on or after a day. */
  firstContactBy(customer: Customer, rep: string, fromDay: number): number | undefined;
  /** Day number of the first row of any type by anyone for the customer on or after a day, but one row. */
  firstTouch(customer: Customer, fromDay: number, exceptRow: number): number | undefined;
  /** Day number of the first row of any type by anyone for the customer on a later day. */
  firstAfter(customer: Customer, day: number): number | undefined;
}

/** Indexes the rows dated on or before `as_of` that name a customer. */
export function indexActivity(activity: readonly ActivityEntry[], asOf: Day): ActivityIndex {
  const last = dayNumber(asOf);
  const customers = customerNumbers(activity);
  const reps = new IdNumbers();
  const isContact = memo((type: string) => CONTACT_TYPES.has(type.toLowerCase()));
  // Row i's packed day and row, and its packed contact: −1 when left out (packed values are never negative).
  const packed = new Float64Array(activity.length).fill(-1);
  const contactValue = new Float64Array(activity.length).fill(-1);
  const rowCounts = new Int32Array(customers.count);
  const contactCounts = new Int32Array(customers.count);
  // Logs are mostly kept in date order: a row dated like the row before reuses its day number rather
  // than looking the day up again.
  let lastDate: Day | undefined;
  let lastDay = 0;
  for (let i = 0; i < activity.length; i++) {
    const c = customers.numberOf[i]!;
    if (c < 0) continue;
    const a = activity[i]!;
    if (a.date !== lastDate) {
      lastDate = a.date;
      lastDay = dayNumber(a.date);
    }
    const day = lastDay;
    if (day > last) continue; // activity after as_of is ignored everywhere
    packed[i] = pack(day, a.row);
    rowCounts[c]! += 1;
    if (isContact(a.type)) {
      contactValue[i] = reps.add(a.rep_id) * DAY_SPACE + day;
      contactCounts[c]! += 1;
    }
  }
  const rows = grouped(customers.numberOf, packed, rowCounts);
  const contacts = grouped(customers.numberOf, contactValue, contactCounts);
  const numberOf = (customer: Customer) =>
    typeof customer === 'number' ? customer : customers.find(customer);

  return {
    customerAt(position) {
      const c = customers.numberOf[position];
      return c === undefined || c < 0 ? undefined : c;
    },
    firstContactBy(customer, rep, fromDay) {
      const c = numberOf(customer);
      const r = reps.find(rep);
      if (c === undefined || r === undefined) return undefined;
      const { start, values } = contacts;
      const i = lowerBound(values, start[c]!, start[c + 1]!, r * DAY_SPACE + fromDay);
      // The next value may be another rep's: the rep's own contacts end where the rep's number changes.
      if (i >= start[c + 1]! || Math.floor(values[i]! / DAY_SPACE) !== r) return undefined;
      return values[i]! - r * DAY_SPACE;
    },
    firstTouch(customer, fromDay, exceptRow) {
      const c = numberOf(customer);
      if (c === undefined) return undefined;
      const { start, values } = rows;
      const end = start[c + 1]!;
      // Rows are unique, so at most one entry is skipped.
      for (let i = lowerBound(values, start[c]!, end, pack(fromDay, 0)); i < end; i++) {
        if (rowOfPacked(values[i]!) !== exceptRow) return dayOfPacked(values[i]!);
      }
      return undefined;
    },
    firstAfter(customer, day) {
      const c = numberOf(customer);
      if (c === undefined) return undefined;
      const { start, values } = rows;
      const end = start[c + 1]!;
      const i = lowerBound(values, start[c]!, end, pack(day + 1, 0));
      return i < end ? dayOfPacked(values[i]!) : undefined;
    },
  };
}
