import { describe, expect, test } from 'vitest';
import {
  addWorkingDays,
  isWorkingDay,
  workingCalendar,
  workingDaysBetween,
  workingDaysLate,
} from './working-days.js';

/**
 * The official 2026 calendar around the demo's rounds: Qingming off Sat 04-04 … Mon 04-06 (no make-up
 * day); Labour Day off Fri 05-01 … Tue 05-05, Saturday 05-09 worked instead.
 */
const CN_2026 = workingCalendar(
  [
    '2026-04-04',
    '2026-04-05',
    '2026-04-06',
    '2026-05-01',
    '2026-05-02',
    '2026-05-03',
    '2026-05-04',
    '2026-05-05',
  ],
  ['2026-05-09'],
);
/** The official 2022 National Day week: off Sat 10-01 … Fri 10-07, Saturday 10-08 and Sunday 10-09 worked. */
const CN_2022_NATIONAL_DAY = workingCalendar(
  ['2022-10-01', '2022-10-02', '2022-10-03', '2022-10-04', '2022-10-05', '2022-10-06', '2022-10-07'],
  ['2022-10-08', '2022-10-09'],
);
const PLAIN = workingCalendar([], []);

describe('isWorkingDay', () => {
  test.each([
    { name: 'an ordinary Monday is a working day', cal: CN_2026, day: '2026-04-13', expected: true },
    { name: 'an ordinary Saturday is not', cal: CN_2026, day: '2026-04-11', expected: false },
    { name: 'a public holiday on a weekday is not', cal: CN_2026, day: '2026-04-06', expected: false },
    { name: 'a make-up Saturday is a working day', cal: CN_2026, day: '2026-05-09', expected: true },
    {
      name: 'a make-up Sunday is a working day',
      cal: CN_2022_NATIONAL_DAY,
      day: '2022-10-09',
      expected: true,
    },
    {
      name: 'a day listed both as holiday and as make-up day is a holiday',
      cal: workingCalendar(['2026-05-09'], ['2026-05-09']),
      day: '2026-05-09',
      expected: false,
    },
    {
      name: 'a make-up entry on a weekday changes nothing',
      cal: workingCalendar([], ['2026-05-08']),
      day: '2026-05-08',
      expected: true,
    },
  ])('$name', ({ cal, day, expected }) => {
    expect(isWorkingDay(cal, day)).toBe(expected);
  });
});

describe('addWorkingDays', () => {
  test.each([
    {
      name: 'counts Monday to Friday and never the start day itself',
      cal: PLAIN,
      day: '2026-04-13',
      n: 3,
      expected: '2026-04-16',
    },
    {
      name: 'jumps a weekend: a Friday plus one working day is the Monday',
      cal: PLAIN,
      day: '2026-03-27',
      n: 1,
      expected: '2026-03-30',
    },
    {
      name: 'from a Saturday the first working day is the Monday',
      cal: PLAIN,
      day: '2026-04-11',
      n: 1,
      expected: '2026-04-13',
    },
    {
      name: 'zero working days leaves the day as it is',
      cal: CN_2026,
      day: '2026-04-04',
      n: 0,
      expected: '2026-04-04',
    },
    {
      name: 'a deadline that would fall on a holiday (Qingming Monday) moves to the next working day',
      cal: CN_2026,
      day: '2026-03-31',
      n: 4,
      expected: '2026-04-07',
    },
    {
      name: 'without the holiday the same deadline is that Monday',
      cal: PLAIN,
      day: '2026-03-31',
      n: 4,
      expected: '2026-04-06',
    },
    {
      name: 'a period ending on Thursday before Labour Day gets its 3 working days after the holiday',
      cal: CN_2026,
      day: '2026-04-30',
      n: 3,
      expected: '2026-05-08',
    },
    {
      name: 'a make-up Saturday counts as a working day',
      cal: CN_2026,
      day: '2026-05-07',
      n: 2,
      expected: '2026-05-09',
    },
    {
      name: 'a period ending on a Friday before a holiday week counts the make-up weekend first',
      cal: CN_2022_NATIONAL_DAY,
      day: '2022-09-30',
      n: 3,
      expected: '2022-10-10',
    },
    {
      name: 'the same Friday with an ordinary week after it',
      cal: PLAIN,
      day: '2022-09-30',
      n: 3,
      expected: '2022-10-05',
    },
  ])('$name', ({ cal, day, n, expected }) => {
    expect(addWorkingDays(cal, day, n)).toBe(expected);
  });

  test('refuses a negative or fractional count', () => {
    expect(() => addWorkingDays(PLAIN, '2026-04-13', -1)).toThrow(RangeError);
    expect(() => addWorkingDays(PLAIN, '2026-04-13', 1.5)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  test.each([
    {
      name: 'counts the working days after the first day through the last',
      cal: PLAIN,
      from: '2026-03-27',
      to: '2026-04-01',
      expected: 3,
    },
    { name: 'is 0 from a day to itself', cal: PLAIN, from: '2026-04-13', to: '2026-04-13', expected: 0 },
    {
      name: 'is 0 when the last day comes first',
      cal: PLAIN,
      from: '2026-04-13',
      to: '2026-04-10',
      expected: 0,
    },
    {
      name: 'leaves out the Qingming Monday',
      cal: CN_2026,
      from: '2026-04-03',
      to: '2026-04-10',
      expected: 4,
    },
    {
      name: 'counts the Labour Day make-up Saturday and none of the holiday',
      cal: CN_2026,
      from: '2026-04-30',
      to: '2026-05-11',
      expected: 5,
    },
    {
      name: 'a whole holiday week after a Friday counts only its make-up weekend',
      cal: CN_2022_NATIONAL_DAY,
      from: '2022-09-30',
      to: '2022-10-09',
      expected: 2,
    },
  ])('$name', ({ cal, from, to, expected }) => {
    expect(workingDaysBetween(cal, from, to)).toBe(expected);
  });
});

describe('workingDaysLate', () => {
  test.each([
    {
      name: 'a step done on its deadline is not late',
      deadline: '2026-04-03',
      day: '2026-04-03',
      expected: 0,
    },
    {
      name: 'a step done before its deadline is not late',
      deadline: '2026-04-03',
      day: '2026-04-01',
      expected: 0,
    },
    {
      name: 'done the Saturday after a Friday deadline is one working day late',
      deadline: '2026-04-03',
      day: '2026-04-04',
      expected: 1,
    },
    {
      name: 'done on the Tuesday after Qingming, the first working day after a Friday deadline, is one day late',
      deadline: '2026-04-03',
      day: '2026-04-07',
      expected: 1,
    },
    {
      name: 'done the Wednesday after is two working days late',
      deadline: '2026-04-03',
      day: '2026-04-08',
      expected: 2,
    },
  ])('$name', ({ deadline, day, expected }) => {
    expect(workingDaysLate(CN_2026, deadline, day)).toBe(expected);
  });
});
