import { describe, expect, test } from 'vitest';
import { workingCalendar } from '../calendar/working-days.js';
import { inquiryAge } from './inquiry-age.js';

/** Qingming 2026 (04-04..06) and Labour Day 2026 (05-01..05, make-up Saturday 05-09). */
const CAL = workingCalendar(
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

describe('inquiryAge', () => {
  test.each([
    {
      name: 'an inquiry raised today is 0 working days old',
      day: '2026-04-13',
      asOf: '2026-04-13',
      age: 0,
      due: '2026-04-20',
      overdue: 0,
    },
    {
      name: 'an open inquiry 5 working days old is not overdue yet',
      day: '2026-04-02',
      asOf: '2026-04-10',
      age: 5,
      due: '2026-04-10',
      overdue: 0,
    },
    {
      name: 'an open inquiry passes 5 working days on the 6th, the Qingming Monday not counted',
      day: '2026-04-02',
      asOf: '2026-04-13',
      age: 6,
      due: '2026-04-10',
      overdue: 1,
    },
    {
      name: 'the weekend after the 5th working day does not make it overdue',
      day: '2026-04-02',
      asOf: '2026-04-12',
      age: 5,
      due: '2026-04-10',
      overdue: 0,
    },
    {
      name: 'Labour Day does not count and its make-up Saturday does',
      day: '2026-04-29',
      asOf: '2026-05-11',
      age: 6,
      due: '2026-05-09',
      overdue: 1,
    },
  ])('$name', ({ day, asOf, age, due, overdue }) => {
    expect(inquiryAge(CAL, { day, status: 'open' }, asOf)).toEqual({
      open: true,
      resolvedOn: null,
      ageWorkingDays: age,
      answerDue: due,
      workingDaysOverdue: overdue,
    });
  });

  test('ages a resolved inquiry to the day it was resolved and never calls it overdue', () => {
    expect(
      inquiryAge(CAL, { day: '2026-04-02', status: 'resolved', resolved: '2026-04-20' }, '2026-05-15'),
    ).toEqual({
      open: false,
      resolvedOn: '2026-04-20',
      ageWorkingDays: 11,
      answerDue: '2026-04-10',
      workingDaysOverdue: 0,
    });
  });

  test('keeps an inquiry resolved after the as-of day open as of that day', () => {
    expect(
      inquiryAge(CAL, { day: '2026-04-02', status: 'resolved', resolved: '2026-04-20' }, '2026-04-14'),
    ).toMatchObject({
      open: true,
      resolvedOn: null,
      ageWorkingDays: 7,
      workingDaysOverdue: 2,
    });
  });

  test('closes an inquiry marked resolved without its day, with no age', () => {
    expect(inquiryAge(CAL, { day: '2026-04-02', status: 'resolved' }, '2026-05-15')).toMatchObject({
      open: false,
      resolvedOn: null,
      ageWorkingDays: null,
      workingDaysOverdue: 0,
    });
  });
});
