/**
 * `values.batchGet` and `values.batchUpdate` in the stand-in, in the API's wire format: rows are
 * ragged (trailing empty cells and rows left out), empty cells inside a row are `""`, days are serial
 * numbers; `""` written clears a cell, `null` leaves it as it was.
 */
import {
  ApiError,
  cellAt,
  cloneState,
  invalid,
  peekCell,
  rectA1,
  resolveA1,
  type Cell,
  type SpreadsheetState,
  type Value,
} from './spreadsheet.js';

const DATE_TYPES = new Set(['DATE', 'DATE_TIME', 'TIME']);

function isDateCell(cell: Cell | undefined): boolean {
  const type = (cell?.format?.numberFormat as { type?: string } | undefined)?.type;
  return type !== undefined && DATE_TYPES.has(type);
}

/** A serial number as `yyyy-mm-dd` (or with the time), for FORMATTED_STRING dates. */
function formattedDate(serial: number): string {
  const iso = new Date(Math.round((serial - 25_569) * 86_400_000)).toISOString();
  return serial % 1 === 0 ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}

function render(cell: Cell | undefined, valueRender: string, dateRender: string): Value | '' {
  const value = cell?.value;
  if (value === undefined) return '';
  if (valueRender === 'FORMATTED_VALUE') {
    if (typeof value === 'number' && isDateCell(cell)) return formattedDate(value);
    if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
    return String(value);
  }
  if (typeof value === 'number' && isDateCell(cell) && dateRender === 'FORMATTED_STRING')
    return formattedDate(value);
  return value;
}

export interface BatchGetQuery {
  ranges: string[];
  valueRenderOption: string;
  dateTimeRenderOption: string;
  majorDimension: string;
}

export function batchGet(state: SpreadsheetState, query: BatchGetQuery): Record<string, unknown> {
  if (query.ranges.length === 0) throw invalid('At least one range is required.');
  if (!['FORMATTED_VALUE', 'UNFORMATTED_VALUE'].includes(query.valueRenderOption)) {
    throw invalid(`valueRenderOption ${query.valueRenderOption} is not supported by the stand-in`);
  }
  if (query.majorDimension !== 'ROWS') throw invalid('Only majorDimension ROWS is supported by the stand-in');
  const valueRanges = query.ranges.map((text) => {
    const rect = resolveA1(state, text);
    const rows: (Value | '')[][] = [];
    for (let r = rect.startRow; r < rect.endRow; r++) {
      const row: (Value | '')[] = [];
      for (let c = rect.startColumn; c < rect.endColumn; c++)
        row.push(render(peekCell(rect.sheet, r, c), query.valueRenderOption, query.dateTimeRenderOption));
      while (row.length > 0 && row[row.length - 1] === '') row.pop();
      rows.push(row);
    }
    while (rows.length > 0 && rows[rows.length - 1]?.length === 0) rows.pop();
    return { range: rectA1(rect), majorDimension: 'ROWS', ...(rows.length > 0 ? { values: rows } : {}) };
  });
  return { spreadsheetId: state.spreadsheetId, valueRanges };
}

interface ValueRange {
  range?: string;
  majorDimension?: string;
  values?: unknown[][];
}

/** Writes every range of a batch, or none: returns the new state and the API's answer. */
export function batchUpdateValues(
  state: SpreadsheetState,
  body: { valueInputOption?: string; data?: ValueRange[] },
): { state: SpreadsheetState; response: Record<string, unknown> } {
  const option = body.valueInputOption;
  if (option !== 'RAW' && option !== 'USER_ENTERED') throw invalid("Invalid value at 'value_input_option'");
  const next = cloneState(state);
  const sheets = new Set<number>();
  const responses = (body.data ?? []).map((range) => {
    if ((range.majorDimension ?? 'ROWS') !== 'ROWS')
      throw invalid('Only majorDimension ROWS is supported by the stand-in');
    const rect = resolveA1(next, range.range ?? '');
    const values = range.values ?? [];
    if (values.length > rect.endRow - rect.startRow) {
      throw invalid(
        `Requested writing within range [${range.range}], but tried writing to row [${rect.startRow + values.length}]`,
      );
    }
    let cells = 0;
    let columns = 0;
    values.forEach((row, i) => {
      if (row.length > rect.endColumn - rect.startColumn)
        throw invalid(
          `Requested writing within range [${range.range}], but tried writing to column beyond it`,
        );
      columns = Math.max(columns, row.length);
      row.forEach((v, j) => {
        if (v === null || v === undefined) return;
        if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean')
          throw new ApiError(400, `Invalid values[${i}][${j}]`, 'INVALID_ARGUMENT');
        const cell = cellAt(rect.sheet, rect.startRow + i, rect.startColumn + j);
        cells += 1;
        delete cell.formula;
        if (v === '') delete cell.value;
        else if (typeof v === 'string' && option === 'USER_ENTERED' && v.startsWith('=')) {
          cell.value = v;
          cell.formula = true;
        } else cell.value = v;
      });
    });
    sheets.add(rect.sheet.sheetId);
    return {
      spreadsheetId: state.spreadsheetId,
      updatedRange: rectA1({
        ...rect,
        endRow: rect.startRow + Math.max(1, values.length),
        endColumn: rect.startColumn + Math.max(1, columns),
      }),
      updatedRows: values.length,
      updatedColumns: columns,
      updatedCells: cells,
    };
  });
  return {
    state: next,
    response: {
      spreadsheetId: state.spreadsheetId,
      totalUpdatedRows: responses.reduce((n, r) => n + r.updatedRows, 0),
      totalUpdatedColumns: Math.max(0, ...responses.map((r) => r.updatedColumns)),
      totalUpdatedCells: responses.reduce((n, r) => n + r.updatedCells, 0),
      totalUpdatedSheets: sheets.size,
      responses,
    },
  };
}
