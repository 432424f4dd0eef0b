import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_AS_OF, demoOrganisation } from '../demo/organisation.js';
import { templateWorkbook } from '../template/template.js';
import { ingest } from '../workbook/ingest.js';
import { XlsxWorkbook } from '../workbook/xlsx-workbook.js';
import { campaignResults } from './campaign-results.js';
import { planFunnel } from './funnel-inputs.js';
import { insightResults, type InsightResults } from './insight-results.js';

describe('insights of the demo organisation', () => {
  let folder: string;
  let result: InsightResults;

  beforeAll(async () => {
    // Given the demo written as a template workbook and read back like any manager's file
    folder = await mkdtemp(path.join(os.tmpdir(), 'salesperf-insights-'));
    const file = path.join(folder, 'demo.xlsx');
    await templateWorkbook('en', demoOrganisation('en')).xlsx.writeFile(file);
    const inputs = ingest(await new XlsxWorkbook(file).read()).inputs;
    const { rewardLines } = campaignResults(inputs, planFunnel(inputs).result, DEMO_AS_OF, 'en');
    result = insightResults(inputs, DEMO_AS_OF, 'en', rewardLines);
  }, 120_000); // writing and reading back the whole demo workbook takes a while on a busy machine

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  const notes = () => result.tab.rows.filter((r) => r[0]?.style === 'note').map((r) => String(r[0]?.value));

  test('finds the team_b company that bought three times and has heard nothing since 2026-03-20: a win-back alert', () => {
    const tiers = result.json.customer_tiers;
    expect(
      tiers.customers
        .filter((c) => c.tier === 'core')
        .map((c) => c.customer_id)
        .sort(),
    ).toEqual(['K0001', 'K0002', 'K0003']);
    expect(tiers.win_back).toEqual([
      expect.objectContaining({
        customer_id: 'K0002',
        amount: 900_000,
        purchases: 3,
        last_activity: '2026-03-20',
        days_silent: 56,
      }),
    ]);
    expect(
      result.alerts.filter((a) => a.rule === 'win_back').map((a) => [a.severity, a.figures.customer_id]),
    ).toEqual([['medium', 'K0002']]);
    expect(notes()[0]).toMatch(
      /^Customers: 3 core, \d+ growth, \d+ potential, \d+ dormant; 1 core customer has had no contact for 30 days or more/,
    );
  });

  test('finds the new hire whose first three months fell short of 60% of their mentor’s close rate', () => {
    const hires = result.json.mentoring.flatMap((m) =>
      m.new_hires.map((h) => ({ mentor: m.mentor_id, ...h })),
    );
    const short = hires.filter((h) => h.status === 'short');
    expect(short).toHaveLength(1);
    expect(short[0]).toMatchObject({ complete: true });
    expect(short[0]!.close_rate!).toBeLessThan(short[0]!.target_rate!);
    expect(hires.filter((h) => h.status === 'met').length).toBeGreaterThanOrEqual(2);
    expect(notes().some((n) => n.includes(`short: ${short[0]!.rep_id}`))).toBe(true);
  });

  test('marks the flyers’ week of 2026-04-20 red, and no other channel in the last four weeks', () => {
    const recent = result.alerts.filter((a) => a.rule === 'conversion_drop');
    expect(
      recent
        .filter((a) => a.figures.kind === 'channel')
        .map((a) => [a.severity, a.figures.group, a.figures.week]),
    ).toEqual([['high', 'flyers', '2026-04-20']]);
    const week = result.json.anomalies.weeks.find(
      (w) => w.kind === 'channel' && w.group === 'flyers' && w.week === '2026-04-20',
    )!;
    expect(week.leads).toBeGreaterThanOrEqual(90);
    expect(week.fall).toBeGreaterThan(0.3);
    expect(week.p_value).toBeLessThan(0.05);
    expect(notes().some((n) => n.includes('latest: channel flyers, week of 2026-04-20'))).toBe(true);
  });

  test('reads the mall-expo script test in words: script B converts better, a real difference', () => {
    expect(result.json.ab_tests.map((t) => t.verdict)).toEqual([
      'Script B converts 11.7 points better than script A (24.2% against 12.5%), p = 0.02, 120 and 120 leads: a real difference.',
    ]);
    expect(notes()).toContain(result.json.ab_tests[0]?.verdict);
  });

  test('follows the plan’s goals against 2025-Q4, each with a baseline, a figure since and a status', () => {
    expect(result.json.goals.map((g) => [g.metric_id, g.team, g.wanted])).toEqual([
      ['lead_conversion', null, 0.15],
      ['new_hire_deal_cycle', null, -0.3],
      ['repurchase_rate', null, 0.1],
      ['lead_conversion', 'team_c', 0.15],
      ['revenue', 'team_b', 0.25],
    ]);
    for (const g of result.json.goals) {
      expect(['met', 'on_pace', 'off_pace', 'missed']).toContain(g.status);
      expect([g.baseline, g.now].every((n) => typeof n === 'number')).toBe(true);
    }
    expect(result.json.goals[1]?.since_last).toBe('2026-03-31');
    expect(result.alerts.filter((a) => a.rule === 'goal_off_pace')).toHaveLength(
      result.json.goals.filter((g) => g.status === 'off_pace').length,
    );
  });

  test('sets every channel’s cost since the launch office opened against the revenue of the customers it found', () => {
    const { first, last, channels } = result.json.channel_return;
    expect([first, last]).toEqual(['2026-02-16', DEMO_AS_OF]);
    expect(channels).toHaveLength(8);
    for (const c of channels) {
      expect(c.cost).toBeGreaterThan(0);
      expect(c.return_on_cost).toBeGreaterThan(0);
      expect(c.cost_per_visit).toBeGreaterThan(0);
    }
  });

  test('compares new hires’ deal cycles with the rest’s, and revenue per active rep for each team', () => {
    const { last_12_months, months } = result.json.deal_cycle;
    expect(last_12_months.new_hires.deals).toBeGreaterThan(0);
    expect(last_12_months.others.median_days).toBeGreaterThan(0);
    expect(months[0]?.month).toBe('2026-05');
    const may = result.json.productivity.filter((p) => p.month === '2026-05');
    expect(may.map((p) => p.team)).toEqual(['team_a', 'team_b', 'team_c', 'team_d']);
    expect(may.every((p) => p.active_reps >= 8 && p.revenue_per_rep! > 0)).toBe(true);
  });
});
