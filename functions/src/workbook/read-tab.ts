/**
 * Reading one input tab into typed rows: the header mapped to the declared columns, each row parsed
 * through a zod schema built from the declaration, each refused cell a Data Issue.
 */
import type { Decimal } from 'decimal.js';
import { z } from 'zod';
import type { ColumnSpec, ColumnType, TabSpec } from '../../../sheets-templates/define.js';
import { cellText, isBlank, readCell } from './cells.js';
import { columnLetters as columnLetter } from './a1.js';
import type { DataIssue, IssueCode } from './issues.js';
import { isChinese, normaliseName } from './names.js';
import type { RawCell, RawTab } from './port.js';

export type ValueOf<T extends ColumnType> = T extends 'money' | 'number' | 'percent'
  ? Decimal
  : T extends 'integer'
    ? number
    : T extends 'boolean'
      ? boolean
      : string;

/**
 * A parsed row of a declared tab: one field per column, the number of the spelling of each `numbered`
 * column's value, and the sheet row it came from.
 */
export type RowOf<S extends TabSpec> = {
  readonly [C in S['columns'][number] as C['id']]: C extends { required: true }
    ? ValueOf<C['type']>
    : ValueOf<C['type']> | undefined;
} & {
  readonly [C in S['columns'][number] as C extends { numbered: infer F extends string } ? F : never]?: number;
} & { readonly row: number };

export interface ReadTab<S extends TabSpec> {
  rows: RowOf<S>[];
  issues: DataIssue[];
  /** Non-empty rows below the header. */
  read: number;
  /** Whether the tab could be read at all (false: a required column is missing). */
  usable: boolean;
  /** Column letter of each declared column found, for messages naming cells. */
  letters: ReadonlyMap<string, string>;
}

/** What a tab's schema reads: the tab's rows (header first) and where each declared column sits. */
export interface TabCells {
  readonly rows: readonly (readonly RawCell[])[];
  /** When given, the tab's own rows: each is left empty once read (see `IngestOptions.consume`). */
  readonly consume?: RawCell[][];
  /** Index in a sheet row of each of the declaration's columns, in its order; -1 for a column not found. */
  readonly at: readonly number[];
}

/** A cell the schema refused to read. */
export interface Refusal {
  /** Sheet row. */
  readonly row: number;
  readonly column: ColumnSpec;
  readonly code: IssueCode;
  readonly value: RawCell;
}

/** What a tab's schema makes of its cells. */
export interface TabRows {
  /** Rows read, each with its sheet row number; a row with a refused cell is left out unless it may be read blank. */
  readonly rows: Record<string, unknown>[];
  /** Every refused cell, in sheet order. */
  readonly refused: Refusal[];
  /** Non-empty rows below the header. */
  readonly read: number;
}

const schemas = new WeakMap<TabSpec, z.ZodType<TabRows, TabCells>>();

/**
 * The schema of a tab's rows, built once from its declaration: every declared column read by its cell
 * reader, each refusal noted with its code. One zod step per tab, not one per row or cell, because a
 * log holds a million rows; a refused cell is data the reader reports (a Data Issue), not a failure
 * of the tab, so it is part of the output rather than a zod issue (which would discard the rows).
 */
export function tabSchema(spec: TabSpec): z.ZodType<TabRows, TabCells> {
  let schema = schemas.get(spec);
  if (!schema) {
    schema = z
      .custom<TabCells>(
        (v) =>
          typeof v === 'object' &&
          v !== null &&
          Array.isArray((v as TabCells).rows) &&
          Array.isArray((v as TabCells).at),
      )
      .transform((cells) => readRows(spec, cells));
    schemas.set(spec, schema);
  }
  return schema;
}

/**
 * The rows below the header, read cell by cell. Loops over indices and one object per kept row: a
 * log of a million rows makes no per-row input object, copy or closure.
 */
function readRows(spec: TabSpec, { rows: sheet, at, consume }: TabCells): TabRows {
  const columns = spec.columns;
  const shared = columns.map((c) =>
    REPEATED.has(c.type) && !spec.key?.includes(c.id) ? new Spellings() : undefined,
  );
  const rows: Record<string, unknown>[] = [];
  const refused: Refusal[] = [];
  let read = 0;
  for (let i = 1; i < sheet.length; i++) {
    const cells = sheet[i]!;
    if (consume) consume[i] = NO_CELLS;
    if (allBlank(cells)) continue;
    read += 1;
    const rowNumber = i + 1;
    const row: Record<string, unknown> = {};
    const firstRefusal = refused.length;
    for (let j = 0; j < columns.length; j++) {
      const column = columns[j]!;
      const index = at[j]!;
      const raw = index < 0 ? null : (cells[index] ?? null);
      // Most cells of a log are empty, and every reader reads an empty cell as no value.
      if (raw === null) {
        if (column.required) refused.push({ row: rowNumber, column, code: 'required_missing', value: raw });
        continue;
      }
      const result = readCell(raw, column);
      const code: IssueCode | undefined = !result.ok
        ? result.code
        : result.value === undefined && column.required
          ? 'required_missing'
          : undefined;
      if (code) refused.push({ row: rowNumber, column, code, value: raw });
      else if (result.ok && result.value !== undefined) {
        const seen = shared[j];
        if (seen === undefined) row[column.id] = result.value;
        else {
          const n = seen.number(result.value as string);
          row[column.id] = seen.values[n];
          if (column.numbered !== undefined) row[column.numbered] = n;
        }
      }
    }
    // The row number goes last, as the engine's row objects have always had it.
    if (refused.length === firstRefusal || keptBlank(spec, refused, firstRefusal)) {
      row.row = rowNumber;
      rows.push(row);
    }
  }
  return { rows, refused, read };
}

/** What a row read and let go is left as: one empty row shared by all. */
const NO_CELLS: RawCell[] = [];

/** Column types whose values a log repeats row after row: reps, types, channels, customers, refs. */
const REPEATED = new Set<ColumnSpec['type']>(['id', 'text']);

/**
 * The distinct values of a column, numbered in the order met, each kept as one string. A parsed sheet
 * holds a string of its own in every cell, and a log's rows keep them: a million rows held about
 * 130 MB of copies of a few thousand reps, types and customers, which every later step also had to
 * hash and compare. The numbers go to the rows of a `numbered` column.
 */
class Spellings {
  private readonly numbers = new Map<string, number>();
  /** By number: the value. */
  readonly values: string[] = [];

  number(value: string): number {
    let n = this.numbers.get(value);
    if (n === undefined) {
      this.numbers.set(value, (n = this.values.length));
      this.values.push(value);
    }
    return n;
  }
}

/**
 * Whether a row with refused cells is kept: each may be read as empty (`onInvalid: 'blank'`), and
 * empty is allowed there (not required). The row then holds the other cells only, as read.
 */
function keptBlank(spec: TabSpec, refused: readonly Refusal[], from: number): boolean {
  if (spec.rules) return false;
  for (let k = from; k < refused.length; k++) {
    const column = refused[k]!.column;
    if (column.onInvalid !== 'blank' || column.required) return false;
  }
  return true;
}

function allBlank(cells: readonly RawCell[]): boolean {
  for (let i = 0; i < cells.length; i++) if (!isBlank(cells[i])) return false;
  return true;
}

interface HeaderMap {
  /** Declared column id → index in the sheet row. */
  index: Map<string, number>;
  issues: DataIssue[];
}

function mapHeader(spec: TabSpec, header: readonly RawCell[]): HeaderMap {
  const byName = new Map<string, ColumnSpec>();
  for (const c of spec.columns) {
    byName.set(normaliseName(c.id), c);
    byName.set(normaliseName(c.zh), c);
  }
  const index = new Map<string, number>();
  const issues: DataIssue[] = [];
  const chinese: string[] = [];
  const english: string[] = [];
  header.forEach((cell, i) => {
    if (isBlank(cell)) return;
    const title = cellText(cell);
    const at = { tab: spec.id, row: 1, cell: `${columnLetter(i)}1`, value: title };
    const column = byName.get(normaliseName(title));
    if (!column) {
      issues.push({ ...at, column: title, code: 'unknown_column', action: 'ignored_column' });
      return;
    }
    if (index.has(column.id)) {
      issues.push({ ...at, column: column.id, code: 'duplicate_column', action: 'ignored_column' });
      return;
    }
    index.set(column.id, i);
    if (normaliseName(column.id) !== normaliseName(column.zh))
      (isChinese(title) ? chinese : english).push(title);
  });
  if (chinese.length > 0 && english.length > 0) {
    issues.push({
      tab: spec.id,
      row: 1,
      column: null,
      value: [...english.slice(0, 2), ...chinese.slice(0, 2)].join(', '),
      code: 'mixed_header_languages',
      action: 'accepted',
    });
  }
  return { index, issues };
}

/** Rows below the header with at least one filled cell. */
function countFilled(sheet: readonly (readonly RawCell[])[]): number {
  let n = 0;
  for (let i = 1; i < sheet.length; i++) if (!allBlank(sheet[i]!)) n += 1;
  return n;
}

/**
 * Reads a tab against its declaration. Row 1 is the header; empty rows are skipped. With `consume`,
 * each row below the header is left empty once read, so the cells can be collected while the rest
 * of the tab is read.
 */
export function readTab<S extends TabSpec>(spec: S, raw: RawTab, consume = false): ReadTab<S> {
  const { index, issues } = mapHeader(spec, raw.rows[0] ?? []);
  const letters = new Map([...index].map(([id, i]) => [id, columnLetter(i)]));

  const missing = spec.columns.filter((c) => c.required && !index.has(c.id));
  if (missing.length > 0) {
    for (const c of missing) {
      issues.push({
        tab: spec.id,
        row: 1,
        column: c.id,
        value: '',
        code: 'missing_column',
        action: spec.rules ? 'stopped_run' : 'skipped_tab',
      });
    }
    return { rows: [], issues, read: countFilled(raw.rows), usable: false, letters };
  }

  const parsed = tabSchema(spec).safeParse({
    rows: raw.rows,
    at: spec.columns.map((c) => index.get(c.id) ?? -1),
    ...(consume ? { consume: raw.rows } : {}),
  });
  // The tab's shape is the port's promise; a failure here is a bug in an adapter, not in the workbook.
  if (!parsed.success) throw new Error(`Tab ${spec.id} is not a table of cells: ${parsed.error.message}`);
  const { rows, refused, read } = parsed.data;
  for (const { row, column, code, value } of refused) {
    issues.push({
      tab: spec.id,
      row,
      column: column.id,
      cell: `${letters.get(column.id) ?? '?'}${row}`,
      value: cellText(value),
      code,
      action: spec.rules ? 'stopped_run' : column.onInvalid === 'blank' ? 'kept_blank' : 'skipped_row',
      ...(code === 'not_in_list' && column.values ? { params: { allowed: column.values.join(', ') } } : {}),
    });
  }
  return { rows: rows as unknown as RowOf<S>[], issues, read, usable: true, letters };
}
