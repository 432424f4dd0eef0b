/**
 * The workbook port over a Google spreadsheet (Sheets API v4). A run costs three calls when its
 * output fits in one write call, whatever the size of its log:
 *
 * 1. `spreadsheets.get` with a fields mask: tab titles, ids, grid sizes and protections;
 * 2. `values.batchGet` of every input tab at once, unformatted, days as serial numbers, its answer
 *    read as it arrives (value-ranges.ts);
 * 3. `spreadsheets.batchUpdate` of every output tab (sheets-write.ts), whole or not at all; an output
 *    larger than a call may carry (a few hundred reps' year of statements) takes one more call for
 *    each 9 MiB, and still changes the output tabs in its last call only.
 *
 * Input tabs are never written. Every call is retried on 429 and 5xx (see retry.ts).
 */
import { Readable } from 'node:stream';
import type { sheets_v4 } from '@googleapis/sheets';
import { a1Range } from './a1.js';
import { matchTab } from './names.js';
import type { OutputTab, RawCell, RawTab, WorkbookPort } from './port.js';
import { DEFAULT_RETRY, withRetry, type RetryPolicy } from './retry.js';
import { METADATA_FIELDS, sheetInfos, SheetsWorkbookError, type SheetInfo } from './sheets-metadata.js';
import { isStagingTab, MAX_REQUEST_BYTES, writeTabs } from './sheets-write.js';
import { readValueRanges } from './value-ranges.js';

export interface SheetsWorkbookOptions {
  retry?: RetryPolicy;
  /** Per-request timeout, milliseconds. */
  timeoutMs?: number;
  /** The most bytes a write call's body carries (`MAX_REQUEST_BYTES`); tests make it small. */
  maxRequestBytes?: number;
}

/**
 * A `batchUpdate` call of a spreadsheet with a body given as its bytes (`writeTabs`'s `send`), each try
 * retried by `retry`. The body goes as a stream of those bytes, made anew for each try: as an object,
 * the client library deep-copies a body before serialising it, on every try. (The auth library does
 * not resend a stream after a 401; it refreshes its token before expiry, and a failed write leaves the
 * old outputs.)
 */
export function batchUpdateSender(
  client: sheets_v4.Sheets,
  spreadsheetId: string,
  request: { retry: false; timeout: number },
  retry: RetryPolicy,
): (body: readonly Buffer[]) => Promise<unknown> {
  return (body) =>
    withRetry(
      () =>
        client.spreadsheets.batchUpdate(
          {
            spreadsheetId,
            requestBody: Readable.from(body) as sheets_v4.Schema$BatchUpdateSpreadsheetRequest,
          },
          { ...request, headers: { 'content-type': 'application/json' } },
        ),
      retry,
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

export class SheetsWorkbook implements WorkbookPort {
  private meta: SheetInfo[] | undefined;
  private readonly retry: RetryPolicy;
  private readonly maxRequestBytes: number;
  private readonly request: { retry: false; timeout: number };

  constructor(
    readonly location: string,
    private readonly client: sheets_v4.Sheets,
    options: SheetsWorkbookOptions = {},
  ) {
    this.retry = options.retry ?? DEFAULT_RETRY;
    this.maxRequestBytes = options.maxRequestBytes ?? MAX_REQUEST_BYTES;
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
    // Other tabs are listed by title only: the engine reads nothing else from them. The hidden tabs of
    // a staged write that stopped part-way are the writer's own (the next write deletes them), not
    // the workbook's: they are left out, rather than reported as unknown tabs.
    return sheets
      .filter((s) => !isStagingTab(s.title))
      .map((s) => ({ title: s.title, rows: rowsByTitle.get(s.title) ?? [] }));
  }

  async writeOutputs(tabs: readonly OutputTab[]): Promise<void> {
    if (tabs.length === 0) return;
    const existing = this.meta ?? (await this.metadata());
    // The next write reads the tabs afresh: this one changed them, or left hidden tabs if it failed.
    this.meta = undefined;
    await writeTabs(
      batchUpdateSender(this.client, this.location, this.request, this.retry),
      existing,
      tabs,
      {},
      this.maxRequestBytes,
    );
  }
}
