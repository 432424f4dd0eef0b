/**
 * A `values.batchGet` answer read as it arrives. Read whole, a million-row log's answer is held three
 * times over at the top of a run: its bytes, its text (two bytes a character once any cell holds
 * Chinese) and its parse, over 500 MB together. Here each piece of the body is decoded, the rows it
 * completes are parsed at once, and the piece is let go: only the rows stay.
 *
 * A scanner follows the JSON's nesting (strings and their escapes included) to find where rows end; it
 * parses nothing itself. The text around the `values` arrays (`spreadsheetId`, each range's `range`
 * and `majorDimension`) is kept with the arrays left empty and parsed at the end, and the arrays'
 * rows are put back in order.
 *
 * @example
 * await readValueRanges(['{"valueRanges":[{"range":"Reps!A1:B2","values":[["rep_id"],', '["R1"]]}]}'])
 * //=> [{ range: 'Reps!A1:B2', values: [['rep_id'], ['R1']] }]
 */

export interface ValueRange {
  range: string;
  /** Rows of cells as the API gives them; a tab with no values has none. */
  values: unknown[][];
}

export class ValueRangesError extends Error {
  override name = 'ValueRangesError';
}

const OPEN_OBJECT = 0x7b; // {
const CLOSE_OBJECT = 0x7d; // }
const OPEN_ARRAY = 0x5b; // [
const CLOSE_ARRAY = 0x5d; // ]
const QUOTE = 0x22; // "
const BACKSLASH = 0x5c; // \

/** Nesting: the answer's object, `valueRanges`, a range, its `values`, a row. */
const RANGE_DEPTH = 3;
const VALUES_DEPTH = 4;

/** How many backslashes come right before `at`, back to `from` at most. */
function backslashesBefore(text: string, at: number, from: number): number {
  let n = 0;
  while (at - n - 1 >= from && text.charCodeAt(at - n - 1) === BACKSLASH) n++;
  return n;
}

/**
 * Where the string that `text` is in at `from` ends: its first quote not escaped (after an even run
 * of backslashes), or -1 when it goes on past the text.
 */
function stringEnd(text: string, from: number): number {
  let quote = text.indexOf('"', from);
  while (quote >= 0 && backslashesBefore(text, quote, from) % 2 === 1) quote = text.indexOf('"', quote + 1);
  return quote;
}

/** The rows of `text` from `from` to `to`: whole rows, each but the first after a comma. */
function parseRows(text: string, from: number, to: number, into: unknown[][]): void {
  let start = from;
  // A piece that starts between two rows starts with the comma (and spaces) that separate them.
  while (start < to && text.charCodeAt(start) !== OPEN_ARRAY) start++;
  if (start >= to) return;
  const rows = JSON.parse(`[${text.slice(start, to)}]`) as unknown[][];
  for (let i = 0; i < rows.length; i++) into.push(rows[i]!);
}

/** Reads a `values.batchGet` answer from its body, piece by piece (bytes in UTF-8, or text). */
export async function readValueRanges(
  body: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
): Promise<ValueRange[]> {
  const decoder = new TextDecoder('utf-8');
  /** The answer with every `values` array left empty. */
  let outline = '';
  const arrays: unknown[][][] = [];
  let rows: unknown[][] | undefined;
  let depth = 0;
  let inString = false;
  let escaped = false;
  /** The unfinished row a piece ended in, scanned already. */
  let carry = '';

  const take = (piece: string) => {
    const text = carry + piece;
    let i = carry.length;
    // Where this text's not yet kept part starts: outline text, or rows.
    let from = 0;
    // The end of the last whole row met in this text.
    let rowsEnd = -1;
    for (; i < text.length; i++) {
      if (inString) {
        if (escaped) {
          escaped = false;
          continue;
        }
        // Most of a log's text is in strings: the scan jumps to the quote that ends this one.
        const end = stringEnd(text, i);
        if (end < 0) {
          escaped = backslashesBefore(text, text.length, i) % 2 === 1;
          break;
        }
        inString = false;
        i = end;
        continue;
      }
      const c = text.charCodeAt(i);
      if (c === QUOTE) inString = true;
      else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
        if (c === OPEN_ARRAY && depth === RANGE_DEPTH && rows === undefined) {
          outline += text.slice(from, i + 1);
          rows = [];
          from = i + 1;
          rowsEnd = -1;
        }
        depth++;
      } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        depth--;
        if (rows !== undefined && depth === VALUES_DEPTH) rowsEnd = i + 1;
        else if (rows !== undefined && depth === RANGE_DEPTH) {
          parseRows(text, from, i, rows);
          arrays.push(rows);
          rows = undefined;
          from = i;
        } else if (depth < 0) throw new ValueRangesError('The batchGet answer closes more than it opens');
      }
    }
    if (rows === undefined) {
      outline += text.slice(from);
      carry = '';
    } else if (rowsEnd >= 0) {
      parseRows(text, from, rowsEnd, rows);
      carry = text.slice(rowsEnd);
    } else carry = text.slice(from);
  };

  for await (const piece of body)
    take(typeof piece === 'string' ? piece : decoder.decode(piece, { stream: true }));
  take(decoder.decode());
  if (depth !== 0 || inString || rows !== undefined)
    throw new ValueRangesError('The batchGet answer ended before it was complete');

  let answer: { valueRanges?: { range?: string; values?: unknown[][] }[] };
  try {
    answer = JSON.parse(outline) as typeof answer;
  } catch (error) {
    throw new ValueRangesError(`The batchGet answer is not JSON: ${(error as Error).message}`);
  }
  const ranges = answer.valueRanges ?? [];
  const withValues = ranges.filter((r) => Array.isArray(r.values));
  if (withValues.length !== arrays.length)
    throw new ValueRangesError(
      `The batchGet answer has ${arrays.length} arrays for ${withValues.length} ranges`,
    );
  withValues.forEach((r, i) => (r.values = arrays[i]));
  return ranges.map((r) => ({ range: r.range ?? '', values: r.values ?? [] }));
}
