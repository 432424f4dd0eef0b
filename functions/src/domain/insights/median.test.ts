import { describe, expect, test } from 'vitest';
import { median } from './median.js';

describe('median', () => {
  test.each([
    { name: 'an odd count gives the middle value', values: [12, 3, 7], expected: 7 },
    { name: 'an even count gives the mean of the two middle values', values: [4, 10, 7, 20], expected: 8.5 },
    { name: 'one value is its own median', values: [5], expected: 5 },
    { name: 'numbers sort as numbers, not as text', values: [100, 9, 20], expected: 20 },
    { name: 'no value has no median', values: [], expected: null },
  ])('$name', ({ values, expected }) => {
    expect(median(values)).toBe(expected);
  });
});
