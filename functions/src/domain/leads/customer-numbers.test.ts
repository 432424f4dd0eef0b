import { describe, expect, test } from 'vitest';
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
});
