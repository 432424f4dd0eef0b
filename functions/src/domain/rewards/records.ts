/**
 * The fields of activity rows, reps and phases that the rules engine and the channel views read, named
 * as the workbook's columns (so checked rows pass as they are) but with no tie to the workbook.
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

/** An activity row: its sheet row, day, rep, type, and the columns the rules read. */
export interface ActivityFields {
  readonly row: number;
  readonly date: Day;
  readonly rep_id: string;
  readonly type: string;
  readonly channel?: string | undefined;
  /** An event's size; 1 when blank. */
  readonly quantity?: Decimal | undefined;
  /** A deal's reference: the rows of a split deal share it. */
  readonly ref?: string | undefined;
  readonly customer_id?: string | undefined;
}

export interface RepFields {
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
export function repIndex(reps: readonly RepFields[]): ReadonlyMap<string, RepFields> {
  return new Map(reps.map((r) => [idKey(r.rep_id), r]));
}

/** The rep of an activity row. */
export function repOf(row: ActivityFields, reps: ReadonlyMap<string, RepFields>): RepFields | undefined {
  return reps.get(idKey(row.rep_id));
}

/** The channel a row counts for: its own, else its rep's. */
export function rowChannel(row: ActivityFields, rep: RepFields | undefined): string | undefined {
  return row.channel ?? rep?.channel;
}

/** A row's quantity, 1 when blank. */
export function quantityOf(row: ActivityFields): Decimal {
  return row.quantity ?? ONE;
}

/** Whether a rep is on the books on every day of `first` … `last`. */
export function employedThroughout(rep: RepFields, first: Day, last: Day): boolean {
  return rep.hire_date <= first && (rep.leave_date === undefined || rep.leave_date >= last);
}

/** Whether a rep is on the books on a day. */
export function employedOn(rep: RepFields, day: Day): boolean {
  return employedThroughout(rep, day, day);
}
