import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_AS_OF, demoOrganisation } from '../demo/organisation.js';
import { alertsTab } from '../outputs/alerts-tab.js';
import { scorecardTab } from '../outputs/scorecard-tab.js';
import { templateWorkbook } from '../template/template.js';
import { ingest, type Inputs } from '../workbook/ingest.js';
import { XlsxWorkbook } from '../workbook/xlsx-workbook.js';
import { appraisalResults, type AppraisalResults } from './appraisal-results.js';
import { scorecardResults } from './scorecard-results.js';

describe('the appraisal rounds and pay inquiries of the demo organisation', () => {
  let folder: string;
  let inputs: Inputs;
  let result: AppraisalResults;

  beforeAll(async () => {
    // Given the demo written as a template workbook and read back like any manager's file
    folder = await mkdtemp(path.join(os.tmpdir(), 'salesperf-appraisals-'));
    const file = path.join(folder, 'demo.xlsx');
    await templateWorkbook('en', demoOrganisation('en')).xlsx.writeFile(file);
    inputs = ingest(await new XlsxWorkbook(file).read()).inputs;
    result = appraisalResults(inputs, DEMO_AS_OF, 'en');
  });

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  test('reads the official 2026 calendar: 33 days off and 6 make-up working days', () => {
    expect(inputs.holidays).toHaveLength(33);
    expect(inputs.workdays.map((w) => w.date)).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
  });

  test('raises a few alerts: the late, missing and short steps of the rounds and the overdue inquiry', () => {
    const byRule: Record<string, number> = {};
    for (const a of result.alerts) byRule[a.rule] = (byRule[a.rule] ?? 0) + 1;
    expect(byRule).toEqual({
      appraisal_self_review_late: 3,
      appraisal_manager_review_late: 1,
      appraisal_one_on_one_late: 1,
      appraisal_one_on_one_short: 1,
      appraisal_appeal_answer_late: 1,
      appraisal_self_review_missing: 1,
      appraisal_manager_review_missing: 1,
      inquiry_overdue: 1,
    });
  });

  test('gives every late or missing step its deadline and working days late, on the Alerts tab too', () => {
    const steps = result.alerts.filter((a) => /_(late|missing)$/.test(a.rule));
    for (const a of steps) {
      expect(a.figures.deadline! < DEMO_AS_OF).toBe(true);
      expect(a.figures.working_days_late).toBeGreaterThan(0);
    }
    const tab = alertsTab(result.alerts, new Map(inputs.reps.map((r) => [r.rep_id, r.name])), 'en');
    const row = tab.rows
      .map((r) => r.map((c) => c.value ?? '').join('|'))
      .find((r) => r.includes('appraisal_self_review_late') && r.includes('S109'));
    expect(row).toContain('deadline=2026-05-08; done_on=2026-05-12; working_days_late=3');
  });

  test('shows each rep’s round on the Scorecard, late steps with their deadline and how late', () => {
    const scores = scorecardResults(inputs, DEMO_AS_OF);
    const tab = scorecardTab(scores.cards, scores.ladder, 'en', result.scorecardStatus);
    const header = tab.rows[0]!.map((c) => c.value);
    const at = (name: string) => header.indexOf(name);
    expect(at('Appraisal')).toBe(at('Flags') + 1);
    const cell = (rep: string, period: string) =>
      tab.rows.find((r) => r[at('Period')]!.value === period && r[at('Rep')]!.value === rep)?.[
        at('Appraisal')
      ]!.value;
    expect(cell('S105', '2026-03')).toBe(
      'complete: self-review 1 working day late (due 2026-04-03, done 2026-04-07)',
    );
    expect(cell('S207', '2026-03')).toBe(
      'complete: manager review 2 working days late (due 2026-04-13, done 2026-04-15)',
    );
    expect(cell('S405', '2026-04')).toBe(
      'overdue: self-review missing, 6 working days overdue (due 2026-05-08); 1:1 due by 2026-05-21',
    );
    expect(cell('S105', '2026-02')).toBeNull();
    expect(result.json.appraisals).toHaveLength(72);
  });

  test('pays the answered inquiry in April, naming it, and leaves the open one unpaid', () => {
    expect(result.inquiryAdjustments.map((a) => [a.day, a.rep, a.amount.toFixed(2), a.row, a.tab])).toEqual([
      ['2026-04-15', 'S105', '860.00', 2, 'Inquiries'],
    ]);
    expect(result.inquiryAdjustments[0]!.reason).toMatch(/^inquiry of 2026-04-08 on commission 2026-03: /);
  });
});
