/**
 * Writes a copy of output tabs into a spreadsheet of its own (the leadership copy, a rep's copy)
 * with the Sheets adapter's writer, in two calls: `spreadsheets.create` on the first run or
 * `spreadsheets.get` after, then one `batchUpdate` (tabs, formats, values, stale tabs and charts
 * removed, charts added), applied whole or not at all. A copy too large for one call takes more:
 * it is staged as the run's own write is (sheets-write.ts), its tabs changed in the last call. Only
 * the tabs given are kept: nothing else stays in a copy.
 */
import type { sheets_v4 } from '@googleapis/sheets';
import { normaliseName } from '../workbook/names.js';
import type { Locale } from '../workbook/messages.js';
import type { OutputTab } from '../workbook/port.js';
import { withRetry, type RetryPolicy } from '../workbook/retry.js';
import { METADATA_FIELDS, sheetInfos } from '../workbook/sheets-metadata.js';
import { batchUpdateSender } from '../workbook/sheets-workbook.js';
import { isStagingTab, writeTabs } from '../workbook/sheets-write.js';

type Request = sheets_v4.Schema$Request;

export interface CopyRequest {
  /** The copy's id, or undefined to create it. */
  spreadsheetId: string | undefined;
  title: string;
  locale: Locale;
  timeZone: string;
  tabs: readonly OutputTab[];
  /** Charts to add, given the sheet id each tab got. */
  charts?: (sheetIdOf: (tabId: string) => number | undefined) => Request[];
  /** Told a new copy's id as soon as it exists, before its tabs are written (which may fail). */
  onCreated?: (spreadsheetId: string) => void;
}

const FIELDS = `${METADATA_FIELDS.replace('protectedRanges(', 'charts(chartId),protectedRanges(')}`;

/** Writes the copy; returns its id and the number of API calls made. */
export async function writeCopy(
  client: sheets_v4.Sheets,
  copy: CopyRequest,
  retry: RetryPolicy,
): Promise<{ spreadsheetId: string; calls: number; created: boolean }> {
  const request = { retry: false, timeout: 120_000 } as const;
  let meta: sheets_v4.Schema$Spreadsheet;
  if (copy.spreadsheetId) {
    const id = copy.spreadsheetId;
    meta = (
      await withRetry(() => client.spreadsheets.get({ spreadsheetId: id, fields: FIELDS }, request), retry)
    ).data;
  } else {
    const properties = {
      title: copy.title,
      locale: copy.locale === 'zh-CN' ? 'zh_CN' : 'en_US',
      timeZone: copy.timeZone,
    };
    meta = (
      await withRetry(
        () => client.spreadsheets.create({ fields: FIELDS, requestBody: { properties } }, request),
        retry,
      )
    ).data;
  }
  const spreadsheetId = meta.spreadsheetId ?? copy.spreadsheetId;
  if (!spreadsheetId) throw new Error('The Sheets API answered without a spreadsheet id');
  if (!copy.spreadsheetId) copy.onCreated?.(spreadsheetId);
  const existing = sheetInfos(meta);
  const keep = new Set(copy.tabs.flatMap((t) => [t.title, ...t.aliases]).map(normaliseName));
  const stale: Request[] = existing
    // Hidden tabs of a staged write that stopped part-way are the write's own to delete.
    .filter((s) => !keep.has(normaliseName(s.title)) && !isStagingTab(s.title))
    .map((s) => ({ deleteSheet: { sheetId: s.sheetId } }));
  const oldCharts: Request[] = (meta.sheets ?? []).flatMap((s) =>
    (s.charts ?? []).flatMap((c) =>
      c.chartId !== undefined && c.chartId !== null
        ? [{ deleteEmbeddedObject: { objectId: c.chartId } }]
        : [],
    ),
  );
  const titleOf = new Map(copy.tabs.map((t) => [t.id, t.title]));
  // Old charts go first (their tab may be rewritten); stale tabs after the new ones exist, so one always
  // remains. A leadership copy holds every output tab: it is written as the run's own write is.
  const other = {
    first: oldCharts,
    last: (sheetIdOf: (title: string) => number | undefined) => [
      ...stale,
      ...(copy.charts?.((tabId) => sheetIdOf(titleOf.get(tabId) ?? '')) ?? []),
    ],
  };
  const writes = await writeTabs(
    batchUpdateSender(client, spreadsheetId, request, retry),
    existing,
    copy.tabs,
    other,
  );
  return { spreadsheetId, calls: 1 + writes, created: !copy.spreadsheetId };
}
