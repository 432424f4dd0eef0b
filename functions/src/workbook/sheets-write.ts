/**
 * Writing the output tabs of a Google spreadsheet (Sheets API v4 `spreadsheets.batchUpdate`): missing
 * output tabs created (or renamed from the other language), grids grown, formats, widths, frozen rows,
 * protections, and last every output tab's values (`updateCells` over its whole grid: typed values,
 * so text is never run as a formula, and rows left from a longer earlier output are cleared).
 *
 * The API applies a batchUpdate whole or not at all, so the output tabs are either all new or all as
 * they were: never new formats over old values, never one tab new and another old. A write whose
 * body fits in one call (`MAX_REQUEST_BYTES`) is that one call. A larger one (a few hundred reps'
 * year of scorecards and statements) is staged: hidden tabs are filled over as many calls as it takes,
 * then one last call copies each into its output tab and deletes them, so it too changes the output
 * tabs all at once. A write that stops part-way leaves the output tabs as they were, and hidden tabs
 * that the next write deletes.
 */
import type { sheets_v4 } from '@googleapis/sheets';
import { widestRow } from './a1.js';
import { matchTab, normaliseName } from './names.js';
import type { OutputCell, OutputTab } from './port.js';
import { pixelWidth, sheetsFormat, sheetsValue } from './sheets-cells.js';
import { PROTECTION_DESCRIPTION, SheetsWorkbookError, type SheetInfo } from './sheets-metadata.js';

/** The first id tried for a new tab; ids the spreadsheet already uses are skipped. */
const FIRST_NEW_SHEET_ID = 1_000_001;

type Request = sheets_v4.Schema$Request;

/**
 * The most bytes a write call's body carries. Google's API front end refuses a body of more than
 * 10 MiB (status 400, "Request payload size exceeds the limit: 10485760 bytes."), a limit the API's
 * users report and its documentation does not give; one MiB is left below it.
 */
export const MAX_REQUEST_BYTES = 9 * 2 ** 20;

/** The title of the hidden tab an output tab is written to first in a staged write. */
const STAGING_PREFIX = '~writing~ ';

/** Whether a tab is a hidden tab of a staged write (one left by a write that stopped part-way, say). */
export function isStagingTab(title: string): boolean {
  return title.startsWith(STAGING_PREFIX);
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
  /** The tab's grid as laid out (it never shrinks), and the rows its output needs. */
  rows: number;
  columns: number;
  needed: number;
  tab: OutputTab;
  /** The id of the hidden tab its output is written to first when a write takes several calls. */
  stagingId: number;
}

/** Where in the layout a tab's formats go: made when they are sent, as a large output has tens of thousands. */
interface FormatsOf {
  formatsOf: ValuesWrite;
}

/**
 * The layout requests (deletions, grids, formats, widths, protection) and each tab's values, in order;
 * and the deletion of the hidden tabs an earlier write left when it stopped part-way.
 */
interface LayoutPlan {
  leftovers: Request[];
  layout: (Request | FormatsOf)[];
  values: ValuesWrite[];
}

/** The requests of a layout item: a request, or a tab's formats. */
function expand(item: Request | FormatsOf, formats = true): Request[] {
  if (!('formatsOf' in item)) return [item];
  return formats ? formatRequests(item.formatsOf.sheetId, item.formatsOf.tab) : [];
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
  const { leftovers, layout, values } = planLayout(existing, tabs);
  return {
    requests: [...leftovers, ...layout.flatMap((r) => expand(r)), ...values.map(valuesRequest)],
  };
}

/**
 * A piece of the body is sent once it is this many characters long: kept under V8's large-object size
 * (128 KB, two bytes a character at worst), the pieces die young instead of growing the old heap.
 */
export const PIECE_LENGTH = 30_000;

/**
 * Requests a write sends besides the tabs' own: `first` before them (a copy's old charts), `last`
 * after them, given the sheet id each tab's title got (a copy's stale tabs and new charts).
 */
export interface OtherRequests {
  readonly first?: readonly Request[];
  readonly last?: (sheetIdOf: (title: string) => number | undefined) => readonly Request[];
}

/**
 * The body of a one-call write, in pieces: the same text as `JSON.stringify` of the planned requests
 * (`other.first`, the tabs' as `planWrite` plans them, `other.last`), made a request or a row at a
 * time. `writeTabs` makes it only as far as a call may carry. The outputs of a million-row log are
 * some 84 million characters; made whole (as one string, or as request objects for every cell) they
 * took hundreds of MB beside the output tabs, and a leadership copy of all the tabs ran out of heap.
 */
export function* batchUpdateBodyPieces(
  existing: readonly SheetInfo[],
  tabs: readonly OutputTab[],
  other: OtherRequests = {},
): Generator<string> {
  const { leftovers, layout, values } = planLayout(existing, tabs);
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
  yield* add(leftovers);
  for (const r of layout) yield* add(expand(r));
  for (const { sheetId, rows, columns, tab } of values) {
    // The range as valuesRequest gives it, so the text is JSON.stringify's.
    piece += `${first ? '' : ','}{"updateCells":{"range":${JSON.stringify(rowsRange(sheetId, 0, rows, columns))},"rows":[`;
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
  if (other.last) yield* add(other.last(sheetIdOfTitle(values)));
  yield `${piece}],"includeSpreadsheetInResponse":false}`;
}

/** Rows `start` to `end` of a tab, across its first `columns` columns. */
function rowsRange(sheetId: number, start: number, end: number, columns: number): sheets_v4.Schema$GridRange {
  return { sheetId, startRowIndex: start, endRowIndex: end, startColumnIndex: 0, endColumnIndex: columns };
}

/** The sheet id each output tab's title got, for the requests that follow the tabs' own. */
function sheetIdOfTitle(values: readonly ValuesWrite[]): (title: string) => number | undefined {
  const ids = new Map(values.map((v) => [v.tab.title, v.sheetId]));
  return (title) => ids.get(title);
}

function rowData(row: readonly OutputCell[]): sheets_v4.Schema$RowData {
  return { values: row.map(cellData) };
}

/** The values request of one tab: a cell of the grid the rows leave out is cleared, so a shorter output leaves nothing behind. */
function valuesRequest({ sheetId, rows, columns, tab }: ValuesWrite): Request {
  return {
    updateCells: {
      range: rowsRange(sheetId, 0, rows, columns),
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
  const leftovers: Request[] = existing
    .filter((s) => isStagingTab(s.title))
    .map((s) => ({ deleteSheet: { sheetId: s.sheetId } }));
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
    const sheetId = primary?.sheetId ?? newId();
    const rows = Math.max(primary?.rowCount ?? 0, need.rows);
    const columns = Math.max(primary?.columnCount ?? 0, need.columns);
    const properties = {
      sheetId,
      title: tab.title,
      gridProperties: {
        rowCount: rows,
        columnCount: columns,
        frozenRowCount: tab.frozenRows,
        frozenColumnCount: frozenColumns,
      },
    };
    requests.push(
      primary
        ? {
            updateSheetProperties: {
              properties,
              fields:
                'title,gridProperties.rowCount,gridProperties.columnCount,gridProperties.frozenRowCount,gridProperties.frozenColumnCount',
            },
          }
        : { addSheet: { properties } },
    );

    // Formats: the whole grid cleared (a longer earlier output leaves none behind), then set in runs.
    requests.push({
      repeatCell: {
        range: rowsRange(sheetId, 0, rows, columns),
        cell: {},
        fields: 'userEnteredFormat',
      },
    });
    // Its staging id is given once every tab has its own.
    const write: ValuesWrite = { sheetId, rows, columns, needed: need.rows, tab, stagingId: 0 };
    requests.push({ formatsOf: write });
    requests.push(...widthRequests(sheetId, tab.widths));
    if (!primary?.protectedByEngine) {
      requests.push({
        addProtectedRange: {
          protectedRange: { range: { sheetId }, description: PROTECTION_DESCRIPTION, warningOnly: false },
        },
      });
    }

    values.push(write);
  }
  // Staging ids after every tab's own, so a tab's id is the same whether or not a write is staged.
  for (const write of values) write.stagingId = newId();
  // Deletions first, so a rename never meets the title of a tab about to go; values last, on the grids as laid out.
  return { leftovers, layout: [...deletes, ...requests], values };
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

/**
 * A request as JSON text, whole or in pieces that join to it: a tab's values go as many small pieces
 * (a row each), so no text of megabytes is made.
 */
export type RequestText = string | readonly string[];

/**
 * The requests of a staged write: `staging`, the hidden tabs (earlier ones deleted, each added with its
 * output's grid, formats and values, the values in requests of about `chunkBytes`); `final`, every
 * output tab laid out as a one-call write lays it out, each hidden tab copied into its output tab
 * (values, formats and blanks alike), rows past the output cleared, the hidden tabs deleted.
 */
export function stagedRequests(
  existing: readonly SheetInfo[],
  tabs: readonly OutputTab[],
  other: OtherRequests,
  chunkBytes: number,
): { staging: Iterable<RequestText>; final: Iterable<RequestText> } {
  const { leftovers, layout, values } = planLayout(existing, tabs);
  const text = (requests: Iterable<Request>) => Array.from(requests, (r) => JSON.stringify(r));
  function* staging(): Generator<RequestText> {
    yield* text(leftovers);
    for (const w of values) {
      const properties = {
        sheetId: w.stagingId,
        title: `${STAGING_PREFIX}${w.tab.id}`,
        hidden: true,
        gridProperties: { rowCount: w.needed, columnCount: w.columns },
      };
      yield JSON.stringify({ addSheet: { properties } });
      yield* text(formatRequests(w.stagingId, w.tab));
      yield* valueChunks(w, chunkBytes);
    }
  }
  function* final(): Generator<RequestText> {
    yield* text(other.first ?? []);
    for (const item of layout) yield* text(expand(item, false));
    for (const w of values) {
      yield JSON.stringify({
        copyPaste: {
          source: rowsRange(w.stagingId, 0, w.needed, w.columns),
          destination: rowsRange(w.sheetId, 0, w.needed, w.columns),
          pasteType: 'PASTE_NORMAL',
          pasteOrientation: 'NORMAL',
        },
      });
      if (w.rows > w.needed) {
        const range = rowsRange(w.sheetId, w.needed, w.rows, w.columns);
        yield JSON.stringify({ updateCells: { range, fields: 'userEnteredValue' } });
      }
      yield JSON.stringify({ deleteSheet: { sheetId: w.stagingId } });
    }
    if (other.last) yield* text(other.last(sheetIdOfTitle(values)));
  }
  return { staging: staging(), final: final() };
}

/** A staged tab's values into its hidden tab, in `updateCells` requests of about `chunkBytes` each, a row a piece. */
function* valueChunks(w: ValuesWrite, chunkBytes: number): Generator<string[]> {
  let start = 0;
  let rows: string[] = [];
  let size = 0;
  const request = (end: number): string[] => {
    const range = rowsRange(w.stagingId, start, end, w.columns);
    const pieces = [`{"updateCells":{"range":${JSON.stringify(range)},"rows":[`];
    rows.forEach((row, i) => pieces.push(i === 0 ? row : `,${row}`));
    pieces.push('],"fields":"userEnteredValue"}}');
    return pieces;
  };
  for (let i = 0; i < w.tab.rows.length; i++) {
    const row = JSON.stringify(rowData(w.tab.rows[i]!));
    if (size > 0 && size + row.length > chunkBytes) {
      yield request(i);
      start = i;
      rows = [];
      size = 0;
    }
    rows.push(row);
    // Characters, not bytes: a chunk of Chinese text is up to three times this, well within a call.
    size += row.length + 1;
  }
  if (rows.length > 0) yield request(w.tab.rows.length);
}

const BODY_HEAD = '{"requests":[';
const BODY_TAIL = '],"includeSpreadsheetInResponse":false}';

/**
 * A call's body as it is sent: its bytes in pieces of about `PIECE_LENGTH` characters each. Bytes, as
 * V8 counts them as memory outside its heap and collects their holders soon; the same text kept as
 * strings over a call outlives the young generation, and a staged write makes tens of MB of it.
 */
class BodyBytes {
  readonly pieces: Buffer[] = [];
  private text = '';

  add(piece: string): void {
    this.text += piece;
    if (this.text.length >= PIECE_LENGTH) this.flush();
  }

  done(): Buffer[] {
    this.flush();
    return this.pieces;
  }

  private flush(): void {
    if (this.text !== '') this.pieces.push(Buffer.from(this.text, 'utf8'));
    this.text = '';
  }
}

/** Requests packed in order into call bodies of at most `limit` bytes each, each body the pieces of its bytes. */
export function* callBodies(requests: Iterable<RequestText>, limit: number): Generator<Buffer[]> {
  const empty = Buffer.byteLength(BODY_HEAD) + Buffer.byteLength(BODY_TAIL);
  let body = new BodyBytes();
  let bytes = empty;
  let count = 0;
  for (const request of requests) {
    const pieces = typeof request === 'string' ? [request] : request;
    let size = 1;
    for (const piece of pieces) size += Buffer.byteLength(piece);
    if (count > 0 && bytes + size > limit) {
      body.add(BODY_TAIL);
      yield body.done();
      body = new BodyBytes();
      bytes = empty;
      count = 0;
    }
    if (bytes + size > limit)
      throw new SheetsWorkbookError(`A request of ${size} bytes is more than a call may carry (${limit})`);
    body.add(count === 0 ? BODY_HEAD : ',');
    for (const piece of pieces) body.add(piece);
    bytes += size;
    count += 1;
  }
  if (count > 0) {
    body.add(BODY_TAIL);
    yield body.done();
  }
}

/** The one-call body as the pieces of its bytes, made only as far as `limit` bytes: undefined past it. */
function oneCallBody(
  existing: readonly SheetInfo[],
  tabs: readonly OutputTab[],
  other: OtherRequests,
  limit: number,
): Buffer[] | undefined {
  const pieces: Buffer[] = [];
  let bytes = 0;
  for (const text of batchUpdateBodyPieces(existing, tabs, other)) {
    const piece = Buffer.from(text, 'utf8');
    bytes += piece.length;
    if (bytes > limit) return undefined;
    pieces.push(piece);
  }
  return pieces;
}

/**
 * Writes the output tabs: one call when its body fits in `limit` bytes, else a staged write (see the
 * module's comment). `send` makes one `batchUpdate` call with a body, given as the pieces of its bytes
 * (retrying as it sees fit). Returns the number of calls made.
 */
export async function writeTabs(
  send: (body: readonly Buffer[]) => Promise<unknown>,
  existing: readonly SheetInfo[],
  tabs: readonly OutputTab[],
  other: OtherRequests = {},
  limit: number = MAX_REQUEST_BYTES,
): Promise<number> {
  const whole = oneCallBody(existing, tabs, other, limit);
  if (whole) {
    await send(whole);
    return 1;
  }
  const { staging, final } = stagedRequests(existing, tabs, other, Math.floor(limit / 8));
  let calls = 0;
  for (const body of callBodies(staging, limit)) {
    await send(body);
    calls += 1;
  }
  // The output tabs change only now, in one call.
  const last = [...callBodies(final, limit)];
  if (last.length !== 1)
    throw new SheetsWorkbookError(`The last call of a staged write needs ${last.length} calls' room`);
  await send(last[0]!);
  return calls + 1;
}
