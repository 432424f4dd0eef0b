/**
 * The SHA-256 of a value's JSON text, fed to the hash piece by piece: the same bytes as
 * `JSON.stringify(value)`, so the same digest, without first building one string of tens of MB (a
 * thousand reps' results are about 45 MB of JSON, and building that string cost more than hashing it).
 */
import { createHash, type Hash } from 'node:crypto';

/** Pieces are gathered up to this length before each hash update. */
const CHUNK = 64 * 1024;

/**
 * Plain objects and lists this many levels down are walked, and so is every list they hold; each other
 * item of a list (a statement, a scorecard, a customer's tier) is one native stringify, rather than one
 * per field of every item. Three: the results object, its groups (`insights`) and their parts
 * (`customer_tiers`, whose list of every customer is ten MB of JSON at a thousand reps: one stringify
 * of a text that long cost three times as much as one per customer). A list in a list is walked while
 * the depth lasts: the rows of output tabs are one stringify each at a depth of 2 (`[[title, rows]]`).
 */
const DEPTH = 3;

export function jsonDigest(value: unknown, depth = DEPTH): string {
  const hash = createHash('sha256');
  const out = new Pieces(hash);
  write(out, value, depth, new Map());
  out.flush();
  return hash.digest('hex');
}

class Pieces {
  private text = '';
  constructor(private readonly hash: Hash) {}
  add(piece: string): void {
    this.text += piece;
    if (this.text.length >= CHUNK) this.flush();
  }
  flush(): void {
    if (this.text) this.hash.update(this.text);
    this.text = '';
  }
}

/** What JSON.stringify leaves out of an object and writes as null in an array. */
const skipped = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return (
    (proto === Object.prototype || proto === null) && typeof (v as { toJSON?: unknown }).toJSON !== 'function'
  );
}

/** `keys` holds each key's text (`"key":`), made once per distinct key rather than once per object. */
function write(out: Pieces, value: unknown, depth: number, keys: Map<string, string>): void {
  if (depth >= 0 && Array.isArray(value)) {
    out.add('[');
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out.add(',');
      const item: unknown = value[i];
      if (skipped(item)) out.add('null');
      else write(out, item, Array.isArray(item) ? depth - 1 : -1, keys);
    }
    out.add(']');
  } else if (depth > 0 && isPlainObject(value)) {
    out.add('{');
    let first = true;
    for (const key of Object.keys(value)) {
      const item = value[key];
      if (skipped(item)) continue;
      let text = keys.get(key);
      if (text === undefined) keys.set(key, (text = `${JSON.stringify(key)}:`));
      if (!first) out.add(',');
      out.add(text);
      first = false;
      write(out, item, depth - 1, keys);
    }
    out.add('}');
  } else {
    out.add(JSON.stringify(value) ?? 'null');
  }
}
