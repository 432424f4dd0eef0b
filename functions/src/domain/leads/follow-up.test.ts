import { describe, expect, test } from 'vitest';
import { addDays } from '../days.js';
import type { ActivityEntry } from './activity-index.js';
import { lateFollowUps } from './follow-up.js';

const RULES = { leadSlaAHours: 24, leadSlaBDays: 7, proposalFollowUpDays: 3 };

describe('lateFollowUps', () => {
  // Given a small log, as of 2026-05-15 with the default rules
  const log: ActivityEntry[] = [
    { date: '2026-05-04', rep_id: 'S1', type: 'lead', customer_id: 'C1', lead_grade: 'A', row: 2 },
    { date: '2026-05-06', rep_id: 'S1', type: 'call', customer_id: 'C1', row: 3 },
    { date: '2026-05-01', rep_id: 'S1', type: 'lead', customer_id: 'C2', lead_grade: 'B', row: 4 },
    { date: '2026-05-04', rep_id: 'S2', type: 'Proposal', customer_id: 'C3', row: 5 },
    { date: '2026-05-07', rep_id: 'S2', type: 'call', customer_id: 'C3', row: 6 },
    { date: '2026-05-02', rep_id: 'S3', type: 'lead', customer_id: 'C4', lead_grade: 'C', row: 7 },
    { date: '2026-05-02', rep_id: 'S3', type: 'lead', lead_grade: 'A', row: 8 },
    { date: '2026-05-14', rep_id: 'S3', type: 'lead', customer_id: 'C5', lead_grade: 'A', row: 9 },
    { date: '2026-05-16', rep_id: 'S3', type: 'lead', customer_id: 'C6', lead_grade: 'A', row: 10 },
    { date: '2026-05-03', rep_id: 'S4', type: 'lead', customer_id: 'C7', lead_grade: 'A', row: 11 },
    { date: '2026-05-03', rep_id: 'S4', type: 'call', customer_id: 'C7', row: 12 },
  ];

  test('finds the late grade-A lead and the untouched grade-B lead, in order of their days', () => {
    // When the log is judged
    const late = lateFollowUps(log, '2026-05-15', RULES);
    // Then the B lead of 2026-05-01 and the A lead of 2026-05-04 are late; the proposal was answered on day 3
    expect(late).toEqual([
      {
        rule: 'lead_sla_b',
        repId: 'S1',
        customerId: 'C2',
        day: '2026-05-01',
        deadline: '2026-05-08',
        daysLate: 7,
        row: 4,
      },
      {
        rule: 'lead_sla_a',
        repId: 'S1',
        customerId: 'C1',
        day: '2026-05-04',
        deadline: '2026-05-05',
        daysLate: 1,
        followedUpOn: '2026-05-06',
        row: 2,
      },
    ]);
  });

  test('leaves out grade-C leads, leads with no customer, leads not due yet and rows after the as-of day', () => {
    const rows = new Set(lateFollowUps(log, '2026-05-15', RULES).map((l) => l.row));
    for (const row of [7, 8, 9, 10, 11]) expect(rows.has(row)).toBe(false);
  });

  test('judges a proposal answered only on day 4 as late once the rule is 2 days', () => {
    const late = lateFollowUps(log, '2026-05-15', { ...RULES, proposalFollowUpDays: 2 });
    expect(late.filter((l) => l.rule === 'proposal_followup')).toEqual([
      {
        rule: 'proposal_followup',
        repId: 'S2',
        customerId: 'C3',
        day: '2026-05-04',
        deadline: '2026-05-06',
        daysLate: 1,
        followedUpOn: '2026-05-07',
        row: 5,
      },
    ]);
  });

  test('judges a log of a million rows in a few seconds, a busy customer included', () => {
    // Given 200,000 customers with a lead, a call and three other rows each, and one customer with
    // 100,000 rows of grade-B leads on one day (a scan per lead would take minutes)
    const rows: ActivityEntry[] = [];
    const first = '2026-02-01';
    for (let c = 0; c < 200_000; c++) {
      const day = addDays(first, c % 90);
      const customer_id = `C${c}`;
      const rep_id = `S${c % 40}`;
      const grade = c % 3 === 0 ? 'A' : c % 3 === 1 ? 'B' : undefined;
      rows.push({
        date: day,
        rep_id,
        type: grade ? 'lead' : 'proposal',
        customer_id,
        lead_grade: grade,
        row: rows.length + 2,
      });
      rows.push({ date: addDays(day, c % 5), rep_id, type: 'call', customer_id, row: rows.length + 2 });
      rows.push({ date: addDays(day, 9), rep_id: 'S0', type: 'visit', customer_id, row: rows.length + 2 });
      rows.push({ date: addDays(day, 12), rep_id, type: 'registration', customer_id, row: rows.length + 2 });
      rows.push({ date: addDays(day, 20), rep_id, type: 'subscription', customer_id, row: rows.length + 2 });
    }
    const busy = rows.length;
    for (let i = 0; i < 100_000; i++)
      rows.push({
        date: '2026-03-01',
        rep_id: `S${i % 40}`,
        type: 'lead',
        customer_id: 'BUSY',
        lead_grade: 'B',
        row: busy + i + 2,
      });

    // When it is judged
    const started = performance.now();
    const late = lateFollowUps(rows, '2026-05-15', RULES);
    const seconds = (performance.now() - started) / 1000;

    // Then A leads first called on day 2 or later (c % 5 ≥ 2) are late, so are proposals whose call came
    // on day 4 or on their own day (the next row being the visit on day 9), and the busy customer's
    // leads touch one another
    const customers = Array.from({ length: 200_000 }, (_, c) => c);
    const expectedA = customers.filter((c) => c % 3 === 0 && c % 5 >= 2).length;
    const expectedProposals = customers.filter((c) => c % 3 === 2 && (c % 5 === 4 || c % 5 === 0)).length;
    expect(rows.length).toBe(1_100_000);
    expect(late.filter((l) => l.rule === 'lead_sla_a')).toHaveLength(expectedA);
    expect(late.filter((l) => l.rule === 'proposal_followup')).toHaveLength(expectedProposals);
    expect(late.filter((l) => l.rule === 'lead_sla_b')).toHaveLength(0);
    expect(seconds).toBeLessThan(15);
  });
});
