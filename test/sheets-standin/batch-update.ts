/**
 * `spreadsheets.batchUpdate` in the stand-in: the request kinds the engine and the template loader
 * send, applied in order to a copy of the spreadsheet and kept only if every one succeeds.
 */
import {
  cellAt,
  cloneState,
  invalid,
  rectOfGrid,
  sheetById,
  trimToGrid,
  type GridRange,
  type Sheet,
  type SpreadsheetState,
  type Value,
} from './spreadsheet.js';

type Json = Record<string, unknown>;

/** Sheet ids the stand-in hands out, deterministic so tests are. */
let nextSheetId = 100_000_001;

function newSheet(state: SpreadsheetState, properties: Json): Sheet {
  const title = String(properties.title ?? `Sheet${state.sheets.length + 1}`);
  if (state.sheets.some((s) => s.title.toLowerCase() === title.toLowerCase())) {
    throw invalid(`A sheet with the name "${title}" already exists. Please enter another name.`);
  }
  const requested = properties.sheetId;
  if (
    requested !== undefined &&
    (typeof requested !== 'number' || requested < 0 || state.sheets.some((s) => s.sheetId === requested))
  ) {
    throw invalid(`Invalid sheetId: ${String(requested)}`);
  }
  const grid = (properties.gridProperties ?? {}) as Json;
  const sheet: Sheet = {
    sheetId: typeof requested === 'number' ? requested : nextSheetId++,
    title,
    rowCount: Number(grid.rowCount ?? 1000),
    columnCount: Number(grid.columnCount ?? 26),
    frozenRowCount: Number(grid.frozenRowCount ?? 0),
    frozenColumnCount: Number(grid.frozenColumnCount ?? 0),
    cells: [],
    columnWidths: new Map(),
    protectedRanges: [],
    ...(properties.hidden === true ? { hidden: true } : {}),
  };
  if (sheet.frozenRowCount >= sheet.rowCount)
    throw invalid("You can't freeze all visible rows on the sheet.");
  return sheet;
}

export { newSheet };

/** Walks a `fields` mask of dotted paths, for `updateSheetProperties`. */
function fieldList(fields: unknown): string[] {
  if (typeof fields !== 'string' || fields === '')
    throw invalid('At least one field must be specified in fields.');
  return fields.split(',').map((f) => f.trim());
}

function updateSheetProperties(state: SpreadsheetState, body: Json): void {
  const properties = (body.properties ?? {}) as Json;
  const sheet = sheetById(state, properties.sheetId as number | undefined);
  const grid = (properties.gridProperties ?? {}) as Json;
  for (const field of fieldList(body.fields)) {
    if (field === 'title') {
      const title = String(properties.title ?? '');
      if (state.sheets.some((s) => s !== sheet && s.title.toLowerCase() === title.toLowerCase())) {
        throw invalid(`A sheet with the name "${title}" already exists. Please enter another name.`);
      }
      sheet.title = title;
    } else if (field === 'gridProperties.rowCount') sheet.rowCount = Number(grid.rowCount);
    else if (field === 'gridProperties.columnCount') sheet.columnCount = Number(grid.columnCount);
    else if (field === 'gridProperties.frozenRowCount')
      sheet.frozenRowCount = Number(grid.frozenRowCount ?? 0);
    else if (field === 'gridProperties.frozenColumnCount')
      sheet.frozenColumnCount = Number(grid.frozenColumnCount ?? 0);
    else throw invalid(`Field ${field} is not supported by the stand-in`);
  }
  if (sheet.frozenRowCount >= sheet.rowCount)
    throw invalid("You can't freeze all visible rows on the sheet.");
  if (sheet.frozenColumnCount >= sheet.columnCount)
    throw invalid("You can't freeze all visible columns on the sheet.");
  trimToGrid(sheet);
}

/** The value of an `ExtendedValue`. */
function extendedValue(value: Json | undefined): { value?: Value; formula?: boolean } {
  if (!value) return {};
  if ('stringValue' in value) return { value: String(value.stringValue) };
  if ('numberValue' in value) return { value: Number(value.numberValue) };
  if ('boolValue' in value) return { value: Boolean(value.boolValue) };
  if ('formulaValue' in value) return { value: String(value.formulaValue), formula: true };
  return {};
}

/** Writes the `fields` of CellData to one cell; a field named but absent from the data clears it. */
function writeCellData(
  sheet: Sheet,
  row: number,
  column: number,
  data: Json | undefined,
  fields: string[],
): void {
  const cell = cellAt(sheet, row, column);
  for (const field of fields) {
    if (field === 'userEnteredFormat' || field === '*') {
      if (data?.userEnteredFormat && Object.keys(data.userEnteredFormat).length > 0)
        cell.format = data.userEnteredFormat as Json;
      else delete cell.format;
    }
    if (field === 'userEnteredValue' || field === '*') {
      const v = extendedValue(data?.userEnteredValue as Json | undefined);
      if (v.value === undefined) delete cell.value;
      else cell.value = v.value;
      if (v.formula) cell.formula = true;
      else delete cell.formula;
    }
    if (field === 'dataValidation' || field === '*') {
      if (data?.dataValidation) cell.validation = data.dataValidation as Json;
      else delete cell.validation;
    }
    if (!['userEnteredFormat', 'userEnteredValue', 'dataValidation', 'note', '*'].includes(field)) {
      throw invalid(`Field ${field} is not supported by the stand-in`);
    }
  }
}

function updateCells(state: SpreadsheetState, body: Json): void {
  const fields = fieldList(body.fields);
  const rows = (body.rows ?? []) as { values?: Json[] }[];
  if (body.range) {
    const rect = rectOfGrid(state, body.range as GridRange);
    for (let r = rect.startRow; r < rect.endRow; r++) {
      for (let c = rect.startColumn; c < rect.endColumn; c++) {
        writeCellData(rect.sheet, r, c, rows[r - rect.startRow]?.values?.[c - rect.startColumn], fields);
      }
    }
    return;
  }
  const start = (body.start ?? {}) as { sheetId?: number; rowIndex?: number; columnIndex?: number };
  const sheet = sheetById(state, start.sheetId);
  rows.forEach((row, i) =>
    (row.values ?? []).forEach((data, j) => {
      const r = (start.rowIndex ?? 0) + i;
      const c = (start.columnIndex ?? 0) + j;
      if (r >= sheet.rowCount || c >= sheet.columnCount)
        throw invalid(`Range exceeds grid limits of ${sheet.title}`);
      writeCellData(sheet, r, c, data, fields);
    }),
  );
}

/** The sub-fields of CellFormat a `userEnteredFormat…` field names, or undefined for all of it. */
function formatSubFields(field: string): string[] | undefined {
  const dotted = /^userEnteredFormat\.(.+)$/.exec(field);
  if (dotted) return [dotted[1] as string];
  const grouped = /^userEnteredFormat\((.+)\)$/.exec(field);
  return grouped ? (grouped[1] as string).split(',').map((f) => f.trim()) : undefined;
}

function repeatCell(state: SpreadsheetState, body: Json): void {
  const rect = rectOfGrid(state, (body.range ?? {}) as GridRange);
  const format = ((body.cell ?? {}) as Json).userEnteredFormat as Json | undefined;
  // One field at a time, split on commas outside parentheses.
  const fields = String(body.fields ?? '').match(/[^,(]+(\([^)]*\))?/g) ?? [];
  if (fields.length === 0) throw invalid('At least one field must be specified in fields.');
  for (let r = rect.startRow; r < rect.endRow; r++) {
    for (let c = rect.startColumn; c < rect.endColumn; c++) {
      for (const field of fields.map((f) => f.trim())) {
        const subs = formatSubFields(field);
        if (!subs) {
          writeCellData(rect.sheet, r, c, body.cell as Json, [field]);
          continue;
        }
        const cell = cellAt(rect.sheet, r, c);
        const merged: Json = { ...(cell.format ?? {}) };
        for (const sub of subs) {
          if (format?.[sub] !== undefined) merged[sub] = format[sub];
          else delete merged[sub];
        }
        if (Object.keys(merged).length > 0) cell.format = merged;
        else delete cell.format;
      }
    }
  }
}

/**
 * `copyPaste` with `PASTE_NORMAL`: the source's cells (values, formats, validation), blanks included,
 * over as many cells from the destination's top-left, as a paste in Google Sheets replaces what was
 * there. A destination smaller than the source still takes all of it; one larger is not filled by
 * repeating it (the engine never asks for that).
 */
function copyPaste(state: SpreadsheetState, body: Json): void {
  if (body.pasteType !== undefined && body.pasteType !== 'PASTE_NORMAL')
    throw invalid(`pasteType ${String(body.pasteType)} is not supported by the stand-in`);
  if (body.pasteOrientation !== undefined && body.pasteOrientation !== 'NORMAL')
    throw invalid(`pasteOrientation ${String(body.pasteOrientation)} is not supported by the stand-in`);
  const from = rectOfGrid(state, (body.source ?? {}) as GridRange);
  const to = rectOfGrid(state, (body.destination ?? {}) as GridRange);
  const rows = from.endRow - from.startRow;
  const columns = from.endColumn - from.startColumn;
  if (to.endRow - to.startRow > rows || to.endColumn - to.startColumn > columns)
    throw invalid('A destination larger than its source is not supported by the stand-in');
  if (to.startRow + rows > to.sheet.rowCount || to.startColumn + columns > to.sheet.columnCount)
    throw invalid(`Range exceeds grid limits of ${to.sheet.title}`);
  // Read whole before writing: the two ranges may be on the same sheet.
  const copied = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => {
      const cell = from.sheet.cells[from.startRow + r]?.[from.startColumn + c];
      return cell ? { ...cell } : undefined;
    }),
  );
  for (let r = 0; r < rows; r++) {
    const row = (to.sheet.cells[to.startRow + r] ??= []);
    for (let c = 0; c < columns; c++) row[to.startColumn + c] = copied[r]![c];
  }
}

let nextProtectedRangeId = 500_000_001;
let nextChartId = 700_000_001;

const CHART_TYPES = new Set(['BAR', 'COLUMN', 'LINE', 'AREA', 'SCATTER', 'COMBO', 'STEPPED_AREA']);

/** The source ranges of a chart's domain or series, each checked against its sheet's grid. */
function chartSources(state: SpreadsheetState, data: unknown, where: string): void {
  const sources = (((data ?? {}) as Json).sourceRange as Json | undefined)?.sources;
  if (!Array.isArray(sources) || sources.length === 0)
    throw invalid(`${where}: sourceRange.sources is required`);
  for (const source of sources as GridRange[]) {
    const rect = rectOfGrid(state, source);
    if (rect.endRow - rect.startRow !== 1 && rect.endColumn - rect.startColumn !== 1)
      throw invalid(`${where}: a source must be one row or one column`);
  }
}

/** `addChart`: a basic or pie chart over ranges of the spreadsheet, anchored on a sheet. */
function addChart(state: SpreadsheetState, chart: Json): Json {
  const spec = (chart.spec ?? {}) as Json;
  const basic = spec.basicChart as Json | undefined;
  const pie = spec.pieChart as Json | undefined;
  if ((basic ? 1 : 0) + (pie ? 1 : 0) !== 1)
    throw invalid('spec must have exactly one of basicChart or pieChart (the stand-in draws those)');
  if (basic) {
    if (!CHART_TYPES.has(String(basic.chartType)))
      throw invalid(`Invalid value at 'chart.spec.basic_chart.chart_type' (${String(basic.chartType)})`);
    const domains = (basic.domains ?? []) as Json[];
    const series = (basic.series ?? []) as Json[];
    if (domains.length === 0 || series.length === 0)
      throw invalid('A basic chart needs a domain and at least one series');
    domains.forEach((d, i) => chartSources(state, d.domain, `domains[${i}]`));
    series.forEach((d, i) => chartSources(state, d.series, `series[${i}]`));
  } else if (pie) {
    chartSources(state, pie.domain, 'pieChart.domain');
    chartSources(state, pie.series, 'pieChart.series');
  }
  const anchor = ((chart.position ?? {}) as { overlayPosition?: { anchorCell?: { sheetId?: number } } })
    .overlayPosition?.anchorCell;
  if (!anchor)
    throw invalid('position.overlayPosition.anchorCell is required (the stand-in anchors charts on a sheet)');
  const sheet = sheetById(state, anchor.sheetId);
  const requested = chart.chartId;
  const taken = state.sheets.some((s) => s.charts?.some((c) => c.chartId === requested));
  if (requested !== undefined && (typeof requested !== 'number' || taken))
    throw invalid(`Invalid chartId: ${String(requested)}`);
  const embedded = {
    chartId: typeof requested === 'number' ? requested : nextChartId++,
    spec: structuredClone(spec),
    position: structuredClone(chart.position as Json),
  };
  (sheet.charts ??= []).push(embedded);
  return structuredClone(embedded);
}

/** Every sheet id a batch names (a request without one means the first sheet, id 0); undefined: copy all. */
function namedSheets(requests: readonly Json[]): Set<number> | undefined {
  // Charts are deleted by their own id, whatever sheet holds them.
  if (requests.some((r) => 'deleteEmbeddedObject' in r)) return undefined;
  const ids = new Set<number>([0]);
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'sheetId' && typeof x === 'number') ids.add(x);
        else if (k !== 'rows') walk(x);
      }
    }
  };
  walk(requests);
  return ids;
}

/** Applies a batch; returns the new state and one reply per request, or throws leaving `state` untouched. */
export function applyBatchUpdate(
  state: SpreadsheetState,
  requests: Json[],
): { state: SpreadsheetState; replies: Json[] } {
  const next = cloneState(state, namedSheets(requests));
  const replies = requests.map((request, i): Json => {
    const kinds = Object.keys(request);
    const kind = kinds[0];
    if (kinds.length !== 1 || kind === undefined)
      throw invalid(`Invalid requests[${i}]: exactly one kind of request is needed`);
    const body = request[kind] as Json;
    try {
      switch (kind) {
        case 'addSheet': {
          const sheet = newSheet(next, (body.properties ?? {}) as Json);
          next.sheets.push(sheet);
          return {
            addSheet: {
              properties: {
                sheetId: sheet.sheetId,
                title: sheet.title,
                index: next.sheets.length - 1,
                sheetType: 'GRID',
                gridProperties: { rowCount: sheet.rowCount, columnCount: sheet.columnCount },
              },
            },
          };
        }
        case 'deleteSheet': {
          const sheet = sheetById(next, body.sheetId as number);
          if (next.sheets.length === 1) throw invalid("You can't remove all the sheets in a document.");
          next.sheets = next.sheets.filter((s) => s !== sheet);
          return {};
        }
        case 'updateSheetProperties':
          updateSheetProperties(next, body);
          return {};
        case 'updateCells':
          updateCells(next, body);
          return {};
        case 'repeatCell':
          repeatCell(next, body);
          return {};
        case 'copyPaste':
          copyPaste(next, body);
          return {};
        case 'setDataValidation': {
          const rect = rectOfGrid(next, (body.range ?? {}) as GridRange);
          for (let r = rect.startRow; r < rect.endRow; r++) {
            for (let c = rect.startColumn; c < rect.endColumn; c++)
              writeCellData(rect.sheet, r, c, { dataValidation: body.rule }, ['dataValidation']);
          }
          return {};
        }
        case 'updateDimensionProperties': {
          const range = (body.range ?? {}) as {
            sheetId?: number;
            dimension?: string;
            startIndex?: number;
            endIndex?: number;
          };
          const sheet = sheetById(next, range.sheetId);
          const size = ((body.properties ?? {}) as Json).pixelSize;
          if (range.dimension === 'COLUMNS' && typeof size === 'number') {
            for (let c = range.startIndex ?? 0; c < (range.endIndex ?? sheet.columnCount); c++)
              sheet.columnWidths.set(c, size);
          }
          return {};
        }
        case 'addProtectedRange': {
          const p = (body.protectedRange ?? {}) as Json;
          const range = (p.range ?? {}) as GridRange;
          const sheet = sheetById(next, range.sheetId);
          const protectedRange = {
            protectedRangeId: nextProtectedRangeId++,
            range: { ...range, sheetId: sheet.sheetId },
            ...(p.description !== undefined ? { description: String(p.description) } : {}),
            ...(p.warningOnly ? { warningOnly: true } : {}),
            requestingUserCanEdit: true,
          };
          sheet.protectedRanges.push(protectedRange);
          return { addProtectedRange: { protectedRange } };
        }
        case 'deleteProtectedRange': {
          const id = body.protectedRangeId;
          const sheet = next.sheets.find((s) => s.protectedRanges.some((p) => p.protectedRangeId === id));
          if (!sheet) throw invalid(`No protected range with id: ${String(id)}`);
          sheet.protectedRanges = sheet.protectedRanges.filter((p) => p.protectedRangeId !== id);
          return {};
        }
        case 'addChart':
          return { addChart: { chart: addChart(next, (body.chart ?? {}) as Json) } };
        case 'deleteEmbeddedObject': {
          const id = body.objectId;
          const sheet = next.sheets.find((s) => s.charts?.some((c) => c.chartId === id));
          if (!sheet) throw invalid(`No embedded object with id: ${String(id)}`);
          sheet.charts = (sheet.charts ?? []).filter((c) => c.chartId !== id);
          return {};
        }
        default:
          throw invalid(`${kind} is not supported by the stand-in`);
      }
    } catch (error) {
      if (error instanceof Error) error.message = `Invalid requests[${i}].${kind}: ${error.message}`;
      throw error;
    }
  });
  return { state: next, replies };
}
