/**
 * Input snapshots as content-addressed chunks: each row gets a content hash, rows go in chunks of
 * at most 1,000 rows (or ~600 KB), and a chunk is named by the hash of its rows. An edit changes one
 * chunk, rows added at the bottom change the last ones; every other chunk is already stored.
 */
import { hash } from 'node:crypto';
import type { RawCell } from '../workbook/port.js';

export const CHUNK_ROWS = 1000;
/** Firestore documents hold at most 1 MiB; a chunk stays well below. */
export const CHUNK_BYTES = 600_000;

/** A cell as JSON: days as `{ "$d": ISO }`, everything else as it is. */
type StoredCell = string | number | boolean | null | { $d: string };

export function encodeCell(cell: RawCell): StoredCell {
  return cell instanceof Date ? { $d: cell.toISOString() } : cell;
}

export function decodeCell(cell: StoredCell): RawCell {
  return cell !== null && typeof cell === 'object' ? new Date(cell.$d) : cell;
}

/** The text a row is stored and hashed as. */
export function rowJson(row: readonly RawCell[]): string {
  // Only a workbook file's cells can be days: a row without one is stored as it is, with no copy.
  for (let i = 0; i < row.length; i++) if (row[i] instanceof Date) return JSON.stringify(row.map(encodeCell));
  return JSON.stringify(row);
}

/**
 * A row's content hash: 128 bits of SHA-256 of its JSON, base64url (22 characters).
 * @example rowHash(['R1', 1200]) //=> 'f0m9…' (same cells, same hash; a number and its text differ)
 */
export function rowHash(json: string): string {
  // The one-shot digest: a million rows each made into a Hash object took three times as long.
  return hash('sha256', json, 'base64url').slice(0, 22);
}

export interface Chunk {
  id: string;
  /** The rows' content hashes, in order, joined by commas (one string, as it is stored). */
  rowHashes: string;
  /** How many rows. */
  rows: number;
  /** JSON array of the rows' JSON arrays. */
  rowsJson: string;
  bytes: number;
}

/**
 * The chunks of a tab's rows, in order. A run makes them as soon as its inputs are checked, so the
 * cells as read can go before computing: a million rows' cells take hundreds of MB, their chunks'
 * texts a fraction of it.
 */
export function chunkRows(rows: readonly (readonly RawCell[])[]): Chunk[] {
  const chunks: Chunk[] = [];
  let jsons: string[] = [];
  let hashes: string[] = [];
  let bytes = 0;
  const flush = () => {
    if (jsons.length === 0) return;
    const rowsJson = `[${jsons.join(',')}]`;
    const id = hash('sha256', hashes.join('.'), 'hex').slice(0, 40);
    chunks.push({
      id,
      rowHashes: hashes.join(','),
      rows: hashes.length,
      rowsJson,
      bytes: Buffer.byteLength(rowsJson),
    });
    jsons = [];
    hashes = [];
    bytes = 0;
  };
  for (const row of rows) {
    const json = rowJson(row);
    const size = Buffer.byteLength(json) + 1;
    if (jsons.length >= CHUNK_ROWS || (jsons.length > 0 && bytes + size > CHUNK_BYTES)) flush();
    jsons.push(json);
    hashes.push(rowHash(json));
    bytes += size;
  }
  flush();
  return chunks;
}

/**
 * A whole tab's rows as one JSON array, from its chunks (the same text `rowJson` gives row by row):
 * each chunk's array without its brackets, as `chunkRows` makes no chunk without a row.
 */
export function tabJson(chunks: readonly Pick<Chunk, 'rowsJson'>[]): string {
  return `[${chunks.map((c) => c.rowsJson.slice(1, -1)).join(',')}]`;
}

/** The rows of a chunk, back as cells. */
export function chunkCells(rowsJson: string): RawCell[][] {
  return (JSON.parse(rowsJson) as StoredCell[][]).map((row) => row.map(decodeCell));
}
