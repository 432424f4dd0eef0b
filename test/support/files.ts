/** Temporary folders and raw .xlsx workbooks for tests, written and read with ExcelJS like a user's file. */
import { chmod, cp, mkdtemp, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';

export async function tempDir(prefix = 'salesperf-'): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), prefix));
}

/** A copy of a fixture folder in a temporary folder, so a run may write beside it. */
export async function copyOf(folder: string): Promise<string> {
  const dir = path.join(await tempDir(), path.basename(folder));
  await cp(folder, dir, { recursive: true });
  // A copy is the user's own: writable, whatever the mode of the original.
  await chmod(dir, 0o755);
  for (const name of await readdir(dir)) await chmod(path.join(dir, name), 0o644);
  return dir;
}

export type Cell = string | number | boolean | Date | null;

/** Writes a workbook whose tabs hold exactly the given cells (row 1 the header). */
export async function writeXlsx(
  file: string,
  tabs: Readonly<Record<string, readonly (readonly Cell[])[]>>,
): Promise<void> {
  const book = new ExcelJS.Workbook();
  for (const [title, rows] of Object.entries(tabs)) {
    const sheet = book.addWorksheet(title);
    rows.forEach((cells, r) =>
      cells.forEach((value, c) => {
        if (value !== null) sheet.getCell(r + 1, c + 1).value = value;
      }),
    );
  }
  await book.xlsx.writeFile(file);
}

/** Every tab's displayed values, by tab title. */
export async function readXlsx(file: string): Promise<Map<string, unknown[][]>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const tabs = new Map<string, unknown[][]>();
  for (const sheet of book.worksheets) {
    const rows: unknown[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, r) => {
      const values: unknown[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        values[c - 1] = cell.value;
      });
      rows[r - 1] = values;
    });
    tabs.set(sheet.name, rows);
  }
  return tabs;
}

/** The worksheet of a workbook file, for checks of formats and frozen panes. */
export async function openSheet(file: string, title: string): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.getWorksheet(title);
  if (!sheet) throw new Error(`No tab ${title} in ${file}`);
  return sheet;
}
