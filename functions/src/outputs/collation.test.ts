import { expect, test } from 'vitest';
import { collationRanks } from './collation.js';
import { compareText } from './layout.js';

test('ranks order texts as comparing them does, equal texts sharing a rank', () => {
  const texts = ['2026-05', 'S10', 's2', 'S1', '2026-Q1', '2026-05', '张三', 'Zhao', 'éa', 'ea'];
  const ranks = collationRanks(texts);
  for (const a of texts)
    for (const b of texts)
      expect(Math.sign(ranks.get(a)! - ranks.get(b)!)).toBe(Math.sign(compareText(a, b)));
});
