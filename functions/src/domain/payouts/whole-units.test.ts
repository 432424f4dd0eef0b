import { describe, expect, test } from 'vitest';
import { Dec } from '../money.js';
import { fromWholeUnits, wholeUnits } from './whole-units.js';

describe('wholeUnits', () => {
  test.each([
    { value: '1234.5', places: 4, expected: 12_345_000 },
    { value: '0.6', places: 4, expected: 6000 },
    { value: '-0.0001', places: 4, expected: -1 },
    { value: '10000000', places: 4, expected: 100_000_000_000 },
    { value: '123456789.1234567', places: 7, expected: 1_234_567_891_234_567 },
    { value: '0', places: 4, expected: 0 },
  ])('reads $value in 10^-$places as $expected', ({ value, places, expected }) => {
    expect(wholeUnits(new Dec(value), places)).toBe(expected);
  });

  test.each(['0.00001', '1.23456', '1e30', 'NaN', 'Infinity'])('gives NaN for %s at 4 places', (value) => {
    expect(wholeUnits(new Dec(value), 4)).toBeNaN();
  });
});

describe('fromWholeUnits', () => {
  test('gives back the decimal', () => {
    expect(fromWholeUnits(-12_345_000, 4).toString()).toBe('-1234.5');
    expect(fromWholeUnits(wholeUnits(new Dec('98765.4321'), 4) * 6000, 8).eq(new Dec('98765.4321').mul('0.6'))).toBe(true);
  });
});
