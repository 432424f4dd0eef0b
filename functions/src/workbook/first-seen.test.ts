import { describe, expect, test } from 'vitest';
import { FirstSeen } from './first-seen.js';

describe('FirstSeen', () => {
  test('returns undefined for a new key and the first value for a repeated one', () => {
    const first = new FirstSeen(4);
    expect(first.firstOrAdd('a', 2)).toBeUndefined();
    expect(first.firstOrAdd('b', 3)).toBeUndefined();
    expect(first.firstOrAdd('a', 4)).toBe(2);
    expect(first.firstOrAdd('a', 5)).toBe(2);
    expect(first.firstOrAdd('', 6)).toBeUndefined();
    expect(first.firstOrAdd('', 7)).toBe(6);
  });

  test('agrees with a Map over many keys that collide in the table', () => {
    const first = new FirstSeen(20_000);
    const map = new Map<string, number>();
    for (let i = 0; i < 20_000; i++) {
      const key = `a${i % 7_919}-${i % 3}`;
      const known = map.get(key);
      if (known === undefined) map.set(key, i);
      expect(first.firstOrAdd(key, i)).toBe(known);
    }
  });

  test('refuses more keys than it was sized for rather than looping', () => {
    const first = new FirstSeen(1);
    expect(() => {
      for (let i = 0; i < 100; i++) first.firstOrAdd(String(i), i);
    }).toThrow(RangeError);
  });
});
