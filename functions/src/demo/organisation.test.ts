import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FLAGS, type Flag } from '../domain/scorecard/flags.js';
import { scorecardResults, type ScorecardResults } from '../run/scorecard-results.js';
import { templateWorkbook } from '../template/template.js';
import { ingest, type Ingested } from '../workbook/ingest.js';
import { issueMessage } from '../workbook/messages.js';
import { XlsxWorkbook } from '../workbook/xlsx-workbook.js';
import { DEMO_AS_OF, demoOrganisation } from './organisation.js';

const CHANNELS = [
  'key_accounts',
  'mall_expo',
  'community_roadshow',
  'resale_agency',
  'flyers',
  'cold_calls',
  'street_intercept',
  'competitor_intercept',
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
  }, 60_000);

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  test('reads back with no data issue and nothing that stops the run', () => {
    const described = read.issues.map(
      (i) => `${i.tab}!${i.cell ?? i.row ?? ''} ${i.code}: ${issueMessage(i, locale)}`,
    );
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

  test('logs activity from 2024-01-01 to the as-of day in at most 45,000 rows', () => {
    const { activity } = read.inputs;
    expect(activity.length).toBeGreaterThanOrEqual(25_000);
    expect(activity.length).toBeLessThanOrEqual(45_000);
    expect(activity.reduce((first, a) => (a.date < first ? a.date : first), DEMO_AS_OF)).toBe('2024-01-01');
    expect(activity.filter((a) => a.date > DEMO_AS_OF)).toEqual([]);
  });

  test('keeps the ordinary business before the launch light: 20 to 40 rows per rep and month', () => {
    const perRepMonth = new Map<string, number>();
    for (const a of read.inputs.activity) {
      if (a.date >= '2026-02') continue;
      const key = `${a.rep_id} ${a.date.slice(0, 7)}`;
      perRepMonth.set(key, (perRepMonth.get(key) ?? 0) + 1);
    }
    const mean = [...perRepMonth.values()].reduce((s, n) => s + n, 0) / perRepMonth.size;
    expect(mean).toBeGreaterThanOrEqual(20);
    expect(mean).toBeLessThanOrEqual(40);
  });

  test('gives every rep the four monthly targets from 2024-01 (or their first month) through the 2026 plan', () => {
    const { reps, targets } = read.inputs;
    const has = new Set(targets.map((t) => `${t.rep_id} ${t.metric} ${t.period}`));
    for (const rep of reps.filter((r) => r.role !== 'manager' && r.leave_date === undefined)) {
      for (const period of ['2025-12', '2026-04', '2026-12']) {
        if (rep.hire_date > `${period}-01`) continue;
        for (const metric of ['revenue', 'new_customers', 'collection_rate', 'lead_conversion']) {
          expect(has.has(`${rep.rep_id} ${metric} ${period}`), `${rep.rep_id} ${metric} ${period}`).toBe(
            true,
          );
        }
      }
    }
    expect(has.has('S101 revenue 2024-01')).toBe(true);
  });

  describe('recalculated as of the demo day', () => {
    let results: ScorecardResults;
    beforeAll(() => {
      results = scorecardResults(read.inputs, DEMO_AS_OF);
    }, 60_000);
    const flagged = (flag: Flag) =>
      results.json.filter((c) => c.flags.includes(flag)).map((c) => `${c.rep_id} ${c.period}`);

    test.each(FLAGS)('raises %s at least once', (flag) => {
      expect(flagged(flag).length).toBeGreaterThan(0);
    });

    test('puts a few reps on an improvement plan, never dozens', () => {
      expect(flagged('pip').length).toBeLessThan(24);
    });

    test.each<[string, string, Flag[]]>([
      [
        'the long-time star joins the trainee pool and is a promotion candidate',
        'S101 2025',
        ['trainee_pool', 'promotion_candidate'],
      ],
      [
        'the September 2025 hire earns the new hire award in her first full quarter',
        'S210 2025-Q4',
        ['new_hire_award'],
      ],
      ['the slipping prospector has two low quarters running', 'S109 2026-Q1', ['low_grade']],
      ['the slipping prospector is on an improvement plan in January', 'S109 2026-01', ['pip', 'warning']],
      ['the fading caller is on an improvement plan at the launch', 'S407 2026-03', ['pip', 'warning']],
    ])('%s', (_story, card, flags) => {
      const [rep, period] = card.split(' ');
      expect(results.json.find((c) => c.rep_id === rep && c.period === period)?.flags).toEqual(
        expect.arrayContaining(flags),
      );
    });

    test('someone is eligible for a rate raise after the launch quarter', () => {
      expect(flagged('rate_raise_eligible').filter((c) => c.endsWith('2026-Q1')).length).toBeGreaterThan(0);
    });

    test('spreads April 2026 over at least three grades, none held by more than 60% of reps', () => {
      const grades = results.json
        .filter((c) => c.period === '2026-04' && c.grade !== null)
        .map((c) => c.grade!);
      const counts = [...new Set(grades)].map((g) => grades.filter((x) => x === g).length);
      expect(counts.length).toBeGreaterThanOrEqual(3);
      expect(Math.max(...counts)).toBeLessThanOrEqual(0.6 * grades.length);
    });

    test('leaves the month in progress unflagged', () => {
      expect(results.json.filter((c) => c.period === '2026-05' && c.flags.length > 0)).toEqual([]);
    });
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
      if (a.type === 'lead' && a.customer_id !== undefined && !firstLead.has(a.customer_id))
        firstLead.set(a.customer_id, a.date);
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
    expect(en.Reps?.map(({ name: _name, ...rest }) => rest)).toEqual(
      zh.Reps?.map(({ name: _name, ...rest }) => rest),
    );
  });
});
