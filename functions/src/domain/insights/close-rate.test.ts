import { describe, expect, test } from 'vitest';
import { closeRate } from './close-rate.js';
import { a, indexOf, journey, rep } from './test-support.js';

describe('closeRate', () => {
  test('counts each customer once at its first lead in the range, converted by a deal from anyone on or after it', () => {
    const rows = [
      ...journey('C1', 'S1', '2026-03-02', '2026-03-20'),
      a('2026-03-15', 'S1', 'lead', { customer_id: 'C1' }),
      a('2026-03-05', 'S1', 'lead', { customer_id: 'C2' }),
      a('2026-04-01', 'S9', 'deal', { customer_id: 'C2', amount: 1 }),
      a('2026-03-06', 'S1', 'lead', { customer_id: 'C3' }),
      a('2026-03-01', 'S1', 'deal', { customer_id: 'C3', amount: 1 }),
      a('2026-04-06', 'S1', 'lead', { customer_id: 'C4' }),
    ];
    const rate = closeRate(
      indexOf(rows, [rep('S1'), rep('S9')], '2026-05-15'),
      's1',
      '2026-03-01',
      '2026-03-31',
    );
    // C1 once (two leads), C2 bought from S9, C3 bought before its lead, C4 is out of the range
    expect([rate.leads, rate.deals]).toEqual([3, 2]);
    expect(rate.rate?.toFixed(4)).toBe('0.6667');
  });
});
