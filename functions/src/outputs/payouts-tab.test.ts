import { expect, test } from 'vitest';
import { Dec } from '../domain/money.js';
import type { Line } from '../domain/payouts/statements.js';
import { howText, sourceText } from './payouts-tab.js';

test('rows behind a line read as runs per tab, each row once', () => {
  const rows = [14, 12, 13, 20, 13, 12].map((row) => ({ tab: 'Activity', row }));
  expect(sourceText([...rows, { tab: 'Targets', row: 5 }, { tab: 'Activity', row: 22 }])).toBe(
    'Activity 12–14, 20, 22; Targets 5',
  );
  expect(sourceText([])).toBe('');
});

test('a commission reads as its slices', () => {
  const line = {
    kind: 'commission',
    amount: new Dec(985),
    detail: { tier: 2, slices: '12000@0.035|8000@0.07', revenue: '20000' },
    source: [],
  } as unknown as Line;
  expect(howText(line, 'en')).toBe('12,000.00 × 3.5% + 8,000.00 × 7% (revenue 20,000.00, tier 2)');
  const empty = { ...line, detail: { tier: null, slices: '', revenue: '0' } } as unknown as Line;
  expect(howText(empty, 'en')).toBe('0.00 (revenue 0.00, no revenue target)');
});
