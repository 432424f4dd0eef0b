/**
 * Lists kept in a map by key: the grouping every index of the log makes.
 *
 * @example
 * const byDay = new Map<string, number[]>();
 * pushTo(byDay, '2026-05-15', 7);
 * pushTo(byDay, '2026-05-15', 9);
 * byDay.get('2026-05-15') //=> [7, 9]
 */

/** Adds `value` to the list under `key`, starting the list when the key is new. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
