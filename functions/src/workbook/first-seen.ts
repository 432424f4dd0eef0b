/**
 * The first value stored under each of many string keys, for the duplicate check of a million-row log.
 * An open-addressing table of positions in one `Int32Array`, sized once for the most keys it can get:
 * a `Map` of a million new strings takes about twice the time (it grows and rehashes as it fills) and
 * several times the memory.
 *
 * @example
 * const first = new FirstSeen(3);
 * first.firstOrAdd('a1', 2) //=> undefined (new)
 * first.firstOrAdd('a1', 5) //=> 2
 */
export class FirstSeen {
  /** Position + 1 in `keys` of the key in each slot; 0 for an empty slot. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly keys: string[] = [];
  private readonly values: number[] = [];

  /** `capacity`: the most keys that will be added; the table stays at most half full. */
  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
  }

  /** The value first stored under `key`; when the key is new, `value` is stored and undefined returned. */
  firstOrAdd(key: string, value: number): number | undefined {
    let slot = hash(key) & this.mask;
    for (;;) {
      const at = this.slots[slot]!;
      if (at === 0) {
        if (this.keys.length * 2 >= this.slots.length) throw new RangeError('FirstSeen is full');
        this.keys.push(key);
        this.values.push(value);
        this.slots[slot] = this.keys.length;
        return undefined;
      }
      if (this.keys[at - 1] === key) return this.values[at - 1];
      slot = (slot + 1) & this.mask;
    }
  }
}

/** FNV-1a over the UTF-16 code units: cheap, and spreads ids that differ in their last digits. */
function hash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
