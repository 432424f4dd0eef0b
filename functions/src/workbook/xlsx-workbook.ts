/**
 * The workbook port over an .xlsx file (ExcelJS). Output tabs are replaced whole and the file is
 * written to a temporary name and renamed into place, so a crash never leaves half a workbook.
 */
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { OutputFormat } from '../../../sheets-templates/define.js';
import { Dec } from '../domain/money.js';
import { normaliseName } from './names.js';
import { displayWidth } from './text-width.js';
import type { OutputCell, OutputTab, RawCell, RawTab, WorkbookPort } from './port.js';

/** Number formats of output cells. */
export const NUMBER_FORMATS: Readonly<Record<OutputFormat, string | undefined>> = {
  text: '@',
  integer: '#,##0',
  number: 'General',
  score: '0.00',
  money: '#,##0.00',
  percent: '0.0%',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
};

/** Characters of column width that fit a landscape A4 page. */
const PAGE_WIDTH = 190;
/** Points per line of 11-point text. */
const LINE_HEIGHT = 15;

/** The body font of new cells, so styled cells do not fall back to another face. */
const FONT = { name: 'Calibri', size: 11 } as const;

/** A cell's value as the engine reads it: formulas by their result, rich text as its text. */
function rawOf(cell: ExcelJS.Cell): RawCell {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') {
    // A number shown as a percent is unambiguous: 1.2 formatted as 120% means 120%.
    return cell.numFmt?.includes('%') ? `${new Dec(Number(v.toPrecision(15))).mul(100).toFixed()}%` : v;
  }
  if (typeof v === 'string' || typeof v === 'boolean' || v instanceof Date) return v;
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('formula' in v || 'sharedFormula' in v) {
    const result = (v as { result?: unknown }).result;
    if (result === undefined || result === null || (typeof result === 'object' && !(result instanceof Date)))
      return null;
    return result as RawCell;
  }
  if ('text' in v) return String((v as { text: unknown }).text);
  if ('error' in v) return String((v as { error: unknown }).error);
  return null;
}

function writeCell(target: ExcelJS.Cell, cell: OutputCell): void {
  const { value, format } = cell;
  if ((format === 'date' || format === 'datetime') && typeof value === 'string' && value !== '') {
    target.value = new Date(`${value.replace(' ', 'T')}${value.length <= 10 ? 'T00:00:00' : ''}Z`);
  } else {
    target.value = value;
  }
  if (format && typeof value === 'number') target.numFmt = NUMBER_FORMATS[format] ?? 'General';
  if (format && (format === 'date' || format === 'datetime'))
    target.numFmt = NUMBER_FORMATS[format] ?? 'General';
  if (cell.style === 'title') target.font = { ...FONT, bold: true, size: 13 };
  if (cell.style === 'note') target.font = { ...FONT, italic: true, color: { argb: 'FF555555' } };
  if (cell.style === 'header') {
    target.font = { ...FONT, bold: true };
    target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    target.border = { bottom: { style: 'thin', color: { argb: 'FF8FA3BF' } } };
    target.alignment = { vertical: 'middle', wrapText: true };
  }
  if (cell.style === 'total') target.font = { ...FONT, bold: true };
  if (cell.style === 'wrap') target.alignment = { wrapText: true, vertical: 'top' };
}

/** Adds one output tab to a workbook. */
export function addOutputSheet(workbook: ExcelJS.Workbook, tab: OutputTab): void {
  const frozenColumns = tab.frozenColumns ?? 0;
  const sheet = workbook.addWorksheet(tab.title, {
    views:
      tab.frozenRows > 0 || frozenColumns > 0
        ? [{ state: 'frozen', ySplit: tab.frozenRows, xSplit: frozenColumns }]
        : [],
  });
  sheet.columns = tab.widths.map((width) => ({ width }));
  // Printed or exported to PDF: a narrow tab fits the page width; a wide one runs over several pages
  // at full size, repeating its header row and its first columns on each.
  const wide = tab.widths.reduce((s, w) => s + w, 0) > PAGE_WIDTH;
  sheet.pageSetup = wide
    ? { orientation: 'landscape', paperSize: 9, fitToPage: false, scale: 70 }
    : { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  if (tab.frozenRows > 0) sheet.pageSetup.printTitlesRow = `1:${tab.frozenRows}`;
  if (frozenColumns > 0) sheet.pageSetup.printTitlesColumn = `A:${sheet.getColumn(frozenColumns).letter}`;
  tab.rows.forEach((cells, r) => {
    const row = sheet.getRow(r + 1);
    cells.forEach((cell, c) => writeCell(row.getCell(c + 1), cell));
    // Wrapped text needs its row tall enough: spreadsheets do not grow rows of a file they open.
    const lines = Math.max(
      1,
      ...cells.map((cell, c) =>
        cell.style === 'wrap' && typeof cell.value === 'string'
          ? Math.ceil(displayWidth(cell.value) / Math.max(1, (tab.widths[c] ?? 10) - 2))
          : 1,
      ),
    );
    if (lines > 1) {
      row.height = lines * LINE_HEIGHT;
      // The row's other cells sit at the top too, beside the first line of the wrapped text.
      cells.forEach((cell, c) => {
        if (cell.style !== 'wrap')
          row.getCell(c + 1).alignment = { ...row.getCell(c + 1).alignment, vertical: 'top' };
      });
    }
  });
}

/** Writes a workbook to a temporary file beside `file` and renames it into place. */
export async function writeAtomically(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.tmp-${process.pid}`);
  try {
    await workbook.xlsx.writeFile(temporary);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

export class XlsxWorkbook implements WorkbookPort {
  constructor(readonly location: string) {}

  async read(): Promise<RawTab[]> {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(this.location);
    return book.worksheets.map((sheet) => {
      const rows: RawCell[][] = [];
      sheet.eachRow({ includeEmpty: true }, (row, r) => {
        const cells: RawCell[] = [];
        row.eachCell({ includeEmpty: false }, (cell, c) => {
          cells[c - 1] = rawOf(cell);
        });
        rows[r - 1] = Array.from(cells, (c) => c ?? null);
      });
      return { title: sheet.name, rows: Array.from(rows, (r) => r ?? []) };
    });
  }

  async writeOutputs(tabs: readonly OutputTab[]): Promise<void> {
    // Written from a fresh read, so nothing but the outputs changes, even if the file was read long ago.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(this.location);
    const replaced = new Set(tabs.flatMap((t) => t.aliases.map(normaliseName)));
    for (const sheet of [...book.worksheets]) {
      if (replaced.has(normaliseName(sheet.name))) book.removeWorksheet(sheet.id);
    }
    for (const tab of tabs) addOutputSheet(book, tab);
    await writeAtomically(book, this.location);
  }
}
