import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { templateWorkbook } from '../template/template.js';
import { ingest, type Ingested } from '../workbook/ingest.js';
import { issueMessage } from '../workbook/messages.js';
import { XlsxWorkbook } from '../workbook/xlsx-workbook.js';
import { DEMO_AS_OF, demoOrganisation } from './organisation.js';

const CHANNELS = [
  'key_accounts', 'mall_expo', 'community_roadshow', 'resale_agency',
  'flyers', 'cold_calls', 'street_intercept', 'competitor_intercept',
];

describe.each(['zh-CN', 'en'] as const)('the demo organisation in %s', (locale) => {
  let folder: string;
  let read: Ingested;

  beforeAll(async () => {
    // Given the demo written as a template workbook and read back like any manager's file
    folder = await mkdtemp(path.join(os.tmpdir(), 'salesperf-demo-'));
    const file = path.join(folder, 'demo.xlsx');
    await templateWorkbook(locale, demoOrganisation(locale)).xlsx.writeFile(file);
    read = ingest(await new XlsxWorkbook(file).read());
  });

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  test('reads back with no data issue and nothing that stops the run', () => {
    const described = read.issues.map((i) => `${i.tab}!${i.cell ?? i.row ?? ''} ${i.code}: ${issueMessage(i, locale)}`);
    expect(described).toEqual([]);
    expect(read.stops).toEqual([]);
    expect(read.counts.skipped).toBe(0);
  });

  test('has about forty reps in four teams, each team led by one manager', () => {
    const { reps } = read.inputs;
    expect(reps.length).toBeGreaterThanOrEqual(36);
    expect(reps.length).toBeLessThanOrEqual(44);
    const teams = new Set(reps.map((r) => r.team));
    expect(teams.size).toBe(4);
    for (const team of teams) {
      const managers = reps.filter((r) => r.team === team && r.role === 'manager');
      expect(managers).toHaveLength(1);
      const members = reps.filter((r) => r.team === team && r.role !== 'manager');
      expect(members.every((r) => r.manager_id === managers[0]!.rep_id)).toBe(true);
    }
  });

  test('works every one of the eight channels, each with reps', () => {
    const { channels, reps } = read.inputs;
    expect(channels.map((c) => c.channel).sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) expect(reps.some((r) => r.channel === channel)).toBe(true);
  });

  test('logs at least 8,000 activity rows, none after the as-of day', () => {
    const { activity } = read.inputs;
    expect(activity.length).toBeGreaterThanOrEqual(8000);
    expect(activity.filter((a) => a.date > DEMO_AS_OF)).toEqual([]);
  });

  test('logs every rep’s activity inside their employment', () => {
    const { activity, reps } = read.inputs;
    const byId = new Map(reps.map((r) => [r.rep_id, r]));
    const outside = activity.filter((a) => {
      const rep = byId.get(a.rep_id)!;
      return a.date < rep.hire_date || (rep.leave_date !== undefined && a.date > rep.leave_date);
    });
    expect(outside.map((a) => a.id)).toEqual([]);
  });

  test('lets each customer’s lead come before their visits, registration, subscription and deal', () => {
    const firstLead = new Map<string, string>();
    for (const a of read.inputs.activity) {
      if (a.type === 'lead' && a.customer_id !== undefined && !firstLead.has(a.customer_id)) firstLead.set(a.customer_id, a.date);
    }
    const early = read.inputs.activity.filter((a) => {
      if (a.customer_id === undefined || a.type === 'lead') return false;
      const lead = firstLead.get(a.customer_id);
      return lead === undefined || a.date < lead;
    });
    expect(early.map((a) => a.id)).toEqual([]);
  });
});

describe('demoOrganisation', () => {
  test('gives the same rows on every call', () => {
    expect(demoOrganisation('zh-CN')).toEqual(demoOrganisation('zh-CN'));
    expect(demoOrganisation('en')).toEqual(demoOrganisation('en'));
  });

  test('differs between languages only in words, never in numbers', () => {
    const zh = demoOrganisation('zh-CN');
    const en = demoOrganisation('en');
    expect(en.Activity).toEqual(zh.Activity);
    expect(en.Targets).toEqual(zh.Targets);
    expect(en.Reps?.map(({ name: _name, ...rest }) => rest)).toEqual(zh.Reps?.map(({ name: _name, ...rest }) => rest));
  });
});
