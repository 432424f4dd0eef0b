import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_AS_OF, demoOrganisation } from '../demo/organisation.js';
import { templateWorkbook } from '../template/template.js';
import { ingest } from '../workbook/ingest.js';
import { XlsxWorkbook } from '../workbook/xlsx-workbook.js';
import { claimsAndLeads, type ClaimsAndLeads } from './claims-and-leads.js';

describe('claims and lead follow-ups of the demo organisation', () => {
  let folder: string;
  let result: ClaimsAndLeads;

  beforeAll(async () => {
    // Given the demo written as a template workbook and read back like any manager's file
    folder = await mkdtemp(path.join(os.tmpdir(), 'salesperf-claims-'));
    const file = path.join(folder, 'demo.xlsx');
    await templateWorkbook('en', demoOrganisation('en')).xlsx.writeFile(file);
    result = claimsAndLeads(ingest(await new XlsxWorkbook(file).read()).inputs, DEMO_AS_OF, 'en');
  });

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  test('shows the two claims the demo plants inside a window as rejected, and the takeover after one', () => {
    const rejected = result.claims.flatMap((c) =>
      c.rejected.map((r) => [c.resource, c.owner, r.rep_id, r.claimed_at]),
    );
    expect(rejected).toEqual([
      ['org_city_no2_hospital', 'S302', 'S102', '2026-03-09T11:05'],
      ['org_xinghai_tech', 'S101', 'S201', '2026-03-06T16:40'],
    ]);
    expect(result.claims.find((c) => c.resource === 'org_huaxin_pharma')).toMatchObject({
      owner: 'S202',
      window_end: '2026-04-25T14:30',
    });
    expect(result.claims).toHaveLength(12);
  });

  test('raises late-lead and late-proposal alerts in numbers a manager can work through', () => {
    const byRule = (rule: string) => result.alerts.filter((a) => a.rule === rule).length;
    expect(byRule('lead_sla_a')).toBeGreaterThan(0);
    expect(byRule('lead_sla_b')).toBeGreaterThan(0);
    expect(byRule('proposal_followup')).toBeGreaterThan(0);
    // A quarter of 40 reps: dozens of alerts, not thousands.
    expect(result.alerts.length).toBeGreaterThanOrEqual(12);
    expect(result.alerts.length).toBeLessThanOrEqual(200);
  });

  test('dates every alert in a month up to the as-of day, grade-A leads high and the rest medium', () => {
    for (const a of result.alerts) {
      expect(a.period! <= DEMO_AS_OF.slice(0, 7)).toBe(true);
      expect(a.severity).toBe(a.rule === 'lead_sla_a' ? 'high' : 'medium');
      expect(a.figures.deadline! < DEMO_AS_OF).toBe(true);
    }
  });
});
