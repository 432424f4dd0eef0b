import { describe, expect, test } from 'vitest';
import { workingCalendar } from '../calendar/working-days.js';
import { appraisalRound, type AppraisalRecord } from './appraisal-round.js';

/** The official 2026 calendar in April and May: Qingming 04-04..06, Labour Day 05-01..05, make-up Saturday 05-09. */
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
/** The official 2022 National Day week: off 10-01..07, the weekend 10-08 and 10-09 worked. */
const CN_2022 = workingCalendar(
  ['2022-10-01', '2022-10-02', '2022-10-03', '2022-10-04', '2022-10-05', '2022-10-06', '2022-10-07'],
  ['2022-10-08', '2022-10-09'],
);

const record = (fields: Partial<AppraisalRecord>): AppraisalRecord => ({
  period: '2026-03',
  rep: 'S1',
  row: 2,
  ...fields,
});
const deadlines = (r: ReturnType<typeof appraisalRound>) =>
  Object.fromEntries(Object.entries(r.steps).map(([k, s]) => [k, s.deadline]));
const statuses = (r: ReturnType<typeof appraisalRound>) =>
  Object.fromEntries(Object.entries(r.steps).map(([k, s]) => [k, [s.status, s.workingDaysLate]]));

describe('appraisalRound', () => {
  test('sets each deadline in working days from the period’s end, across the Qingming holiday', () => {
    // Given March 2026 (ends Tuesday 03-31), a self-review Tuesday 04-07 after Qingming, the manager's
    // review Wednesday 04-15, a 20-minute 1:1 on 04-16, an appeal on 04-17 answered 04-22
    const round = appraisalRound(
      record({
        selfSubmitted: '2026-04-07',
        managerReviewed: '2026-04-15',
        oneOnOne: '2026-04-16',
        oneOnOneMinutes: 20,
        appealFiled: '2026-04-17',
        appealResolved: '2026-04-22',
        appealOutcome: 'upheld',
      }),
      CN_2026,
      '2026-05-15',
    );
    // Then the self-review was due Friday 04-03 and the manager's review 5 working days after the late self-review
    expect(deadlines(round)).toEqual({
      self_review: '2026-04-03',
      manager_review: '2026-04-14',
      one_on_one: '2026-04-22',
      appeal: '2026-04-20',
      appeal_answer: '2026-04-24',
    });
    expect(statuses(round)).toEqual({
      self_review: ['late', 1],
      manager_review: ['late', 1],
      one_on_one: ['on_time', 0],
      appeal: ['on_time', 0],
      appeal_answer: ['on_time', 0],
    });
    expect(round).toMatchObject({
      periodEnd: '2026-03-31',
      oneOnOneMinutes: 20,
      short: true,
      appealOutcome: 'upheld',
    });
  });

  test('gives a period ending on a Friday before a holiday week its working days on the make-up weekend', () => {
    // Given September 2022, which ends on Friday 09-30 before the National Day week
    const round = appraisalRound(record({ period: '2022-09' }), CN_2022, '2022-10-08');
    // Then the self-review is due Monday 10-10, after the make-up Saturday and Sunday, and is pending on the Saturday
    expect(round.steps.self_review).toEqual({
      deadline: '2022-10-10',
      day: null,
      status: 'pending',
      workingDaysLate: 0,
    });
    expect(round.steps.manager_review.deadline).toBe('2022-10-17');
  });

  test('counts the Labour Day make-up Saturday as a working day for April’s round', () => {
    // Given April 2026, ending Thursday 04-30 before Labour Day: self-review due Friday 05-08
    const round = appraisalRound(
      record({ period: '2026-04', selfSubmitted: '2026-05-08' }),
      CN_2026,
      '2026-05-09',
    );
    expect(round.steps.self_review).toMatchObject({ deadline: '2026-05-08', status: 'on_time' });
    // Then the manager's 5 working days start with the make-up Saturday 05-09
    expect(round.steps.manager_review.deadline).toBe('2026-05-14');
  });

  test('keeps the manager’s deadline when the self-review came early', () => {
    // Self-review due Friday 04-03; five working days after it, Qingming Monday left out: 04-13
    const round = appraisalRound(record({ selfSubmitted: '2026-03-31' }), CN_2026, '2026-04-01');
    expect(round.steps.manager_review.deadline).toBe('2026-04-13');
  });

  test('still expects the manager’s review on the planned day when the self-review never came', () => {
    const round = appraisalRound(record({}), CN_2026, '2026-04-14');
    expect(statuses(round)).toMatchObject({ self_review: ['missing', 6], manager_review: ['missing', 1] });
    expect(round.steps.manager_review.deadline).toBe('2026-04-13');
  });

  test.each([
    {
      name: 'an appeal filed on the last allowed day is on time',
      filed: '2026-04-20',
      expected: ['on_time', 0],
    },
    {
      name: 'an appeal filed the next working day is one working day late',
      filed: '2026-04-21',
      expected: ['late', 1],
    },
    {
      name: 'an appeal filed the Saturday after a Friday deadline is one working day late',
      filed: '2026-04-18',
      reviewed: '2026-04-14',
      expected: ['late', 1],
    },
  ])('$name', ({ filed, reviewed, expected }) => {
    // Given a manager's review on Wednesday 04-15 (3 working days to appeal: 04-16, 04-17, 04-20),
    // or on Tuesday 04-14 (04-15, 04-16, 04-17)
    const round = appraisalRound(
      record({ selfSubmitted: '2026-04-01', managerReviewed: reviewed ?? '2026-04-15', appealFiled: filed }),
      CN_2026,
      '2026-05-15',
    );
    const { status, workingDaysLate } = round.steps.appeal;
    expect([status, workingDaysLate]).toEqual(expected);
  });

  test('owes no appeal and no answer when the rep did not appeal', () => {
    const round = appraisalRound(
      record({ selfSubmitted: '2026-04-01', managerReviewed: '2026-04-08' }),
      CN_2026,
      '2026-05-15',
    );
    expect(round.steps.appeal).toEqual({ deadline: null, day: null, status: 'none', workingDaysLate: 0 });
    expect(round.steps.appeal_answer.status).toBe('none');
  });

  test('gives HR 5 working days from the appeal, the holiday not counted', () => {
    // Given an appeal filed Thursday 04-30 before Labour Day, no answer yet
    const round = appraisalRound(
      record({ period: '2026-04', managerReviewed: '2026-04-28', appealFiled: '2026-04-30' }),
      CN_2026,
      '2026-05-12',
    );
    // Then HR's 5 working days are 05-06, 05-07, 05-08, the make-up Saturday 05-09 and Monday 05-11
    // (the deadline), and the answer is one working day overdue on 05-12
    expect(round.steps.appeal_answer).toEqual({
      deadline: '2026-05-11',
      day: null,
      status: 'missing',
      workingDaysLate: 1,
    });
  });

  test('does not count a 1:1 typed in ahead of the as-of day as held', () => {
    const round = appraisalRound(
      record({ oneOnOne: '2026-04-30', oneOnOneMinutes: 15 }),
      CN_2026,
      '2026-04-20',
    );
    expect(round.steps.one_on_one.day).toBeNull();
    expect(round).toMatchObject({ oneOnOneMinutes: null, short: false });
  });

  test.each([
    { name: 'a 1:1 of 29 minutes is short', minutes: 29, short: true },
    { name: 'a 1:1 of exactly 30 minutes is long enough', minutes: 30, short: false },
    { name: 'a 1:1 without its length is judged on its day only', minutes: undefined, short: false },
  ])('$name', ({ minutes, short }) => {
    const round = appraisalRound(
      record({ oneOnOne: '2026-04-14', oneOnOneMinutes: minutes }),
      CN_2026,
      '2026-05-15',
    );
    expect(round.short).toBe(short);
  });

  test('judges quarters and years from their last day', () => {
    const round = appraisalRound(record({ period: '2026-Q1' }), CN_2026, '2026-04-01');
    expect(round.periodEnd).toBe('2026-03-31');
    expect(round.steps.self_review.deadline).toBe('2026-04-03');
  });
});
