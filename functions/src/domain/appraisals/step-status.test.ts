import { describe, expect, test } from 'vitest';
import { workingCalendar } from '../calendar/working-days.js';
import { judgeStep } from './step-status.js';

/** Qingming 2026: Saturday 04-04 to Monday 04-06 off. */
const CAL = workingCalendar(['2026-04-04', '2026-04-05', '2026-04-06'], []);
const DUE = '2026-04-03'; // a Friday

describe('judgeStep', () => {
  test.each([
    {
      name: 'a step done on its deadline is on time',
      day: '2026-04-03',
      asOf: '2026-05-15',
      status: 'on_time',
      late: 0,
      known: '2026-04-03',
    },
    {
      name: 'a step done early is on time',
      day: '2026-04-01',
      asOf: '2026-05-15',
      status: 'on_time',
      late: 0,
      known: '2026-04-01',
    },
    {
      name: 'a step done after the holiday is late by the working days in between',
      day: '2026-04-08',
      asOf: '2026-05-15',
      status: 'late',
      late: 2,
      known: '2026-04-08',
    },
    {
      name: 'a step not done is pending through its deadline day',
      day: undefined,
      asOf: '2026-04-03',
      status: 'pending',
      late: 0,
      known: null,
    },
    {
      name: 'a step not done is missing the day after its deadline',
      day: undefined,
      asOf: '2026-04-07',
      status: 'missing',
      late: 1,
      known: null,
    },
    {
      name: 'a step not done is missing over the holiday weekend too, one working day overdue',
      day: undefined,
      asOf: '2026-04-06',
      status: 'missing',
      late: 1,
      known: null,
    },
    {
      name: 'a day after the as-of day is not known yet',
      day: '2026-04-20',
      asOf: '2026-04-09',
      status: 'missing',
      late: 3,
      known: null,
    },
  ])('$name', ({ day, asOf, status, late, known }) => {
    expect(judgeStep(CAL, DUE, day, asOf)).toEqual({
      deadline: DUE,
      day: known,
      status,
      workingDaysLate: late,
    });
  });
});
