import { describe, expect, test } from 'vitest';
import { isNewHire } from './new-hire.js';

const s203 = { hire_date: '2026-03-02' };

describe('isNewHire', () => {
  test.each([
    { day: '2026-03-02', expected: true, name: 'the hire day is day 1' },
    { day: '2026-05-30', expected: true, name: 'day 90 is still new' },
    { day: '2026-05-31', expected: false, name: 'day 91 is not' },
    { day: '2026-03-01', expected: false, name: 'a day before the hire is not' },
  ])('$name', ({ day, expected }) => {
    expect(isNewHire(s203, day, 90)).toBe(expected);
  });

  test('a rep not on the books is not a new hire', () => {
    expect(isNewHire(undefined, '2026-03-02', 90)).toBe(false);
  });
});
