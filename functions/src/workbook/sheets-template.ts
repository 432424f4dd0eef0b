/**
 * A new Google spreadsheet from the template workbook: the same tabs, headers, formats, lists and
 * rows as `salesperf init` writes to .xlsx, in three calls (create; formats, lists and widths;
 * values with `valueInputOption: RAW`). Days are written as serial numbers under a date format, as a
 * day typed into Sheets is.
 */
import type { sheets_v4 } from '@googleapis/sheets';
import type ExcelJS from 'exceljs';
import { a1Range, widestRow } from './a1.js';
import { DEFAULT_RETRY, withRetry, type RetryPolicy } from './retry.js';
import { pixelWidth } from './sheets-cells.js';

type Request = sheets_v4.Schema$Request;
type Value = string | number | boolean;

/** One tab of the template as Sheets will hold it. */
export interface TemplateSheet {
  title: string;
  rows: Value[][];
  /** Number formats by cell, `row:column` → pattern. */
  formats: Map<string, string>;
  /** List validations by column: the allowed values and the last row (exclusive) they cover. */
  lists: Map<number, { values: string[]; endRow: number }>;
  notes: Map<number, string>;
  widths: number[];
  frozenRows: number;
}

const DAY_MS = 86_400_000;

function valueOf(cell: ExcelJS.Cell): Value | undefined {
  const v = cell.value;
  if (v === null || v === undefined) return undefined;
  // ExcelJS holds a day as the instant of its wall-clock time read as UTC: the serial is exact.
  if (v instanceof Date) return v.getTime() / DAY_MS + 25_569;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

/** The tabs of a template workbook, ready for the Sheets API. */
export function templateSheets(book: ExcelJS.Workbook): TemplateSheet[] {
  return book.worksheets.map((sheet) => {
    const rows: Value[][] = [];
    const formats = new Map<string, string>();
    const lists = new Map<number, { values: string[]; endRow: number }>();
    const notes = new Map<number, string>();
    sheet.eachRow({ includeEmpty: true }, (row, r) => {
      const values: Value[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const v = valueOf(cell);
        if (v !== undefined) values[c - 1] = v;
        if (v !== undefined && cell.numFmt && cell.numFmt !== 'General')
          formats.set(`${r - 1}:${c - 1}`, cell.numFmt);
        const validation = cell.dataValidation;
        if (validation?.type === 'list' && validation.formulae?.[0]) {
          const allowed = String(validation.formulae[0]).replace(/^"|"$/g, '').split(',');
          const current = lists.get(c - 1);
          lists.set(c - 1, { values: allowed, endRow: Math.max(current?.endRow ?? 0, r) });
        }
        if (r === 1 && cell.note)
          notes.set(
            c - 1,
            typeof cell.note === 'string' ? cell.note : (cell.note.texts ?? []).map((t) => t.text).join(''),
          );
      });
      rows[r - 1] = Array.from(values, (v) => v ?? '');
    });
    const view = sheet.views[0] as { state?: string; ySplit?: number } | undefined;
    return {
      title: sheet.name,
      rows: Array.from(rows, (r) => r ?? []),
      formats,
      lists,
      notes,
      widths: sheet.columns?.map((c) => c.width ?? 12) ?? [],
      frozenRows: view?.state === 'frozen' ? (view.ySplit ?? 0) : 0,
    };
  });
}

/** The grid a template tab needs: its rows and lists, and room for a manager to add rows. */
function gridOf(sheet: TemplateSheet): { rows: number; columns: number } {
  const listRows = Math.max(0, ...[...sheet.lists.values()].map((l) => l.endRow));
  return {
    rows: Math.max(1000, sheet.rows.length + 200, listRows),
    columns: Math.max(1, sheet.widths.length, widestRow(sheet.rows)),
  };
}

function numberFormat(pattern: string): sheets_v4.Schema$NumberFormat {
  if (pattern.includes('%')) return { type: 'PERCENT', pattern };
  if (/h/.test(pattern) && /y/.test(pattern)) return { type: 'DATE_TIME', pattern };
  if (/y/.test(pattern)) return { type: 'DATE', pattern };
  return { type: 'NUMBER', pattern };
}

/** Cells of one column with one number format, in consecutive rows, as one range. */
export function formatRuns(
  formats: ReadonlyMap<string, string>,
): { column: number; startRow: number; endRow: number; pattern: string }[] {
  const cells = [...formats].map(([key, pattern]) => {
    const [row, column] = key.split(':').map(Number) as [number, number];
    return { row, column, pattern };
  });
  cells.sort((a, b) => a.column - b.column || a.row - b.row);
  const runs: { column: number; startRow: number; endRow: number; pattern: string }[] = [];
  for (const c of cells) {
    const last = runs[runs.length - 1];
    if (last && last.column === c.column && last.pattern === c.pattern && last.endRow === c.row)
      last.endRow = c.row + 1;
    else runs.push({ column: c.column, startRow: c.row, endRow: c.row + 1, pattern: c.pattern });
  }
  return runs;
}

/** Formats, lists, notes and widths of the template tabs, once they have sheet ids. */
export function templateFormatRequests(
  sheets: readonly TemplateSheet[],
  sheetIds: readonly number[],
): Request[] {
  const requests: Request[] = [];
  sheets.forEach((sheet, i) => {
    const sheetId = sheetIds[i] ?? 0;
    const header = sheet.rows[0] ?? [];
    if (header.length > 0) {
      requests.push({
        repeatCell: {
          range: {
            sheetId,
            startRowIndex: 0,
            endRowIndex: 1,
            startColumnIndex: 0,
            endColumnIndex: header.length,
          },
          cell: {
            userEnteredFormat: {
              textFormat: { bold: true },
              backgroundColor: { red: 0.86, green: 0.9, blue: 0.96 },
            },
          },
          fields: 'userEnteredFormat(textFormat,backgroundColor)',
        },
      });
    }
    for (const run of formatRuns(sheet.formats)) {
      requests.push({
        repeatCell: {
          range: {
            sheetId,
            startRowIndex: run.startRow,
            endRowIndex: run.endRow,
            startColumnIndex: run.column,
            endColumnIndex: run.column + 1,
          },
          cell: { userEnteredFormat: { numberFormat: numberFormat(run.pattern) } },
          fields: 'userEnteredFormat.numberFormat',
        },
      });
    }
    for (const [c, list] of sheet.lists) {
      requests.push({
        setDataValidation: {
          range: {
            sheetId,
            startRowIndex: 1,
            endRowIndex: list.endRow,
            startColumnIndex: c,
            endColumnIndex: c + 1,
          },
          rule: {
            condition: { type: 'ONE_OF_LIST', values: list.values.map((v) => ({ userEnteredValue: v })) },
            showCustomUi: true,
            strict: false,
          },
        },
      });
    }
    for (const [c, note] of sheet.notes) {
      requests.push({
        updateCells: {
          start: { sheetId, rowIndex: 0, columnIndex: c },
          rows: [{ values: [{ note }] }],
          fields: 'note',
        },
      });
    }
    sheet.widths.forEach((w, c) =>
      requests.push({
        updateDimensionProperties: {
          range: { sheetId, dimension: 'COLUMNS', startIndex: c, endIndex: c + 1 },
          properties: { pixelSize: pixelWidth(w) },
          fields: 'pixelSize',
        },
      }),
    );
  });
  return requests;
}

export interface CreatedSpreadsheet {
  spreadsheetId: string;
  url: string;
}

/** Creates a spreadsheet holding the template workbook's tabs. */
export async function createSpreadsheetFromTemplate(
  client: sheets_v4.Sheets,
  book: ExcelJS.Workbook,
  options: { title: string; locale: 'zh-CN' | 'en'; timeZone: string; retry?: RetryPolicy },
): Promise<CreatedSpreadsheet> {
  const retry = options.retry ?? DEFAULT_RETRY;
  const sheets = templateSheets(book);
  const created = await client.spreadsheets.create(
    {
      requestBody: {
        properties: {
          title: options.title,
          locale: options.locale === 'zh-CN' ? 'zh_CN' : 'en_US',
          timeZone: options.timeZone,
        },
        sheets: sheets.map((s) => {
          const grid = gridOf(s);
          return {
            properties: {
              title: s.title,
              gridProperties: {
                rowCount: grid.rows,
                columnCount: grid.columns,
                frozenRowCount: s.frozenRows,
              },
            },
          };
        }),
      },
    },
    // Not retried: a repeated create would make a second spreadsheet.
    { retry: false },
  );
  const spreadsheetId = created.data.spreadsheetId;
  if (!spreadsheetId) throw new Error('The Sheets API created no spreadsheet');
  const ids = (created.data.sheets ?? []).map((s) => s.properties?.sheetId ?? 0);
  await withRetry(
    () =>
      client.spreadsheets.batchUpdate(
        { spreadsheetId, requestBody: { requests: templateFormatRequests(sheets, ids) } },
        { retry: false },
      ),
    retry,
  );
  const data = sheets
    .filter((s) => s.rows.length > 0)
    .map((s) => {
      const columns = Math.max(1, widestRow(s.rows));
      return { range: a1Range(s.title, s.rows.length, columns), majorDimension: 'ROWS', values: s.rows };
    });
  await withRetry(
    () =>
      client.spreadsheets.values.batchUpdate(
        { spreadsheetId, requestBody: { valueInputOption: 'RAW', data } },
        { retry: false },
      ),
    retry,
  );
  return {
    spreadsheetId,
    url: created.data.spreadsheetUrl ?? `https://docs.google.com/spreadsheets/d/${spreadsheetId}/edit`,
  };
}
