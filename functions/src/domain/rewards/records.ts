/**
 * The plain records the rules engine and the channel views read: activity rows, reps and phases, in
 * the shape of the workbook's rows (so checked rows pass as they are) but with no tie to the workbook.
 * Ids compare case-insensitively, as the workbook reader matches them.
 *
 * @example
 * // A visit row with no channel of its own counts for its rep's channel:
 * rowChannel({ row: 7, date: '2026-05-13', rep_id: 'S101', type: 'visit' }, { rep_id: 'S101', channel: 'mall_expo', hire_date: '2026-01-05' })
 * //=> 'mall_expo'
 */
import type { Decimal } from 'decimal.js';
import type { Day } from '../days.js';
import { Dec } from '../money.js';

/** One activity row: its sheet row, day, rep, type, and the columns the rules read. */
export interface ActivityRecord {
  readonly row: number;
  readonly date: Day;
  readonly rep_id: string;
  readonly type: string;
  readonly channel?: string | undefined;
  /** An event's size; 1 when blank. */
  readonly quantity?: Decimal | undefined;
  /** A deal's reference: the rows of a split deal share it. */
  readonly ref?: string | undefined;
}

export interface RepRecord {
  readonly rep_id: string;
  readonly team?: string | undefined;
  readonly channel?: string | undefined;
  readonly hire_date: Day;
  readonly leave_date?: Day | undefined;
}

/** A campaign phase, both ends included. */
export interface PhaseSpan {
  readonly phase: string;
  readonly start: Day;
  readonly end: Day;
}

const ONE = new Dec(1);

/** The key an id is compared by. */
export const idKey = (id: string): string => id.toLowerCase();

/** Whether two ids name the same thing. */
export function sameId(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && idKey(a) === idKey(b);
}

/** Reps by the key of their id. */
export function repIndex(reps: readonly RepRecord[]): ReadonlyMap<string, RepRecord> {
  return new Map(reps.map((r) => [idKey(r.rep_id), r]));
}

/** The rep of an activity row. */
export function repOf(row: ActivityRecord, reps: ReadonlyMap<string, RepRecord>): RepRecord | undefined {
  return reps.get(idKey(row.rep_id));
}

/** The channel a row counts for: its own, else its rep's. */
export function rowChannel(row: ActivityRecord, rep: RepRecord | undefined): string | undefined {
  return row.channel ?? rep?.channel;
}

/** A row's quantity, 1 when blank. */
export function quantityOf(row: ActivityRecord): Decimal {
  return row.quantity ?? ONE;
}

/** Whether a rep is on the books on every day of `first` … `last`. */
export function employedThroughout(rep: RepRecord, first: Day, last: Day): boolean {
  return rep.hire_date <= first && (rep.leave_date === undefined || rep.leave_date >= last);
}

/** Whether a rep is on the books on a day. */
export function employedOn(rep: RepRecord, day: Day): boolean {
  return employedThroughout(rep, day, day);
}
