/**
 * The state of one spreadsheet in the stand-in, and the Sheets API v4 operations on it: the request
 * kinds of `spreadsheets.batchUpdate` the engine and its template loader use, value reads and writes
 * in A1 ranges, and the API's errors for what it refuses (unknown tab, beyond the grid, duplicate title).
 */
import { formatA1, parseA1, type A1Range } from '../../functions/src/workbook/a1.js';

export type Value = string | number | boolean;

export interface Cell {
  value?: Value;
  /** True when the value was entered as a formula (USER_ENTERED text starting with `=`). */
  formula?: boolean;
  format?: Record<string, unknown>;
  validation?: Record<string, unknown>;
}

export interface ProtectedRange {
  protectedRangeId: number;
  range: GridRange;
  description?: string;
  warningOnly?: boolean;
  requestingUserCanEdit: boolean;
}

export interface GridRange {
  sheetId?: number;
  startRowIndex?: number;
  endRowIndex?: number;
  startColumnIndex?: number;
  endColumnIndex?: number;
}

export interface Sheet {
  sheetId: number;
  title: string;
  rowCount: number;
  columnCount: number;
  frozenRowCount: number;
  frozenColumnCount: number;
  cells: (Cell | undefined)[][];
  columnWidths: Map<number, number>;
  protectedRanges: ProtectedRange[];
  /** Embedded charts (`addChart`), anchored on this sheet. */
  charts?: EmbeddedChart[];
  /** Hidden from the spreadsheet's tab bar (`properties.hidden`). */
  hidden?: boolean;
}

/** An embedded chart as the API keeps it: its id, spec and position. */
export interface EmbeddedChart {
  chartId: number;
  spec: Record<string, unknown>;
  position: Record<string, unknown>;
}

export interface SpreadsheetState {
  spreadsheetId: string;
  title: string;
  locale: string;
  timeZone: string;
  sheets: Sheet[];
}

/**
 * An error the API answers with: an HTTP status, a message and a canonical status name; `pieces`, when
 * its body is to be sent in several (see the server's `failNext`).
 */
export class ApiError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly status: string,
    readonly pieces?: number,
  ) {
    super(message);
  }
}

export const invalid = (message: string) => new ApiError(400, message, 'INVALID_ARGUMENT');

/**
 * A deep copy to apply a batch to, kept only if the whole batch succeeds (the API's batches are
 * atomic). With `only`, the sheets not in it are shared rather than copied: the batch names every
 * sheet it changes, and copying a tab of a million input rows for each write would make the
 * stand-in, not the engine, the cost measured.
 */
export function cloneState(state: SpreadsheetState, only?: ReadonlySet<number>): SpreadsheetState {
  return {
    ...state,
    sheets: state.sheets.map((s) => (only && !only.has(s.sheetId) ? s : cloneSheet(s))),
  };
}

function cloneSheet(s: Sheet): Sheet {
  return {
    ...s,
    // Cells are copied one level deep: their formats and lists are replaced whole, never changed in place.
    cells: s.cells.map((row) => row?.map((c) => (c ? { ...c } : undefined))),
    columnWidths: new Map(s.columnWidths),
    protectedRanges: s.protectedRanges.map((p) => structuredClone(p)),
    ...(s.charts ? { charts: s.charts.map((c) => structuredClone(c)) } : {}),
  };
}

export function sheetByTitle(state: SpreadsheetState, title: string | undefined): Sheet {
  const sheet = title === undefined ? state.sheets[0] : state.sheets.find((s) => s.title === title);
  if (!sheet) throw invalid(`Unable to parse range: ${title ?? ''}`);
  return sheet;
}

export function sheetById(state: SpreadsheetState, sheetId: number | undefined): Sheet {
  const sheet = state.sheets.find((s) => s.sheetId === (sheetId ?? 0));
  if (!sheet) throw invalid(`No grid with id: ${sheetId ?? 0}`);
  return sheet;
}

/** A rectangle with every bound filled in from the sheet's grid. */
export interface Rect {
  sheet: Sheet;
  startRow: number;
  endRow: number;
  startColumn: number;
  endColumn: number;
}

/** Resolves an A1 range against a spreadsheet; a range past the grid is refused like the API does. */
export function resolveA1(state: SpreadsheetState, text: string): Rect {
  let parsed: A1Range;
  try {
    parsed = parseA1(text);
  } catch {
    throw invalid(`Unable to parse range: ${text}`);
  }
  const sheet = sheetByTitle(state, parsed.sheet);
  const rect = {
    sheet,
    startRow: parsed.startRow ?? 0,
    endRow: parsed.endRow ?? sheet.rowCount,
    startColumn: parsed.startColumn ?? 0,
    endColumn: parsed.endColumn ?? sheet.columnCount,
  };
  if (rect.endRow > sheet.rowCount || rect.endColumn > sheet.columnCount) {
    throw invalid(
      `Range (${sheet.title}!${formatA1({ ...parsed, sheet: undefined })}) exceeds grid limits. Max rows: ${sheet.rowCount}, max columns: ${sheet.columnCount}`,
    );
  }
  return rect;
}

export function rectA1(rect: Rect): string {
  return formatA1({
    sheet: rect.sheet.title,
    startRow: rect.startRow,
    endRow: rect.endRow,
    startColumn: rect.startColumn,
    endColumn: rect.endColumn,
  });
}

export function rectOfGrid(state: SpreadsheetState, range: GridRange): Rect {
  const sheet = sheetById(state, range.sheetId);
  const rect = {
    sheet,
    startRow: range.startRowIndex ?? 0,
    endRow: range.endRowIndex ?? sheet.rowCount,
    startColumn: range.startColumnIndex ?? 0,
    endColumn: range.endColumnIndex ?? sheet.columnCount,
  };
  if (rect.endRow > sheet.rowCount || rect.endColumn > sheet.columnCount)
    throw invalid(`Range exceeds grid limits of ${sheet.title}`);
  return rect;
}

export function cellAt(sheet: Sheet, row: number, column: number): Cell {
  const cells = (sheet.cells[row] ??= []);
  return (cells[column] ??= {});
}

export function peekCell(sheet: Sheet, row: number, column: number): Cell | undefined {
  return sheet.cells[row]?.[column];
}

/** Drops rows and columns past the grid, as the API does when a grid shrinks. */
export function trimToGrid(sheet: Sheet): void {
  sheet.cells.length = Math.min(sheet.cells.length, sheet.rowCount);
  for (const row of sheet.cells) if (row) row.length = Math.min(row.length, sheet.columnCount);
}

/** The properties of a sheet as the API returns them: zero and default fields left out. */
export function sheetResource(sheet: Sheet, index: number): Record<string, unknown> {
  const gridProperties: Record<string, number> = { rowCount: sheet.rowCount, columnCount: sheet.columnCount };
  if (sheet.frozenRowCount > 0) gridProperties.frozenRowCount = sheet.frozenRowCount;
  if (sheet.frozenColumnCount > 0) gridProperties.frozenColumnCount = sheet.frozenColumnCount;
  return {
    properties: {
      sheetId: sheet.sheetId,
      title: sheet.title,
      index,
      sheetType: 'GRID',
      gridProperties,
      ...(sheet.hidden ? { hidden: true } : {}),
    },
    ...(sheet.protectedRanges.length > 0
      ? { protectedRanges: sheet.protectedRanges.map((p) => ({ ...p })) }
      : {}),
    ...(sheet.charts?.length ? { charts: sheet.charts.map((c) => structuredClone(c)) } : {}),
  };
}

export function spreadsheetResource(state: SpreadsheetState, rootUrl: string): Record<string, unknown> {
  return {
    spreadsheetId: state.spreadsheetId,
    properties: {
      title: state.title,
      locale: state.locale,
      timeZone: state.timeZone,
      autoRecalc: 'ON_CHANGE',
    },
    sheets: state.sheets.map((s, i) => sheetResource(s, i)),
    spreadsheetUrl: `${rootUrl}/spreadsheets/d/${state.spreadsheetId}/edit`,
  };
}
