/**
 * A1 notation as the Sheets API reads and writes it: `'Tab name'!A1:C10`. Shared by the Sheets
 * adapter and the Sheets API stand-in used in tests, so both speak the same ranges.
 */

/** A rectangle of a tab, 0-based and end-exclusive like the API's GridRange; open ends are undefined. */
export interface A1Range {
  sheet?: string;
  startRow?: number;
  endRow?: number;
  startColumn?: number;
  endColumn?: number;
}

export class A1Error extends Error {
  override name = 'A1Error';
}

/**
 * The letters of a 0-based column index.
 * @example columnLetters(0) //=> 'A'; columnLetters(26) //=> 'AA'
 */
export function columnLetters(index: number): string {
  if (!Number.isInteger(index) || index < 0) throw new A1Error(`Not a column index: ${index}`);
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * The 0-based column index of letters.
 * @example columnIndex('AA') //=> 26
 */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) throw new A1Error(`Not a column: ${letters}`);
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * A tab title as it stands before `!`: always quoted, quotes doubled, so titles with spaces,
 * Chinese characters or `!` are unambiguous.
 * @example quoteSheet("Rep's tab") //=> "'Rep''s tab'"
 */
export function quoteSheet(title: string): string {
  return `'${title.replace(/'/g, "''")}'`;
}

/**
 * The A1 range of a rectangle starting at A1 of a tab.
 * @example a1Range('Scorecard', 3, 2) //=> "'Scorecard'!A1:B3"
 */
export function a1Range(title: string, rows: number, columns: number): string {
  if (rows < 1 || columns < 1) throw new A1Error(`Empty range on ${title}`);
  return `${quoteSheet(title)}!A1:${columnLetters(columns - 1)}${rows}`;
}

const CELL = /^([A-Za-z]{0,3})(\d*)$/;

function parseCell(text: string): { column?: number; row?: number } {
  const m = CELL.exec(text);
  if (!m || (m[1] === '' && m[2] === '')) throw new A1Error(`Not a cell: ${text}`);
  return {
    ...(m[1] ? { column: columnIndex(m[1]) } : {}),
    ...(m[2] ? { row: Number(m[2]) - 1 } : {}),
  };
}

/** Splits `'Tab'!A1:B2` into the unquoted tab title and the cells part. */
function splitSheet(range: string): { sheet?: string; cells: string } {
  if (range.startsWith("'")) {
    let i = 1;
    let title = '';
    for (;;) {
      if (i >= range.length) throw new A1Error(`Unclosed quote in ${range}`);
      const ch = range[i];
      if (ch === "'") {
        if (range[i + 1] === "'") {
          title += "'";
          i += 2;
          continue;
        }
        break;
      }
      title += ch;
      i += 1;
    }
    const rest = range.slice(i + 1);
    if (rest === '') return { sheet: title, cells: '' };
    if (!rest.startsWith('!')) throw new A1Error(`Expected ! after the tab in ${range}`);
    return { sheet: title, cells: rest.slice(1) };
  }
  const bang = range.lastIndexOf('!');
  if (bang >= 0) return { sheet: range.slice(0, bang), cells: range.slice(bang + 1) };
  // Without `!`, text that is not a cell reference names a whole tab.
  return /^[A-Za-z]{0,3}\d*(:[A-Za-z]{0,3}\d*)?$/.test(range) && range !== ''
    ? { cells: range }
    : { sheet: range, cells: '' };
}

/**
 * Parses an A1 range: `Tab`, `'Tab'!A1`, `Tab!A1:C`, `A:C`, `2:5`.
 * @example parseA1("'Data Issues'!A2:C") //=> { sheet: 'Data Issues', startRow: 1, startColumn: 0, endColumn: 3 }
 */
export function parseA1(range: string): A1Range {
  const { sheet, cells } = splitSheet(range.trim());
  const out: A1Range = sheet === undefined ? {} : { sheet };
  if (cells === '') return out;
  const [first, second, extra] = cells.split(':');
  if (extra !== undefined || first === undefined) throw new A1Error(`Not a range: ${range}`);
  const start = parseCell(first);
  const end = second === undefined ? start : parseCell(second);
  if (start.row !== undefined) out.startRow = start.row;
  if (start.column !== undefined) out.startColumn = start.column;
  if (end.row !== undefined) out.endRow = end.row + 1;
  if (end.column !== undefined) out.endColumn = end.column + 1;
  if (out.startRow !== undefined && out.endRow !== undefined && out.endRow <= out.startRow)
    throw new A1Error(`Rows out of order: ${range}`);
  if (out.startColumn !== undefined && out.endColumn !== undefined && out.endColumn <= out.startColumn) {
    throw new A1Error(`Columns out of order: ${range}`);
  }
  return out;
}

/** The A1 text of a range, the tab quoted. */
export function formatA1(range: A1Range): string {
  const sheet = range.sheet === undefined ? '' : quoteSheet(range.sheet);
  const hasCells =
    range.startRow !== undefined ||
    range.startColumn !== undefined ||
    range.endRow !== undefined ||
    range.endColumn !== undefined;
  if (!hasCells) return sheet;
  const cell = (column: number | undefined, row: number | undefined) =>
    `${column === undefined ? '' : columnLetters(column)}${row === undefined ? '' : row + 1}`;
  const start = cell(range.startColumn, range.startRow);
  const end = cell(
    range.endColumn === undefined ? undefined : range.endColumn - 1,
    range.endRow === undefined ? undefined : range.endRow - 1,
  );
  const cells = start === end ? start : `${start}:${end}`;
  return sheet ? `${sheet}!${cells}` : cells;
}

/**
 * The number of cells in the longest row: a loop, as spreading a large tab's rows into `Math.max`
 * overflows the call stack (a few hundred thousand rows).
 * @example widestRow([[1], [1, 2, 3], []]) //=> 3
 */
export function widestRow(rows: readonly (readonly unknown[])[]): number {
  let widest = 0;
  for (const row of rows) if (row.length > widest) widest = row.length;
  return widest;
}
