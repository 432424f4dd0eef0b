/** Opens the workbook at a path: an .xlsx file or a folder of CSV files. */
import { stat } from 'node:fs/promises';
import { CsvFolderWorkbook } from './csv-workbook.js';
import type { WorkbookPort } from './port.js';
import { XlsxWorkbook } from './xlsx-workbook.js';

export class WorkbookPathError extends Error {
  override name = 'WorkbookPathError';
}

export async function openWorkbook(location: string): Promise<WorkbookPort> {
  const info = await stat(location).catch(() => undefined);
  if (!info)
    throw new WorkbookPathError(`No workbook at ${location}: give an .xlsx file or a folder of CSV files.`);
  if (info.isDirectory()) return new CsvFolderWorkbook(location);
  if (location.toLowerCase().endsWith('.xlsx')) return new XlsxWorkbook(location);
  throw new WorkbookPathError(`${location} is neither an .xlsx file nor a folder of CSV files.`);
}
