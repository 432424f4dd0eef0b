/**
 * What the Sheets adapter learns of a spreadsheet from its first call (`spreadsheets.get` with a fields
 * mask): each tab's id, title, grid and whether the engine's protection covers it.
 */
import type { sheets_v4 } from '@googleapis/sheets';

/** What the first call asks for: enough to plan the reads and the writes, and no cell data. */
export const METADATA_FIELDS =
  'spreadsheetId,properties(title,locale,timeZone),' +
  'sheets(properties(sheetId,title,index,gridProperties(rowCount,columnCount,frozenRowCount)),' +
  'protectedRanges(protectedRangeId,description,range))';

/** The description that marks the protections this engine owns. */
export const PROTECTION_DESCRIPTION =
  'salesperf: written by the engine on every run; edit the input tabs instead';

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
