import { describe, expect, test } from 'vitest';
import { ingest } from '../../workbook/ingest.js';
import { customerNumbers } from './customer-numbers.js';

describe('customerNumbers', () => {
  const rows = [{ customer_id: 'C1' }, {}, { customer_id: 'c1' }, { customer_id: 'C2' }];

  test('numbers customers in the order of their first rows, every spelling of an id alike', () => {
    const numbers = customerNumbers(rows);
    expect([...numbers.numberOf]).toEqual([0, -1, 0, 1]);
    expect(numbers.count).toBe(2);
    expect(numbers.keys).toEqual(['c1', 'c2']);
  });

  test('finds an id in a spelling no row used, and nothing for an id no row names', () => {
    const numbers = customerNumbers(rows);
    expect([numbers.find('c2'), numbers.find('C1'), numbers.find('C9')]).toEqual([1, 0, undefined]);
  });

  test('works a log out once and numbers it afresh when it has grown', () => {
    const log = [{ customer_id: 'A' }];
    const first = customerNumbers(log);
    expect(customerNumbers(log)).toBe(first);
    log.push({ customer_id: 'B' });
    expect(customerNumbers(log).count).toBe(2);
  });

  test('numbers a checked log by the spellings the check numbered, as it numbers the ids', () => {
    // Given an Activity tab where one customer is typed three ways and a duplicated row is dropped
    const read = ingest([
      { title: 'Settings', rows: [['key', 'value']] },
      {
        title: 'Reps',
        rows: [
          ['rep_id', 'name', 'hire_date', 'plan'],
          ['S1', 'Wang Lei', '2025-01-06', 'standard'],
        ],
      },
      {
        title: 'Activity',
        rows: [
          ['date', 'rep_id', 'type', 'customer_id', 'id'],
          ['2026-03-02', 'S1', 'lead', 'C7', 'A1'],
          ['2026-03-02', 'S1', 'lead', 'C9', 'A1'],
          ['2026-03-03', 'S1', 'call', 'c7', 'A2'],
          ['2026-03-03', 'S1', 'call', '', 'A3'],
          ['2026-03-04', 'S1', 'lead', 'C8', 'A4'],
          ['2026-03-05', 'S1', 'visit', ' C7 ', 'A5'],
        ],
      },
    ]);
    expect(read.issues.map((i) => `${i.tab} row ${i.row} ${i.code}`)).toEqual([
      'Activity row 3 duplicate_key',
    ]);
    const log = read.inputs.activity;
    // The check numbered the spellings it read, the dropped row's C9 included
    expect(log.map((r) => r.customer_spelling)).toEqual([0, 2, undefined, 3, 0]);
    // The customers are numbered in the order of the log's first rows, every spelling alike, as
    // numbering the ids alone gives
    const numbers = customerNumbers(log);
    expect([...numbers.numberOf]).toEqual([0, 0, -1, 1, 0]);
    expect(numbers.keys).toEqual(['c7', 'c8']);
    expect(numbers.find('C8')).toBe(1);
    const byIds = customerNumbers(log.map((r) => ({ customer_id: r.customer_id })));
    expect([...byIds.numberOf]).toEqual([...numbers.numberOf]);
    expect(byIds.keys).toEqual(numbers.keys);
  });
});
