import { describe, expect, test } from 'vitest';
import { ingest } from '../workbook/ingest.js';
import type { RawCell, RawTab } from '../workbook/port.js';
import { appraisalResults } from './appraisal-results.js';

/** A small workbook on the 2026 calendar of April and May: Qingming 04-04..06, Labour Day 05-01..05, make-up 05-09. */
function workbook(appraisals: RawCell[][], inquiries: RawCell[][] = []): RawTab[] {
  return [
    {
      title: 'Settings',
      rows: [
        ['key', 'value'],
        ['locale', 'en'],
      ],
    },
    {
      title: 'Reps',
      rows: [
        ['rep_id', 'name', 'manager_id', 'hire_date', 'plan'],
        ['S100', 'Chen Zhiqiang', '', '2024-01-08', 'standard'],
        ['S101', 'Wang Lei', 'S100', '2025-01-06', 'standard'],
        ['S102', 'Li Na', 'S100', '2025-01-06', 'standard'],
      ],
    },
    {
      title: 'Holidays',
      rows: [
        ['date', 'name'],
        ...['04-04', '04-05', '04-06', '05-01', '05-02', '05-03', '05-04', '05-05'].map((d) => [
          `2026-${d}`,
          'holiday',
        ]),
      ],
    },
    {
      title: 'Workdays',
      rows: [
        ['date', 'name'],
        ['2026-05-09', 'Labour Day make-up day'],
      ],
    },
    {
      title: 'Appraisals',
      rows: [
        [
          'period',
          'rep_id',
          'self_submitted',
          'manager_reviewed',
          'one_on_one',
          'one_on_one_minutes',
          'appeal_filed',
          'appeal_resolved',
          'appeal_outcome',
        ],
        ...appraisals,
      ],
    },
    {
      title: 'Inquiries',
      rows: [['date', 'rep_id', 'period', 'line', 'text', 'status', 'resolved', 'amount'], ...inquiries],
    },
  ];
}

function run(appraisals: RawCell[][], inquiries: RawCell[][], asOf: string, locale: 'en' | 'zh-CN' = 'en') {
  const read = ingest(workbook(appraisals, inquiries));
  expect(read.issues).toEqual([]);
  return appraisalResults(read.inputs, asOf, locale);
}

describe('appraisalResults: rounds', () => {
  // Given March 2026: S101 hands in the self-review after Qingming, has a 20-minute 1:1, appeals and waits
  // for HR; S102's round goes to plan
  const rows: RawCell[][] = [
    ['2026-03', 'S101', '2026-04-07', '2026-04-10', '2026-04-15', 20, '2026-04-14', '', ''],
    ['2026-03', 's102', '2026-04-02', '2026-04-10', '2026-04-14', 45, '', '', ''],
  ];

  test('raises one alert per late, missing or short step, each with its deadline and how late', () => {
    const { alerts } = run(rows, [], '2026-04-24');
    expect(alerts.map((a) => [a.rule, a.severity, a.rep_id, a.period, a.figures])).toEqual([
      [
        'appraisal_self_review_late',
        'low',
        'S101',
        '2026-03',
        { deadline: '2026-04-03', done_on: '2026-04-07', working_days_late: 1, row: 2 },
      ],
      [
        'appraisal_appeal_answer_missing',
        'high',
        'S101',
        '2026-03',
        { deadline: '2026-04-21', working_days_late: 3, row: 2 },
      ],
      [
        'appraisal_one_on_one_short',
        'medium',
        'S101',
        '2026-03',
        {
          held_on: '2026-04-15',
          minutes: 20,
          minimum_minutes: 30,
          deadline: '2026-04-21',
          manager_id: 'S100',
          row: 2,
        },
      ],
    ]);
    expect(alerts[0]!.message.en).toBe(
      'Self-review of 2026-03 for S101 Wang Lei was done on 2026-04-07, 1 working day after its deadline (2026-04-03).',
    );
    expect(alerts[1]!.message['zh-CN']).toBe(
      'S101 Wang Lei 2026-03 的申诉答复尚未完成：截止日 2026-04-21，截至 2026-04-24 已逾期3个工作日。',
    );
    expect(alerts[2]!.message.en).toBe(
      'The 1:1 of 2026-03 for S101 Wang Lei with manager S100 Chen Zhiqiang on 2026-04-15 lasted 20 minutes, less than the 30 required.',
    );
  });

  test('writes each rep’s round for the Scorecard, keyed by the rep id of the Reps tab and the period', () => {
    const { scorecardStatus } = run(rows, [], '2026-04-24');
    expect([...scorecardStatus]).toEqual([
      [
        'S101\u00002026-03',
        'overdue: self-review 1 working day late (due 2026-04-03, done 2026-04-07); 1:1 only 20 minutes (at least 30); appeal filed 2026-04-14; HR’s answer to the appeal missing, 3 working days overdue (due 2026-04-21)',
      ],
      ['S102\u00002026-03', 'complete, all on time'],
    ]);
  });

  test('writes the Scorecard text in Chinese for a Chinese workbook', () => {
    const { scorecardStatus } = run(rows, [], '2026-04-24', 'zh-CN');
    expect(scorecardStatus.get('S101\u00002026-03')).toBe(
      '已逾期：自评逾期1个工作日（截止2026-04-03，2026-04-07完成）；面谈仅20分钟（应不少于30分钟）；2026-04-14提出申诉；申诉答复未完成，已逾期3个工作日（截止2026-04-21）',
    );
    expect(scorecardStatus.get('S102\u00002026-03')).toBe('已完成，各环节均按时');
  });

  test('shows steps still due with their deadline, and raises nothing for them', () => {
    const { alerts, scorecardStatus, json } = run(
      [['2026-04', 'S101', '2026-05-08', '', '', '', '', '', '']],
      [],
      '2026-05-11',
    );
    expect(alerts).toEqual([]);
    expect(scorecardStatus.get('S101\u00002026-04')).toBe(
      'in progress: manager review due by 2026-05-14; 1:1 due by 2026-05-21',
    );
    expect(json.appraisals[0]).toMatchObject({
      period: '2026-04',
      rep_id: 'S101',
      row: 2,
      period_end: '2026-04-30',
      status: 'in_progress',
      self_review: { deadline: '2026-05-08', day: '2026-05-08', status: 'on_time', working_days_late: 0 },
      manager_review: { deadline: '2026-05-14', day: null, status: 'pending', working_days_late: 0 },
      appeal: { deadline: null, day: null, status: 'none', working_days_late: 0 },
    });
  });
});

describe('appraisalResults: inquiries', () => {
  const inquiries: RawCell[][] = [
    [
      '2026-04-08',
      'S101',
      '2026-03',
      'commission',
      'a split deal credited to S102 alone',
      'resolved',
      '2026-04-15',
      860,
    ],
    ['2026-05-06', 'S102', '2026-04', 'performance bonus', 'bonus prorated', 'open', '', ''],
    ['2026-05-11', 'S102', '2026-04', 'commission', '', 'open', '', ''],
    ['2026-04-20', 'S101', '2026-03', 'pool', '', 'resolved', '', -200],
  ];

  test('turns an answered inquiry that changes pay into a line in the month it was answered, naming the inquiry', () => {
    const { inquiryAdjustments } = run([], inquiries, '2026-05-15');
    expect(inquiryAdjustments.map((a) => ({ ...a, amount: a.amount.toFixed(2) }))).toEqual([
      {
        day: '2026-04-15',
        rep: 'S101',
        amount: '860.00',
        reason: 'inquiry of 2026-04-08 on commission 2026-03: a split deal credited to S102 alone',
        row: 2,
        tab: 'Inquiries',
      },
    ]);
    const { inquiryAdjustments: zh } = run([], inquiries, '2026-05-15', 'zh-CN');
    expect(zh[0]!.reason).toBe(
      '薪酬异议（2026-04-08 提出，2026-03 commission）：a split deal credited to S102 alone',
    );
  });

  test('alerts an open inquiry past 5 working days, and one answered with a pay change but no day', () => {
    const { alerts } = run([], inquiries, '2026-05-15');
    expect(alerts.map((a) => [a.rule, a.severity, a.rep_id, a.figures])).toEqual([
      [
        'inquiry_overdue',
        'medium',
        'S102',
        {
          raised_on: '2026-05-06',
          line: 'performance bonus',
          answer_due: '2026-05-12',
          age_working_days: 8,
          working_days_overdue: 3,
          row: 3,
        },
      ],
      [
        'inquiry_resolved_undated',
        'low',
        'S101',
        { raised_on: '2026-04-20', line: 'pool', amount: '-200.00', row: 5 },
      ],
    ]);
    expect(alerts[0]!.message.en).toBe(
      'The pay inquiry of S102 Li Na raised on 2026-05-06 about performance bonus 2026-04 is still open after 8 working days: it was due an answer by 2026-05-12 (5 working days), 3 working days overdue as of 2026-05-15.',
    );
  });

  test('reports every inquiry’s age in working days in the JSON', () => {
    const { json } = run([], inquiries, '2026-05-15');
    expect(
      json.inquiries.map((q) => [
        q.row,
        q.open,
        q.age_working_days,
        q.answer_due,
        q.working_days_overdue,
        q.amount,
        q.paid_in,
      ]),
    ).toEqual([
      [2, false, 5, '2026-04-15', 0, 860, '2026-04'],
      [3, true, 8, '2026-05-12', 3, null, null],
      [4, true, 4, '2026-05-18', 0, null, null],
      [5, false, null, '2026-04-27', 0, -200, null],
    ]);
  });
});
