/**
 * The workbook port over a Google spreadsheet (Sheets API v4). A run costs three calls, whatever
 * the workbook's size:
 *
 * 1. `spreadsheets.get` with a fields mask: tab titles, ids, grid sizes and protections;
 * 2. `values.batchGet` of every input tab at once, unformatted, days as serial numbers, its answer
 *    read as it arrives (value-ranges.ts);
 * 3. `spreadsheets.batchUpdate`: missing output tabs created (or renamed from the other language),
 *    grids grown, formats, widths, frozen rows, protections, and last every output tab's values
 *    (`updateCells` over its whole grid: typed values, so text is never run as a formula, and rows
 *    left from a longer earlier output are cleared).
 *
 * The API applies a batchUpdate whole or not at all, so the output tabs are either all new or all as
 * they were: never new formats over old values, never one tab new and another old.
 * Input tabs are never written. Every call is retried on 429 and 5xx (see retry.ts).
 */
import { Readable } from 'node:stream';
import type { sheets_v4 } from '@googleapis/sheets';
import { a1Range, widestRow } from './a1.js';
import { matchTab, normaliseName } from './names.js';
import type { OutputCell, OutputTab, RawCell, RawTab, WorkbookPort } from './port.js';
import { DEFAULT_RETRY, withRetry, type RetryPolicy } from './retry.js';
import { pixelWidth, sheetsFormat, sheetsValue } from './sheets-cells.js';
import { readValueRanges } from './value-ranges.js';

/** What the first call asks for: enough to plan the reads and the writes, and no cell data. */
export const METADATA_FIELDS =
  'spreadsheetId,properties(title,locale,timeZone),' +
  'sheets(properties(sheetId,title,index,gridProperties(rowCount,columnCount,frozenRowCount)),' +
  'protectedRanges(protectedRangeId,description,range))';

/** The description that marks the protections this engine owns. */
export const PROTECTION_DESCRIPTION =
  'salesperf: written by the engine on every run; edit the input tabs instead';

/** The first id tried for a new tab; ids the spreadsheet already uses are skipped. */
const FIRST_NEW_SHEET_ID = 1_000_001;

type Request = sheets_v4.Schema$Request;

/** One tab as the metadata call describes it. */
export interface SheetInfo {
  sheetId: number;
  title: string;
  rowCount: number;
  columnCount: number;
  frozenRowCount: number;
  /** Whether the whole tab carries this engine's protection. */
  protectedByEngine: boolean;
}

export interface SheetsWorkbookOptions {
  retry?: RetryPolicy;
  /** Per-request timeout, milliseconds. */
  timeoutMs?: number;
}

export class SheetsWorkbookError extends Error {
  override name = 'SheetsWorkbookError';
}

/** The tabs of a metadata answer. */
export function sheetInfos(meta: sheets_v4.Schema$Spreadsheet): SheetInfo[] {
  return (meta.sheets ?? []).map((sheet) => {
    const p = sheet.properties ?? {};
    const grid = p.gridProperties ?? {};
    const sheetId = p.sheetId ?? 0;
    return {
      sheetId,
      title: p.title ?? '',
      rowCount: grid.rowCount ?? 0,
      columnCount: grid.columnCount ?? 0,
      frozenRowCount: grid.frozenRowCount ?? 0,
      protectedByEngine: (sheet.protectedRanges ?? []).some(
        (r) => r.description === PROTECTION_DESCRIPTION && isWholeSheet(r.range, sheetId),
      ),
    };
  });
}

function isWholeSheet(range: sheets_v4.Schema$GridRange | undefined, sheetId: number): boolean {
  if (!range || (range.sheetId ?? 0) !== sheetId) return false;
  return [range.startRowIndex, range.endRowIndex, range.startColumnIndex, range.endColumnIndex].every(
    (v) => v === undefined || v === null,
  );
}

/** A cell of an UNFORMATTED_VALUE answer as the engine reads it; an empty string is an empty cell. */
function rawCell(value: unknown): RawCell {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

/**
 * The rows of an answer as raw cells, converted where they lie: a log of a million rows is not copied
 * into a million new arrays. Only cells that `rawCell` would change are written.
 */
export function toRawCells(rows: unknown[][]): RawCell[][] {
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      const value = row[i];
      if (
        value === '' ||
        (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean')
      )
        row[i] = rawCell(value);
    }
  }
  return rows as RawCell[][];
}

/** The size an output tab needs: its rows, its widest row or its widths, and one row past the frozen ones. */
function neededSize(tab: OutputTab): { rows: number; columns: number } {
  const columns = Math.max(1, tab.widths.length, widestRow(tab.rows));
  return { rows: Math.max(1, tab.rows.length, tab.frozenRows + 1), columns };
}

/** Planned requests for writing the output tabs: layout first, values last. */
export interface WritePlan {
  requests: Request[];
}

/** The values of one output tab over its whole grid, made into a request only when it is sent. */
interface ValuesWrite {
  sheetId: number;
  rows: number;
  columns: number;
  tab: OutputTab;
}

/**
 * The layout requests (deletions, grids, formats, widths, protection) and each tab's values, in order.
 * A tab's formats are a function, made when they are sent: a large output has tens of thousands.
 */
interface LayoutPlan {
  layout: (Request | (() => Request[]))[];
  values: ValuesWrite[];
}

/** The typed value of an output cell; an empty one has none, which clears the cell. */
function cellData(cell: OutputCell | undefined): sheets_v4.Schema$CellData {
  const value = sheetsValue(cell);
  if (value === '') return {};
  return { userEnteredValue: typeof value === 'number' ? { numberValue: value } : { stringValue: value } };
}

/**
 * The tabs' requests of a write call as objects: what `batchUpdateBodyPieces` sends as text, a piece
 * at a time (its tests hold the two to the same JSON). No write sends these objects: a large output's
 * would take hundreds of MB.
 */
export function planWrite(existing: readonly SheetInfo[], tabs: readonly OutputTab[]): WritePlan {
  const { layout, values } = planLayout(existing, tabs);
  return {
    requests: [...layout.flatMap((r) => (typeof r === 'function' ? r() : [r])), ...values.map(valuesRequest)],
  };
}

/**
 * A piece of the body is sent once it is this many characters long: kept under V8's large-object size
 * (128 KB, two bytes a character at worst), the pieces die young instead of growing the old heap.
 */
const PIECE_LENGTH = 30_000;

/**
 * Requests a write sends besides the tabs' own: `first` before them (a copy's old charts), `last`
 * after them, given the sheet id each tab's title got (a copy's stale tabs and new charts).
 */
export interface OtherRequests {
  readonly first?: readonly Request[];
  readonly last?: (sheetIdOf: (title: string) => number | undefined) => readonly Request[];
}

/**
 * The body of a write call, in pieces: the same text as `JSON.stringify` of the planned requests
 * (`other.first`, the tabs' as `planWrite` plans them, `other.last`), made a request or a row at a
 * time as it is sent. The body of a million-row log's outputs is some 84 million characters; made
 * whole (as one string, or as request objects for every cell) it took hundreds of MB beside the output
 * tabs: it set the run's peak memory, and a leadership copy of all the tabs ran out of heap.
 */
export function* batchUpdateBodyPieces(
  existing: readonly SheetInfo[],
  tabs: readonly OutputTab[],
  other: OtherRequests = {},
): Generator<string> {
  const { layout, values } = planLayout(existing, tabs);
  let piece = '{"requests":[';
  let first = true;
  function* add(requests: Iterable<Request>): Generator<string> {
    for (const request of requests) {
      piece += `${first ? '' : ','}${JSON.stringify(request)}`;
      first = false;
      if (piece.length > PIECE_LENGTH) {
        yield piece;
        piece = '';
      }
    }
  }
  yield* add(other.first ?? []);
  for (const r of layout) yield* add(typeof r === 'function' ? r() : [r]);
  for (const { sheetId, rows, columns, tab } of values) {
    // Keys in the order valuesRequest gives them, so the text is JSON.stringify's.
    const range = {
      sheetId,
      startRowIndex: 0,
      endRowIndex: rows,
      startColumnIndex: 0,
      endColumnIndex: columns,
    };
    piece += `${first ? '' : ','}{"updateCells":{"range":${JSON.stringify(range)},"rows":[`;
    first = false;
    for (let i = 0; i < tab.rows.length; i++) {
      piece += `${i === 0 ? '' : ','}${JSON.stringify(rowData(tab.rows[i]!))}`;
      if (piece.length > PIECE_LENGTH) {
        yield piece;
        piece = '';
      }
    }
    piece += '],"fields":"userEnteredValue"}}';
  }
  if (other.last) {
    const ids = new Map(values.map((v) => [v.tab.title, v.sheetId]));
    yield* add(other.last((title) => ids.get(title)));
  }
  yield `${piece}],"includeSpreadsheetInResponse":false}`;
}

/**
 * A write call's body as a stream of UTF-8 bytes, made as the request sends it: make one for each
 * try. It goes as the `requestBody` of `spreadsheets.batchUpdate`, with `STREAMED_BODY` as options.
 */
export function batchUpdateStream(
  existing: readonly SheetInfo[],
  tabs: readonly OutputTab[],
  other: OtherRequests = {},
): sheets_v4.Schema$BatchUpdateSpreadsheetRequest {
  return Readable.from(
    (function* () {
      for (const piece of batchUpdateBodyPieces(existing, tabs, other)) yield Buffer.from(piece, 'utf8');
    })(),
  ) as sheets_v4.Schema$BatchUpdateSpreadsheetRequest;
}

/**
 * The request options of a streamed body. As an object, the client library deep-copies a body before
 * serialising it, on every try. (The auth library does not resend a stream after a 401; it refreshes
 * its token before expiry, and a failed write leaves the old outputs.)
 */
export const STREAMED_BODY = { headers: { 'content-type': 'application/json' } } as const;

function rowData(row: readonly OutputCell[]): sheets_v4.Schema$RowData {
  return { values: row.map(cellData) };
}

/** The values request of one tab: a cell of the grid the rows leave out is cleared, so a shorter output leaves nothing behind. */
function valuesRequest({ sheetId, rows, columns, tab }: ValuesWrite): Request {
  return {
    updateCells: {
      range: { sheetId, startRowIndex: 0, endRowIndex: rows, startColumnIndex: 0, endColumnIndex: columns },
      rows: tab.rows.map(rowData),
      fields: 'userEnteredValue',
    },
  };
}

function planLayout(existing: readonly SheetInfo[], tabs: readonly OutputTab[]): LayoutPlan {
  const taken = new Set(existing.map((s) => s.sheetId));
  let nextId = FIRST_NEW_SHEET_ID;
  const newId = () => {
    while (taken.has(nextId)) nextId += 1;
    taken.add(nextId);
    return nextId;
  };
  const deletes: Request[] = [];
  const requests: LayoutPlan['layout'] = [];
  const values: ValuesWrite[] = [];

  for (const tab of tabs) {
    const aliases = new Set([tab.title, ...tab.aliases].map(normaliseName));
    const candidates = existing.filter((s) => aliases.has(normaliseName(s.title)));
    for (const s of candidates) {
      if (matchTab(s.title).kind === 'input')
        throw new SheetsWorkbookError(`Refusing to write input tab ${s.title} as output ${tab.id}`);
    }
    const primary =
      candidates.find((s) => s.title === tab.title) ??
      candidates.find((s) => normaliseName(s.title) === normaliseName(tab.title)) ??
      candidates[0];
    // Copies under other titles (the other language, an old spelling) are replaced by this one.
    for (const s of candidates) if (s !== primary) deletes.push({ deleteSheet: { sheetId: s.sheetId } });

    const need = neededSize(tab);
    const frozenColumns = Math.min(tab.frozenColumns ?? 0, need.columns - 1);
    let sheetId: number;
    let rows: number;
    let columns: number;
    if (primary) {
      sheetId = primary.sheetId;
      rows = Math.max(primary.rowCount, need.rows);
      columns = Math.max(primary.columnCount, need.columns);
      requests.push({
        updateSheetProperties: {
          properties: {
            sheetId,
            title: tab.title,
            gridProperties: {
              rowCount: rows,
              columnCount: columns,
              frozenRowCount: tab.frozenRows,
              frozenColumnCount: frozenColumns,
            },
          },
          fields:
            'title,gridProperties.rowCount,gridProperties.columnCount,gridProperties.frozenRowCount,gridProperties.frozenColumnCount',
        },
      });
    } else {
      sheetId = newId();
      rows = need.rows;
      columns = need.columns;
      requests.push({
        addSheet: {
          properties: {
            sheetId,
            title: tab.title,
            gridProperties: {
              rowCount: rows,
              columnCount: columns,
              frozenRowCount: tab.frozenRows,
              frozenColumnCount: frozenColumns,
            },
          },
        },
      });
    }

    // Formats: the whole grid cleared (a longer earlier output leaves none behind), then set in runs.
    requests.push({
      repeatCell: {
        range: { sheetId, startRowIndex: 0, endRowIndex: rows, startColumnIndex: 0, endColumnIndex: columns },
        cell: {},
        fields: 'userEnteredFormat',
      },
    });
    requests.push(() => formatRequests(sheetId, tab));
    requests.push(...widthRequests(sheetId, tab.widths));
    if (!primary?.protectedByEngine) {
      requests.push({
        addProtectedRange: {
          protectedRange: { range: { sheetId }, description: PROTECTION_DESCRIPTION, warningOnly: false },
        },
      });
    }

    values.push({ sheetId, rows, columns, tab });
  }
  // Deletions first, so a rename never meets the title of a tab about to go; values last, on the grids as laid out.
  return { layout: [...deletes, ...requests], values };
}

/** The formats of an output tab, one request per run of equal formats down a column. */
function formatRequests(sheetId: number, tab: OutputTab): Request[] {
  const requests: Request[] = [];
  const columns = widestRow(tab.rows);
  for (let c = 0; c < columns; c++) {
    let start = 0;
    let key = '';
    let format: sheets_v4.Schema$CellFormat = {};
    for (let r = 0; r <= tab.rows.length; r++) {
      const next = r < tab.rows.length ? sheetsFormat(tab.rows[r]?.[c]) : {};
      const nextKey = r < tab.rows.length ? JSON.stringify(next) : '<end>';
      if (nextKey === key) continue;
      if (key !== '' && key !== '{}') {
        requests.push({
          repeatCell: {
            range: {
              sheetId,
              startRowIndex: start,
              endRowIndex: r,
              startColumnIndex: c,
              endColumnIndex: c + 1,
            },
            cell: { userEnteredFormat: format },
            fields: 'userEnteredFormat',
          },
        });
      }
      start = r;
      key = nextKey;
      format = next;
    }
  }
  return requests;
}

/** Column widths, one request per run of equal widths. */
function widthRequests(sheetId: number, widths: readonly number[]): Request[] {
  const requests: Request[] = [];
  let start = 0;
  for (let i = 1; i <= widths.length; i++) {
    if (i === widths.length || widths[i] !== widths[start]) {
      requests.push({
        updateDimensionProperties: {
          range: { sheetId, dimension: 'COLUMNS', startIndex: start, endIndex: i },
          properties: { pixelSize: pixelWidth(widths[start] ?? 10) },
          fields: 'pixelSize',
        },
      });
      start = i;
    }
  }
  return requests;
}

export class SheetsWorkbook implements WorkbookPort {
  private meta: SheetInfo[] | undefined;
  private readonly retry: RetryPolicy;
  private readonly request: { retry: false; timeout: number };

  constructor(
    readonly location: string,
    private readonly client: sheets_v4.Sheets,
    options: SheetsWorkbookOptions = {},
  ) {
    this.retry = options.retry ?? DEFAULT_RETRY;
    // The client library's own retries are off: ours cover every call, POSTs included, with jitter.
    this.request = { retry: false, timeout: options.timeoutMs ?? 120_000 };
  }

  /** The spreadsheet id. */
  get spreadsheetId(): string {
    return this.location;
  }

  private async metadata(): Promise<SheetInfo[]> {
    const res = await withRetry(
      () =>
        this.client.spreadsheets.get({ spreadsheetId: this.location, fields: METADATA_FIELDS }, this.request),
      this.retry,
    );
    this.meta = sheetInfos(res.data);
    return this.meta;
  }

  async read(): Promise<RawTab[]> {
    const sheets = await this.metadata();
    const inputs = sheets.filter(
      (s) => matchTab(s.title).kind === 'input' && s.rowCount > 0 && s.columnCount > 0,
    );
    const rowsByTitle = new Map<string, RawCell[][]>();
    if (inputs.length > 0) {
      // The answer is read as it arrives (value-ranges.ts): a large log's answer is never held whole.
      const ranges = await withRetry(async () => {
        const res = await this.client.spreadsheets.values.batchGet(
          {
            spreadsheetId: this.location,
            ranges: inputs.map((s) => a1Range(s.title, s.rowCount, s.columnCount)),
            valueRenderOption: 'UNFORMATTED_VALUE',
            dateTimeRenderOption: 'SERIAL_NUMBER',
            majorDimension: 'ROWS',
          },
          { ...this.request, responseType: 'stream' },
        );
        return readValueRanges(res.data as unknown as AsyncIterable<Uint8Array>);
      }, this.retry);
      if (ranges.length !== inputs.length)
        throw new SheetsWorkbookError(`Asked for ${inputs.length} tabs, got ${ranges.length}`);
      inputs.forEach((s, i) => rowsByTitle.set(s.title, toRawCells(ranges[i]!.values)));
    }
    // Other tabs are listed by title only: the engine reads nothing else from them.
    return sheets.map((s) => ({ title: s.title, rows: rowsByTitle.get(s.title) ?? [] }));
  }

  async writeOutputs(tabs: readonly OutputTab[]): Promise<void> {
    if (tabs.length === 0) return;
    const existing = this.meta ?? (await this.metadata());
    // The body goes as JSON bytes made while they are sent (a stream, made anew for each try): as one
    // text, the output of a million-row log took hundreds of MB at once.
    await withRetry(
      () =>
        this.client.spreadsheets.batchUpdate(
          { spreadsheetId: this.location, requestBody: batchUpdateStream(existing, tabs) },
          { ...this.request, ...STREAMED_BODY },
        ),
      this.retry,
    );
    // The next write reads the tabs afresh: this one changed them.
    this.meta = undefined;
  }
}
