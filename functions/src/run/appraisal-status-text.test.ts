import { describe, expect, test } from 'vitest';
import { appraisalRound, type AppraisalRecord } from '../domain/appraisals/appraisal-round.js';
import { workingCalendar } from '../domain/calendar/working-days.js';
import { roundState, roundStatusText } from './appraisal-status-text.js';

/** Qingming 2026 off 04-04..06. */
const CAL = workingCalendar(['2026-04-04', '2026-04-05', '2026-04-06'], []);
const ON_TIME: AppraisalRecord = {
  period: '2026-03',
  rep: 'S1',
  row: 2,
  selfSubmitted: '2026-04-02',
  managerReviewed: '2026-04-09',
  oneOnOne: '2026-04-14',
  oneOnOneMinutes: 45,
};
const round = (fields: Partial<AppraisalRecord>, asOf = '2026-05-15') =>
  appraisalRound({ ...ON_TIME, ...fields }, CAL, asOf);

describe('roundStatusText', () => {
  test.each([
    {
      name: 'a round done on time reads complete',
      fields: {},
      asOf: '2026-05-15',
      state: 'complete',
      en: 'complete, all on time',
      zh: '已完成，各环节均按时',
    },
    {
      name: 'an answered appeal shows its day and outcome',
      fields: { appealFiled: '2026-04-13', appealResolved: '2026-04-17', appealOutcome: 'upheld' },
      asOf: '2026-05-15',
      state: 'complete',
      en: 'complete: appeal filed 2026-04-13; appeal answered 2026-04-17, outcome: upheld',
      zh: '已完成：2026-04-13提出申诉；申诉已于2026-04-17答复，结果：upheld',
    },
    {
      name: 'an appeal waiting for HR keeps the round in progress, with the answer’s deadline',
      fields: { appealFiled: '2026-04-13' },
      asOf: '2026-04-15',
      state: 'in_progress',
      en: 'in progress: appeal filed 2026-04-13; HR’s answer to the appeal due by 2026-04-20',
      zh: '进行中：2026-04-13提出申诉；申诉答复待完成（截止2026-04-20）',
    },
    {
      name: 'a late appeal shows how late it was filed',
      fields: { appealFiled: '2026-04-15', appealResolved: '2026-04-16' },
      asOf: '2026-05-15',
      state: 'complete',
      en: 'complete: appeal filed 2026-04-15, 1 working day late (due 2026-04-14); appeal answered 2026-04-16',
      zh: '已完成：2026-04-15提出申诉，逾期1个工作日（截止2026-04-14）；申诉已于2026-04-16答复',
    },
    {
      name: 'a missing step makes the round overdue',
      fields: { managerReviewed: undefined, oneOnOne: undefined },
      asOf: '2026-04-14',
      state: 'overdue',
      en: 'overdue: manager review missing, 1 working day overdue (due 2026-04-13); 1:1 due by 2026-04-20',
      zh: '已逾期：上级评价未完成，已逾期1个工作日（截止2026-04-13）；绩效面谈待完成（截止2026-04-20）',
    },
  ])('$name', ({ fields, asOf, state, en, zh }) => {
    const r = round(fields, asOf);
    expect(roundState(r)).toBe(state);
    expect(roundStatusText(r, 'en', 30)).toBe(en);
    expect(roundStatusText(r, 'zh-CN', 30)).toBe(zh);
  });
});
