/**
 * The shape of a tab declaration: the single source of truth for tab and column names
 * (English id and Chinese label), column types and which columns are required.
 * The reader, the template generator and the output writer all read these declarations.
 */

/** How a cell is read and written. */
export type ColumnType =
  | 'text' // free text, trimmed
  | 'id' // an identifier; numbers are read as their digits
  | 'enum' // one of `values`, case-insensitive
  | 'date' // a calendar day in the workbook's time zone
  | 'datetime' // a calendar day with an optional time of day
  | 'period' // 2026-05, 2026-Q2 or 2026
  | 'money' // exact decimal amount
  | 'number' // exact decimal
  | 'integer' // whole number
  | 'percent' // a fraction (0.15) or text `15%`
  | 'boolean'; // true/false, yes/no, 是/否

export interface ColumnSpec {
  /** English id, the column's name in JSON and in English templates. */
  readonly id: string;
  /** Chinese label, written in zh-CN templates and accepted by the reader. */
  readonly zh: string;
  readonly type: ColumnType;
  readonly required?: boolean;
  /** Allowed values of an `enum` column. */
  readonly values?: readonly string[];
  /** Chinese words accepted for `values` (e.g. 定量 → quantitative). */
  readonly aliases?: Readonly<Record<string, string>>;
  /**
   * What a value that cannot be read does to its row: `skip` (the default) drops the row,
   * `blank` keeps the row as if the cell were empty (a default applies).
   */
  readonly onInvalid?: 'skip' | 'blank';
  /** English header of output tabs, when it should differ from the id. */
  readonly en?: string;
  /** A percent column whose values may pass 100% (a multiplier): a bare number is a fraction, 1.2 = 120%. */
  readonly above100?: boolean;
  /** Column width in characters, for output tabs and templates. */
  readonly width?: number;
  /**
   * An `id` column whose rows also carry, in this field, the number of the cell's spelling: each
   * distinct value as written, numbered from 0 in the order the tab's rows first hold it. The check
   * looks every value up once anyway; a step that groups a million rows by it reads the number rather
   * than looking the value up again.
   */
  readonly numbered?: string;
}

export interface TabSpec {
  /** English id (also the English tab title). */
  readonly id: string;
  /** Chinese tab title. */
  readonly zh: string;
  readonly kind: 'input' | 'output';
  /** One line on what the tab holds, for templates and docs. */
  readonly about: string;
  readonly columns: readonly ColumnSpec[];
  /** Columns whose values together identify a row; a repeated key keeps the first row. */
  readonly key?: readonly string[];
  /** A rule table: any bad cell stops the run instead of skipping the row. */
  readonly rules?: boolean;
}

/** A key of a key-value tab (Settings, Campaign): its type, Chinese label and default. */
export interface KeySpec {
  readonly key: string;
  readonly zh: string;
  readonly type: ColumnType;
  readonly values?: readonly string[];
  /** The default, as a manager would type it; absent for keys with no default. */
  readonly default?: string;
  readonly about: string;
}

/** Declares a tab; kept as a function so declarations stay literal and checked. */
export function defineTab<const T extends TabSpec>(spec: T): T {
  return spec;
}

/** How an output cell is formatted. */
export type OutputFormat =
  'text' | 'integer' | 'number' | 'score' | 'money' | 'percent' | 'date' | 'datetime';

export interface OutputColumnSpec {
  /** English id: the JSON field. */
  readonly id: string;
  readonly en: string;
  readonly zh: string;
  readonly format: OutputFormat;
  readonly width?: number;
}

/** One table of an output tab, with its own title and header row. */
export interface SectionSpec {
  readonly id: string;
  readonly en: string;
  readonly zh: string;
  readonly columns: readonly OutputColumnSpec[];
}

export interface OutputTabSpec {
  readonly id: string;
  readonly zh: string;
  readonly kind: 'output';
  readonly about: string;
  /** A tab with one section shows no section title: its header is the tab's first row. */
  readonly sections: readonly SectionSpec[];
}

/** Declares an output tab. */
export function defineOutputTab<const T extends OutputTabSpec>(spec: T): T {
  return spec;
}
