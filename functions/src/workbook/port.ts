/**
 * The workbook port: what the engine needs from a workbook, whatever holds it (Google Sheets,
 * an .xlsx file, a folder of CSV files). Adapters translate their storage to and from these shapes.
 */
import type { OutputFormat } from '../../../sheets-templates/define.js';

/** A cell as a workbook holds it, before the engine reads meaning into it. */
export type RawCell = string | number | boolean | Date | null;

/** A tab as found: its title and its rows, header first. Row i of `rows` is sheet row i + 1. */
export interface RawTab {
  title: string;
  rows: RawCell[][];
}

/** One output cell: a value and how to show it. Days are ISO `YYYY-MM-DD` strings with format `date`. */
export interface OutputCell {
  value: string | number | null;
  format?: OutputFormat;
  /** `note`: explanatory text that spills right; `wrap`: long text wrapped within its column. */
  style?: 'title' | 'header' | 'total' | 'note' | 'wrap';
}

export interface OutputTab {
  /** English id of the tab. */
  id: string;
  /** Title in the workbook's locale. */
  title: string;
  /** Every title the tab may carry (English and Chinese), so a run in another locale replaces it. */
  aliases: readonly string[];
  rows: OutputCell[][];
  /** Width of each column, in characters. */
  widths: number[];
  /** Rows frozen at the top (the header of a single-table tab). */
  frozenRows: number;
  /** Columns kept in view when scrolling right, and repeated on every printed page. */
  frozenColumns?: number;
}

export interface WorkbookPort {
  /** What the workbook is, for messages: a path or a spreadsheet id. */
  readonly location: string;
  /** Reads every tab, into arrays of the caller's own: a run lets each row go as it checks it (leaves it empty). */
  read(): Promise<RawTab[]>;
  /**
   * Replaces the output tabs whole, all or nothing: after a failure the previous outputs remain.
   * Input tabs are never written.
   */
  writeOutputs(tabs: readonly OutputTab[]): Promise<void>;
}
