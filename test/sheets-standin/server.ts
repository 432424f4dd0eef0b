/**
 * A Google Sheets API v4 stand-in: an HTTP server on 127.0.0.1 that the real client library reaches
 * through `rootUrl`. It keeps spreadsheets in memory, speaks the wire format (A1 ranges, ragged rows,
 * serial dates, field masks, Google's error bodies), counts every call and can be told to fail the
 * next ones (429 RESOURCE_EXHAUSTED, 503 UNAVAILABLE) to exercise retries.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseA1 } from '../../functions/src/workbook/a1.js';
import { applyBatchUpdate, newSheet } from './batch-update.js';
import { applyFieldMask, parseFieldMask } from './fields.js';
import {
  ApiError,
  cellAt,
  peekCell,
  sheetByTitle,
  spreadsheetResource,
  type Sheet,
  type SpreadsheetState,
  type Value,
} from './spreadsheet.js';
import { batchGet, batchUpdateValues } from './values.js';

export type CallKind =
  | 'spreadsheets.get'
  | 'spreadsheets.create'
  | 'spreadsheets.batchUpdate'
  | 'values.batchGet'
  | 'values.batchUpdate';

export interface Call {
  kind: CallKind | 'unknown';
  method: string;
  spreadsheetId?: string;
  status: number;
  /** The parsed JSON body of a POST, and its size in bytes. */
  body?: unknown;
  bytes?: number;
  query: URLSearchParams;
  /**
   * Milliseconds the stand-in itself spent on the call, from the request's arrival to the answer's
   * last byte handed to the socket: reading the body, applying or rendering, serialising. A benchmark
   * tells its own time from the stand-in's with it.
   */
  serverMs?: number;
}

interface Fault {
  kind?: CallKind;
  status: number;
  times: number;
  message?: string;
  pieces?: number;
}

const STATUS_NAMES: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  503: 'UNAVAILABLE',
};

export interface SheetsStandin {
  /** The root URL to give the client (`rootUrl`). */
  url: string;
  calls: Call[];
  /** Calls of one kind (or all) since the last reset. */
  count(kind?: CallKind): number;
  resetCalls(): void;
  /**
   * The next `times` calls (of `kind`, or any) fail with `status` before touching anything: with the
   * API's own message for the status, or `message`; the error body goes in one piece, or in `pieces`
   * pieces of its bytes sent apart (a character of several bytes may be cut), as a slow link delivers it.
   */
  failNext(fault: {
    kind?: CallKind;
    status?: number;
    times?: number;
    message?: string;
    pieces?: number;
  }): void;
  /** Called once a `spreadsheets.batchUpdate` has been applied, before it is answered (tests plant faults with it). */
  onBatchUpdate: ((spreadsheetId: string) => void) | undefined;
  state(spreadsheetId: string): SpreadsheetState;
  /** Adds an empty spreadsheet directly (not an API call). */
  addSpreadsheet(
    spreadsheetId: string,
    options?: { title?: string; locale?: string; timeZone?: string },
  ): SpreadsheetState;
  /** A user's edit in the browser: sets one cell's value (not an API call). */
  setCell(spreadsheetId: string, tab: string, a1: string, value: Value | null): void;
  /** A tab's values as rows, trailing blanks trimmed like the API does. */
  values(spreadsheetId: string, tab: string): (Value | '')[][];
  sheet(spreadsheetId: string, tab: string): Sheet;
  close(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=UTF-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 5));

/**
 * Google's error body, in one piece, or as `pieces` runs of its bytes written apart, without a length
 * (chunked, as Google sends its indented error bodies), so the client reads them as separate chunks.
 */
async function sendError(res: ServerResponse, error: ApiError, pieces = 1): Promise<void> {
  const body = { error: { code: error.code, message: error.message, status: error.status } };
  if (pieces <= 1) return sendJson(res, error.code, body);
  const bytes = Buffer.from(JSON.stringify(body, null, 2));
  res.writeHead(error.code, { 'content-type': 'application/json; charset=UTF-8' });
  res.flushHeaders();
  for (let i = 0; i < pieces; i++) {
    res.write(
      bytes.subarray(Math.floor((bytes.length * i) / pieces), Math.floor((bytes.length * (i + 1)) / pieces)),
    );
    await pause();
  }
  res.end();
}

/**
 * The most bytes a request's body may have. Google's API front end refuses more (`Request payload size
 * exceeds the limit: 10485760 bytes.`, status 400), a limit reported by the API's users and not in
 * its documentation, which recommends bodies of at most 2 MB.
 */
export const MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;

async function readBody(req: IncomingMessage, call: Call): Promise<unknown> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  // Read to the end either way: the answer goes once the request is all in.
  for await (const chunk of req) {
    bytes += (chunk as Buffer).length;
    if (bytes <= MAX_PAYLOAD_BYTES) chunks.push(chunk as Buffer);
  }
  call.bytes = bytes;
  if (bytes > MAX_PAYLOAD_BYTES)
    throw new ApiError(
      400,
      `Request payload size exceeds the limit: ${MAX_PAYLOAD_BYTES} bytes.`,
      'INVALID_ARGUMENT',
    );
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, 'Invalid JSON payload received.', 'INVALID_ARGUMENT');
  }
}

/** Which API method a request is. */
function route(method: string, pathname: string): { kind: CallKind | 'unknown'; spreadsheetId?: string } {
  const path = decodeURIComponent(pathname).replace(/\/+$/, '');
  if (method === 'POST' && path === '/v4/spreadsheets') return { kind: 'spreadsheets.create' };
  const m = /^\/v4\/spreadsheets\/([^/:]+)(.*)$/.exec(path);
  if (!m) return { kind: 'unknown' };
  const spreadsheetId = m[1] ?? '';
  const rest = m[2] ?? '';
  if (method === 'GET' && rest === '') return { kind: 'spreadsheets.get', spreadsheetId };
  if (method === 'POST' && rest === ':batchUpdate')
    return { kind: 'spreadsheets.batchUpdate', spreadsheetId };
  if (method === 'GET' && rest === '/values:batchGet') return { kind: 'values.batchGet', spreadsheetId };
  if (method === 'POST' && rest === '/values:batchUpdate')
    return { kind: 'values.batchUpdate', spreadsheetId };
  return { kind: 'unknown', spreadsheetId };
}

let spreadsheetCounter = 0;

export async function startSheetsStandin(): Promise<SheetsStandin> {
  const books = new Map<string, SpreadsheetState>();
  const calls: Call[] = [];
  const faults: Fault[] = [];
  let url = '';

  function book(id: string | undefined): SpreadsheetState {
    const state = id === undefined ? undefined : books.get(id);
    if (!state) throw new ApiError(404, 'Requested entity was not found.', 'NOT_FOUND');
    return state;
  }

  function addSpreadsheet(
    spreadsheetId: string,
    options: { title?: string; locale?: string; timeZone?: string } = {},
  ): SpreadsheetState {
    const state: SpreadsheetState = {
      spreadsheetId,
      title: options.title ?? 'Untitled spreadsheet',
      locale: options.locale ?? 'en_US',
      timeZone: options.timeZone ?? 'Asia/Shanghai',
      sheets: [],
    };
    books.set(spreadsheetId, state);
    return state;
  }

  async function handle(req: IncomingMessage, res: ServerResponse, call: Call): Promise<void> {
    const fault = faults.find((f) => f.kind === undefined || f.kind === call.kind);
    if (fault) {
      fault.times -= 1;
      if (fault.times <= 0) faults.splice(faults.indexOf(fault), 1);
      const message =
        fault.message ??
        (fault.status === 429
          ? "Quota exceeded for quota metric 'Write requests' and limit 'Write requests per minute per user'."
          : 'The service is currently unavailable.');
      throw new ApiError(fault.status, message, STATUS_NAMES[fault.status] ?? 'UNKNOWN', fault.pieces);
    }
    const q = call.query;
    switch (call.kind) {
      case 'spreadsheets.create': {
        const body = (call.body ?? {}) as {
          properties?: Record<string, unknown>;
          sheets?: { properties?: Record<string, unknown> }[];
        };
        const id = `standin-${++spreadsheetCounter}-${Date.now().toString(36)}`;
        const props = body.properties ?? {};
        const state = addSpreadsheet(id, {
          title: String(props.title ?? 'Untitled spreadsheet'),
          locale: String(props.locale ?? 'en_US'),
          timeZone: String(props.timeZone ?? 'America/New_York'),
        });
        for (const s of body.sheets?.length ? body.sheets : [{ properties: { title: 'Sheet1' } }])
          state.sheets.push(newSheet(state, s.properties ?? {}));
        return sendJson(res, 200, spreadsheetResource(state, url));
      }
      case 'spreadsheets.get': {
        const state = book(call.spreadsheetId);
        if (q.get('includeGridData') === 'true')
          throw new ApiError(400, 'includeGridData is not supported by the stand-in', 'INVALID_ARGUMENT');
        const resource = spreadsheetResource(state, url);
        const fields = q.get('fields');
        return sendJson(res, 200, fields ? applyFieldMask(resource, parseFieldMask(fields)) : resource);
      }
      case 'spreadsheets.batchUpdate': {
        const state = book(call.spreadsheetId);
        const body = (call.body ?? {}) as { requests?: Record<string, unknown>[] };
        const { state: next, replies } = applyBatchUpdate(state, body.requests ?? []);
        books.set(state.spreadsheetId, next);
        standin.onBatchUpdate?.(state.spreadsheetId);
        return sendJson(res, 200, { spreadsheetId: state.spreadsheetId, replies });
      }
      case 'values.batchGet': {
        const state = book(call.spreadsheetId);
        return sendJson(
          res,
          200,
          batchGet(state, {
            ranges: q.getAll('ranges'),
            valueRenderOption: q.get('valueRenderOption') ?? 'FORMATTED_VALUE',
            dateTimeRenderOption: q.get('dateTimeRenderOption') ?? 'SERIAL_NUMBER',
            majorDimension: q.get('majorDimension') ?? 'ROWS',
          }),
        );
      }
      case 'values.batchUpdate': {
        const state = book(call.spreadsheetId);
        const { state: next, response } = batchUpdateValues(
          state,
          (call.body ?? {}) as Parameters<typeof batchUpdateValues>[1],
        );
        books.set(state.spreadsheetId, next);
        return sendJson(res, 200, response);
      }
      default:
        throw new ApiError(404, `Method not found: ${req.method} ${req.url}`, 'NOT_FOUND');
    }
  }

  const server = createServer((req, res) => {
    const parsed = new URL(req.url ?? '/', 'http://standin');
    const { kind, spreadsheetId } = route(req.method ?? 'GET', parsed.pathname);
    const call: Call = {
      kind,
      method: req.method ?? 'GET',
      status: 0,
      query: parsed.searchParams,
      ...(spreadsheetId ? { spreadsheetId } : {}),
    };
    calls.push(call);
    const arrived = performance.now();
    void (async () => {
      try {
        if (req.method === 'POST') call.body = await readBody(req, call);
        await handle(req, res, call);
      } catch (error) {
        const apiError = error instanceof ApiError ? error : new ApiError(500, String(error), 'INTERNAL');
        await sendError(res, apiError, apiError.pieces);
      } finally {
        call.status = res.statusCode;
        call.serverMs = performance.now() - arrived;
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const standin: SheetsStandin = {
    url,
    calls,
    onBatchUpdate: undefined,
    count: (kind) => calls.filter((c) => kind === undefined || c.kind === kind).length,
    resetCalls: () => {
      calls.length = 0;
    },
    failNext: ({ kind, status = 429, times = 1, message, pieces }) => {
      faults.push({
        ...(kind ? { kind } : {}),
        status,
        times,
        ...(message ? { message } : {}),
        ...(pieces ? { pieces } : {}),
      });
    },
    state: (id) => book(id),
    addSpreadsheet,
    setCell: (id, tab, a1, value) => {
      const sheet = sheetByTitle(book(id), tab);
      const at = parseA1(a1);
      const cell = cellAt(sheet, at.startRow ?? 0, at.startColumn ?? 0);
      if (value === null || value === '') delete cell.value;
      else cell.value = value;
    },
    values: (id, tab) => {
      const sheet = sheetByTitle(book(id), tab);
      const rows: (Value | '')[][] = [];
      for (let r = 0; r < sheet.rowCount; r++) {
        const row: (Value | '')[] = [];
        for (let c = 0; c < sheet.columnCount; c++) row.push(peekCell(sheet, r, c)?.value ?? '');
        while (row.length > 0 && row[row.length - 1] === '') row.pop();
        rows.push(row);
      }
      while (rows.length > 0 && rows[rows.length - 1]?.length === 0) rows.pop();
      return rows;
    },
    sheet: (id, tab) => sheetByTitle(book(id), tab),
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
  return standin;
}
