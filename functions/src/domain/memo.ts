/**
 * Functions of a string or a small integer worked out once per distinct argument. Days, periods, ids
 * and types repeat a great deal over a million activity rows: a lookup is cheaper than the work, and
 * every row then shares one string instead of holding a copy of its own.
 *
 * @example
 * const month = memo((day: string) => day.slice(0, 7));
 * month('2026-05-15') === month('2026-05-15') //=> true (one shared string)
 */

/** Past this many distinct arguments nothing more is remembered, so a stream of unique ones cannot grow it. */
const LIMIT = 100_000;

/** `f`, remembering its result for each argument it has seen (up to `limit` of them). */
export function memo<K extends string | number, T>(f: (key: K) => T, limit = LIMIT): (key: K) => T {
  const seen = new Map<K, T>();
  return (key) => {
    const known = seen.get(key);
    if (known !== undefined || seen.has(key)) return known as T;
    const value = f(key);
    if (seen.size < limit) seen.set(key, value);
    return value;
  };
}

/**
 * `join(a, b)` as `a` U+0000 `b`, the same string each time for the same pair. A map keyed by such
 * pairs then hashes each key once, rather than building and hashing a new string for every row.
 *
 * @example
 * const key = pairKeys();
 * key('S1', '2026-05') === key('S1', '2026-05') //=> true
 */
export function pairKeys(): (a: string, b: string) => string {
  const keys = new Map<string, Map<string, string>>();
  return (a, b) => {
    let inner = keys.get(a);
    if (!inner) keys.set(a, (inner = new Map()));
    let key = inner.get(b);
    if (key === undefined) inner.set(b, (key = `${a}\u0000${b}`));
    return key;
  };
}
