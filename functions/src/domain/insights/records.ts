/**
 * The activity rows and reps the insights (SPEC section 12) read, named as the workbook's columns so
 * checked rows pass as they are, with no tie to the workbook. Ids compare case-insensitively and types
 * come in any case: the index keys them in lower case and keeps the first spelling for display.
 *
 * @example
 * // A checked Activity row is an InsightActivity as it is:
 * const row: InsightActivity = { row: 7, date: '2026-04-20', rep_id: 'S106', type: 'Lead', channel: 'flyers', customer_id: 'C1' };
 */
import type { Decimal } from 'decimal.js';
import { idKey, type ActivityFields, type RepFields } from '../rewards/records.js';

/** An activity row as the rules engine reads it, with the columns only the insights need. */
export interface InsightActivity extends ActivityFields {
  readonly amount?: Decimal | undefined;
  /** Credit share of a split deal; 1 when blank. */
  readonly share?: Decimal | undefined;
  /** The sales script (or other treatment) the row was worked with, for A/B comparisons. */
  readonly variant?: string | undefined;
}

/** A rep as the rules engine reads them, with their name and mentor. */
export interface InsightRep extends RepFields {
  readonly name?: string | undefined;
  readonly mentor_id?: string | undefined;
}

/** The key an id is compared by (the rules engine's, so both read ids alike). */
export const keyOf = idKey;
