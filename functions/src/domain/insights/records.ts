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
import type { Day } from '../days.js';

export interface InsightActivity {
  readonly row: number;
  readonly date: Day;
  readonly rep_id: string;
  readonly type: string;
  readonly channel?: string | undefined;
  readonly customer_id?: string | undefined;
  readonly amount?: Decimal | undefined;
  /** Visits and events: their size; 1 when blank. */
  readonly quantity?: Decimal | undefined;
  /** Credit share of a split deal; 1 when blank. */
  readonly share?: Decimal | undefined;
  readonly ref?: string | undefined;
  /** The sales script (or other treatment) the row was worked with, for A/B comparisons. */
  readonly variant?: string | undefined;
}

export interface InsightRep {
  readonly rep_id: string;
  readonly name?: string | undefined;
  readonly team?: string | undefined;
  readonly channel?: string | undefined;
  readonly mentor_id?: string | undefined;
  readonly hire_date: Day;
  readonly leave_date?: Day | undefined;
}

/** The key an id is compared by. */
export const keyOf = (id: string): string => id.toLowerCase();
