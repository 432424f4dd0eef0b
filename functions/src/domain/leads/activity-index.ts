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
 * year 2300; sheet rows stay below 2^26: the packed value is well inside 2^53.
 */
const ROW_SPACE = 2 ** 26;
const pack = (day: number, row: number) => day * ROW_SPACE + row;
const dayOfPacked = (packed: number) => Math.floor(packed / ROW_SPACE);
const rowOfPacked = (packed: number) => packed % ROW_SPACE;

/** Ids are matched without regard to case, like every id of the workbook. */
const idKey = (id: string) => id.toLowerCase();
const contactKey = (customer: string, rep: string) => `${idKey(customer)}\u0000${idKey(rep)}`;

/** The first position of a sorted array holding a value ≥ `value`. */
function lowerBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sortedArrays(lists: Map<string, number[]>): Map<string, Float64Array> {
  const out = new Map<string, Float64Array>();
  for (const [k, list] of lists) out.set(k, Float64Array.from(list).sort());
  return out;
}

function push(lists: Map<string, number[]>, k: string, value: number): void {
  const list = lists.get(k);
  if (list) list.push(value);
  else lists.set(k, [value]);
}

export interface ActivityIndex {
  /** Day number of the first `call` or `visit` by the rep for the customer on or after a day. */
  firstContactBy(customer: string, rep: string, fromDay: number): number | undefined;
  /** Day number of the first row of any type by anyone for the customer on or after a day, but one row. */
  firstTouch(customer: string, fromDay: number, exceptRow: number): number | undefined;
  /** Day number of the first row of any type by anyone for the customer on a later day. */
  firstAfter(customer: string, day: number): number | undefined;
}

/** Indexes the rows dated on or before `as_of` that name a customer. */
export function indexActivity(activity: readonly ActivityEntry[], asOf: Day): ActivityIndex {
  const last = dayNumber(asOf);
  const byCustomer = new Map<string, number[]>();
  const contacts = new Map<string, number[]>();
  for (const a of activity) {
    if (a.customer_id === undefined) continue;
    const day = dayNumber(a.date);
    if (day > last) continue; // activity after as_of is ignored everywhere
    push(byCustomer, idKey(a.customer_id), pack(day, a.row));
    if (CONTACT_TYPES.has(a.type.toLowerCase())) push(contacts, contactKey(a.customer_id, a.rep_id), day);
  }
  const rows = sortedArrays(byCustomer);
  const contactDays = sortedArrays(contacts);

  return {
    firstContactBy(customer, rep, fromDay) {
      const days = contactDays.get(contactKey(customer, rep));
      if (!days) return undefined;
      return days[lowerBound(days, fromDay)];
    },
    firstTouch(customer, fromDay, exceptRow) {
      const list = rows.get(idKey(customer));
      if (!list) return undefined;
      // Rows are unique, so at most one entry is skipped.
      for (let i = lowerBound(list, pack(fromDay, 0)); i < list.length; i++) {
        if (rowOfPacked(list[i]!) !== exceptRow) return dayOfPacked(list[i]!);
      }
      return undefined;
    },
    firstAfter(customer, day) {
      const list = rows.get(idKey(customer));
      if (!list) return undefined;
      const i = lowerBound(list, pack(day + 1, 0));
      return i < list.length ? dayOfPacked(list[i]!) : undefined;
    },
  };
}
