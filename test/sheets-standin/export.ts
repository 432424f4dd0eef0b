/**
 * "Download as .xlsx" for a stand-in spreadsheet: every tab with its values, date-formatted serial
 * numbers as dates and number formats kept, as Google Sheets exports a spreadsheet.
 */
import ExcelJS from 'exceljs';
import type { SpreadsheetState } from './spreadsheet.js';

const DATE_TYPES = new Set(['DATE', 'DATE_TIME']);

export async function exportXlsx(state: SpreadsheetState, file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  for (const sheet of state.sheets) {
    const ws = book.addWorksheet(sheet.title);
    sheet.cells.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (cell?.value === undefined) return;
        const target = ws.getCell(r + 1, c + 1);
        const format = cell.format?.numberFormat as { type?: string; pattern?: string } | undefined;
        if (typeof cell.value === 'number' && format?.type && DATE_TYPES.has(format.type)) {
          target.value = new Date(Math.round((cell.value - 25_569) * 86_400_000));
        } else {
          target.value = cell.value;
        }
        if (format?.pattern) target.numFmt = format.pattern;
      }),
    );
  }
  await book.xlsx.writeFile(file);
}
