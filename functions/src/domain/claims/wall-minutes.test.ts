import { describe, expect, test } from 'vitest';
import { dayOfMinute, wallMinute, wallTime } from './wall-minutes.js';

describe('wallMinute', () => {
  test.each([
    { at: '1970-01-01', expected: 0 },
    { at: '1970-01-01T00:01', expected: 1 },
    { at: '1970-01-02', expected: 1440 },
    { at: '2026-03-03T10:15', expected: 20_515 * 1440 + 615 },
    { at: '2026-03-03 10:15', expected: 20_515 * 1440 + 615 },
    { at: '2026-03-05T23:59', expected: 20_517 * 1440 + 1439 },
  ])('reads $at as minute $expected of the wall clock', ({ at, expected }) => {
    expect(wallMinute(at)).toBe(expected);
  });

  test('counts a day with no time of day as its 00:00', () => {
    expect(wallMinute('2026-03-06')).toBe(wallMinute('2026-03-06T00:00'));
  });

  test('puts 00:00 of a day one minute after 23:59 of the day before', () => {
    expect(wallMinute('2026-03-06T00:00') - wallMinute('2026-03-05T23:59')).toBe(1);
  });

  test.each(['2026-03-05T24:00', '2026-03-05T10:60', 'yesterday', '2026-3-5'])('refuses %s', (at) => {
    expect(() => wallMinute(at)).toThrow(RangeError);
  });
});

describe('wallTime', () => {
  test.each(['2026-03-03T10:15', '2026-12-31T23:59', '2026-01-01T00:00', '1969-12-31T23:30'])(
    'writes back %s as read',
    (at) => {
      expect(wallTime(wallMinute(at))).toBe(at);
    },
  );

  test('names the calendar day of a minute', () => {
    expect(dayOfMinute(wallMinute('2026-03-05T23:59'))).toBe('2026-03-05');
  });
});
