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

/** A parsed row of a declared tab: one field per column, and the sheet row it came from. */
export type RowOf<S extends TabSpec> = {
  readonly [C in S['columns'][number] as C['id']]: C extends { required: true }
    ? ValueOf<C['type']>
    : ValueOf<C['type']> | undefined;
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

const schemas = new WeakMap<TabSpec, z.ZodType>();

/**
 * The row schema of a tab, built once from its declaration: every declared column read by its cell
 * reader, each refusal a coded issue at the column's path. One zod step per row, not one per cell,
 * because a log holds a million rows.
 */
export function rowSchema(spec: TabSpec): z.ZodType {
  let schema = schemas.get(spec);
  if (!schema) {
    schema = z.custom<Readonly<Record<string, RawCell>>>((v) => typeof v === 'object' && v !== null).transform((cells, ctx) => {
      const row: Record<string, unknown> = {};
      for (const column of spec.columns) {
        const result = readCell(cells[column.id] ?? null, column);
        const code = !result.ok ? result.code : result.value === undefined && column.required ? 'required_missing' : undefined;
        if (code) ctx.addIssue({ code: 'custom', path: [column.id], message: code, params: { code } });
        else if (result.ok && result.value !== undefined) row[column.id] = result.value;
      }
      return row;
    });
    schemas.set(spec, schema);
  }
  return schema;
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
    if (normaliseName(column.id) !== normaliseName(column.zh)) (isChinese(title) ? chinese : english).push(title);
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
function countFilled(body: readonly (readonly RawCell[])[]): number {
  let n = 0;
  for (const cells of body) if (!cells.every(isBlank)) n += 1;
  return n;
}

/**
 * A parsed row with its sheet row number. The schema's transform made the object for this row alone,
 * so the number is added to it rather than to a copy: a log of a million rows makes no second object.
 */
function withRow<S extends TabSpec>(parsed: unknown, row: number): RowOf<S> {
  (parsed as { row: number }).row = row;
  return parsed as RowOf<S>;
}

/** Reads a tab against its declaration. Row 1 is the header; empty rows are skipped. */
export function readTab<S extends TabSpec>(spec: S, raw: RawTab): ReadTab<S> {
  const [header = [], ...body] = raw.rows;
  const { index, issues } = mapHeader(spec, header);
  const letters = new Map([...index].map(([id, i]) => [id, columnLetter(i)]));
  const read = countFilled(body);

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
    return { rows: [], issues, read, usable: false, letters };
  }

  const schema = rowSchema(spec);
  const columns = [...index];
  const rows: RowOf<S>[] = [];
  body.forEach((cells, i) => {
    if (cells.every(isBlank)) return;
    const row = i + 2;
    const input: Record<string, RawCell> = {};
    for (const c of spec.columns) input[c.id] = null;
    for (const [id, at] of columns) input[id] = cells[at] ?? null;
    const parsed = schema.safeParse(input);
    if (parsed.success) {
      rows.push(withRow(parsed.data, row));
      return;
    }
    const failed = new Set<string>();
    for (const issue of parsed.error.issues) {
      const id = String(issue.path[0]);
      failed.add(id);
      const column = spec.columns.find((c) => c.id === id);
      const code = ((issue as { params?: { code?: IssueCode } }).params?.code ?? 'not_in_list') as IssueCode;
      issues.push({
        tab: spec.id,
        row,
        column: id,
        cell: `${letters.get(id) ?? '?'}${row}`,
        value: cellText(input[id]),
        code,
        action: spec.rules ? 'stopped_run' : column?.onInvalid === 'blank' ? 'kept_blank' : 'skipped_row',
        ...(code === 'not_in_list' && column?.values ? { params: { allowed: column.values.join(', ') } } : {}),
      });
    }
    // A row whose refused cells may all be read as empty is kept.
    const keep = [...failed].every((id) => spec.columns.find((c) => c.id === id)?.onInvalid === 'blank');
    if (keep && !spec.rules) {
      const blanked = { ...input };
      for (const id of failed) blanked[id] = null;
      const again = schema.safeParse(blanked);
      if (again.success) rows.push(withRow(again.data, row));
    }
  });
  return { rows, issues, read, usable: true, letters };
}
