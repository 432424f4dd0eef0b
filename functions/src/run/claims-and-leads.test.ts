import { describe, expect, test } from 'vitest';
import { ingest } from '../workbook/ingest.js';
import type { RawCell, RawTab } from '../workbook/port.js';
import { claimsAndLeads } from './claims-and-leads.js';

/** A small workbook as a manager would type it; the Settings rows override the defaults. */
function workbook(tabs: { settings?: RawCell[][]; activity?: RawCell[][]; claims?: RawCell[][] }): RawTab[] {
  return [
    { title: 'Settings', rows: [['key', 'value'], ['locale', 'en'], ...(tabs.settings ?? [])] },
    {
      title: 'Reps',
      rows: [
        ['rep_id', 'name', 'hire_date', 'plan'],
        ['S1', 'Wang Lei', '2025-01-06', 'standard'],
        ['S2', 'Li Na', '2025-01-06', 'standard'],
        ['S3', 'Zhao Min', '2025-01-06', 'standard'],
      ],
    },
    {
      title: 'Activity',
      rows: [['date', 'rep_id', 'type', 'customer_id', 'lead_grade'], ...(tabs.activity ?? [])],
    },
    { title: 'Claims', rows: [['resource', 'rep_id', 'claimed_at'], ...(tabs.claims ?? [])] },
  ];
}

function run(tabs: Parameters<typeof workbook>[0], asOf: string, locale: 'en' | 'zh-CN' = 'en') {
  const read = ingest(workbook(tabs));
  expect(read.issues).toEqual([]);
  return claimsAndLeads(read.inputs, asOf, locale);
}

describe('claimsAndLeads: claims', () => {
  // Given S1's claim at 00:00 on 2026-03-01 and 5 days protection
  const claims: RawCell[][] = [
    ['org_a', 'S1', '2026-03-01'],
    ['org_a', 'S2', '2026-03-05 23:59'],
    ['org_b', 'S1', '2026-03-01'],
    ['org_b', 'S2', '2026-03-06 00:00'],
    ['org_c', 'S3', '2026-03-02 09:30'],
    ['org_c', 'S2', '2026-03-02 09:30'],
  ];

  test('rejects a claim at 23:59 on day 5 and lets one at 00:00 on day 6 take over, the earlier row winning a tie', () => {
    const { claims: json } = run({ claims }, '2026-03-10');
    expect(json).toEqual([
      {
        resource: 'org_a',
        owner: 'S1',
        window_end: '2026-03-06T00:00',
        rejected: [{ rep_id: 'S2', claimed_at: '2026-03-05T23:59' }],
      },
      { resource: 'org_b', owner: 'S2', window_end: '2026-03-11T00:00', rejected: [] },
      {
        resource: 'org_c',
        owner: 'S3',
        window_end: '2026-03-07T09:30',
        rejected: [{ rep_id: 'S2', claimed_at: '2026-03-02T09:30' }],
      },
    ]);
  });

  test('follows the protection days of the Settings tab', () => {
    const { claims: json } = run({ claims, settings: [['claim_protection_days', '4']] }, '2026-03-10');
    expect(json[0]).toEqual({ resource: 'org_a', owner: 'S2', window_end: '2026-03-09T23:59', rejected: [] });
  });

  test('writes the Claims Status tab with each resource’s status and the rejected claims, in the workbook’s language', () => {
    const { claimsTab } = run({ claims }, '2026-03-10', 'zh-CN');
    expect(claimsTab.title).toBe('报备状态');
    const text = claimsTab.rows.map((r) => r.map((c) => c.value ?? '').join('|'));
    expect(text).toEqual([
      '资源归属',
      '资源|归属人|报备时间|保护期至|状态',
      'org_a|S1|2026-03-01 00:00|2026-03-06 00:00|可重新报备',
      'org_b|S2|2026-03-06 00:00|2026-03-11 00:00|保护中',
      'org_c|S3|2026-03-02 09:30|2026-03-07 09:30|可重新报备',
      '',
      '被驳回的报备',
      '资源|报备人|报备时间|归属人|保护期至',
      'org_a|S2|2026-03-05 23:59|S1|2026-03-06 00:00',
      'org_c|S2|2026-03-02 09:30|S3|2026-03-07 09:30',
    ]);
  });

  test('says so on the tab when there are no claims', () => {
    const { claims: json, claimsTab } = run({}, '2026-03-10');
    expect(json).toEqual([]);
    expect(claimsTab.rows[0]?.[0]?.style).toBe('note');
  });
});

describe('claimsAndLeads: late follow-ups', () => {
  // Given, as of 2026-05-15 with the default rules (24 hours, 7 days, 3 days):
  const activity: RawCell[][] = [
    ['2026-05-04', 'S1', 'lead', 'C1', 'A'], // called the next day: on time
    ['2026-05-05', 'S1', 'call', 'C1', null],
    ['2026-05-04', 'S1', 'lead', 'C2', 'A'], // called two days later: a day late
    ['2026-05-06', 'S1', 'call', 'C2', null],
    ['2026-05-01', 'S2', 'lead', 'C3', 'B'], // untouched: 7 days late
    ['2026-05-04', 'S3', 'proposal', 'C4', null], // followed up on day 3: on time
    ['2026-05-07', 'S3', 'call', 'C4', null],
    ['2026-05-04', 'S3', 'proposal', 'C5', null], // followed up on day 4: a day late
    ['2026-05-08', 'S3', 'visit', 'C5', null],
    ['2026-05-14', 'S1', 'lead', 'C6', 'A'], // deadline 2026-05-15, the as-of day: not judged yet
  ];

  test('raises one alert per late lead or proposal, high for grade A, in the month of the lead', () => {
    const { alerts } = run({ activity }, '2026-05-15');
    expect(
      alerts.map((a) => [a.rule, a.severity, a.rep_id, a.period, a.figures.customer_id, a.figures.days_late]),
    ).toEqual([
      ['lead_sla_b', 'medium', 'S2', '2026-05', 'C3', 7],
      ['lead_sla_a', 'high', 'S1', '2026-05', 'C2', 1],
      ['proposal_followup', 'medium', 'S3', '2026-05', 'C5', 1],
    ]);
  });

  test('gives the figures behind each alert: customer, day, deadline, days late, the late follow-up and the sheet row', () => {
    const { alerts } = run({ activity }, '2026-05-15');
    expect(alerts.map((a) => a.figures)).toEqual([
      {
        customer_id: 'C3',
        lead_day: '2026-05-01',
        deadline: '2026-05-08',
        days_late: 7,
        followed_up_on: null,
        row: 6,
      },
      {
        customer_id: 'C2',
        lead_day: '2026-05-04',
        deadline: '2026-05-05',
        days_late: 1,
        followed_up_on: '2026-05-06',
        row: 4,
      },
      {
        customer_id: 'C5',
        proposal_day: '2026-05-04',
        deadline: '2026-05-07',
        days_late: 1,
        followed_up_on: '2026-05-08',
        row: 9,
      },
    ]);
  });

  test('names the lead, the rep and how late in English and Chinese', () => {
    const { alerts } = run({ activity }, '2026-05-15');
    expect(alerts.map((a) => a.message)).toEqual([
      {
        en: 'Grade-B lead C3 (2026-05-01, S2 Li Na) has been untouched for more than 7 days: 7 days late as of 2026-05-15 (due by 2026-05-08).',
        'zh-CN':
          'B类线索 C3（2026-05-01，S2 Li Na）超过7天无人跟进，截至 2026-05-15 已逾期7天（最迟应于 2026-05-08 跟进）。',
      },
      {
        en: 'Grade-A lead C2 (2026-05-04) was first called or visited by S1 Wang Lei on 2026-05-06, 1 day after the 24-hour deadline (2026-05-05).',
        'zh-CN':
          'A类线索 C2（2026-05-04）：S1 Wang Lei 于 2026-05-06 才电话或到访跟进，超出24小时时限（2026-05-05）1天。',
      },
      {
        en: 'Proposal to C5 by S3 Zhao Min (2026-05-04) was first followed up on 2026-05-08, 1 day after the 3-day deadline (2026-05-07).',
        'zh-CN':
          'S3 Zhao Min 于 2026-05-04 向 C5 提交的方案于 2026-05-08 才有跟进，超出3天时限（2026-05-07）1天。',
      },
    ]);
  });

  test('judges the lead of the day before once its deadline has passed', () => {
    const { alerts } = run({ activity }, '2026-05-16');
    expect(alerts.find((a) => a.figures.customer_id === 'C6')?.figures).toMatchObject({
      lead_day: '2026-05-14',
      deadline: '2026-05-15',
      days_late: 1,
    });
  });

  test('follows the SLA hours of the Settings tab', () => {
    const { alerts } = run({ activity, settings: [['lead_sla_a_hours', '48']] }, '2026-05-15');
    expect(alerts.filter((a) => a.rule === 'lead_sla_a')).toEqual([]);
  });
});
