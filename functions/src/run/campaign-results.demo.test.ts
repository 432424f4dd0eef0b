import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_AS_OF, demoOrganisation } from '../demo/organisation.js';
import { templateWorkbook } from '../template/template.js';
import { ingest } from '../workbook/ingest.js';
import { XlsxWorkbook } from '../workbook/xlsx-workbook.js';
import { campaignResults, type CampaignResults } from './campaign-results.js';
import { planFunnel } from './funnel-inputs.js';

describe('campaign results of the demo organisation', () => {
  let folder: string;
  let result: CampaignResults;

  beforeAll(async () => {
    // Given the demo written as a template workbook and read back like any manager's file
    folder = await mkdtemp(path.join(os.tmpdir(), 'salesperf-campaign-'));
    const file = path.join(folder, 'demo.xlsx');
    await templateWorkbook('en', demoOrganisation('en')).xlsx.writeFile(file);
    const inputs = ingest(await new XlsxWorkbook(file).read()).inputs;
    result = campaignResults(inputs, planFunnel(inputs).result, DEMO_AS_OF, 'en');
  });

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  const registration = () => result.channelGaps.filter((g) => g.phase === 'registration');

  test('follows all eight channels in both phases', () => {
    expect(result.channelGaps).toHaveLength(16);
    expect(
      registration().every(
        (g) => g.phase_state === 'in_progress' && g.elapsed_days === 53 && g.remaining_days === 24,
      ),
    ).toBe(true);
  });

  test('finds the channels the demo leaves behind off track, and some ahead', () => {
    const status = new Map(registration().map((g) => [g.channel, g.status]));
    expect(status.get('cold_calls')).toBe('off_track');
    expect([...status.values()]).toContain('on_track');
    for (const g of registration()) {
      expect(g.gap).toBeCloseTo(g.target_to_date - g.actual_to_date, 2);
      if (g.status === 'off_track') expect(g.actual_to_date).toBeLessThan(0.85 * g.target_to_date);
    }
  });

  test('key accounts’ 11 a day come to 575.8 by Friday 2026-05-15 (7 weeks and 4 weekdays)', () => {
    const ka = registration().find((g) => g.channel === 'key_accounts');
    expect([ka?.daily_target, ka?.target_to_date, ka?.phase_target]).toEqual([11, 575.8, 847]);
  });

  test('puts a cost on the channels whose tours earned the organiser’s shopping card', () => {
    const cost = new Map(registration().map((g) => [g.channel, g]));
    expect(cost.get('community_roadshow')?.cost).toBeGreaterThan(0);
    expect(cost.get('key_accounts')?.cost_per_visit).toBeGreaterThan(0);
    expect(cost.get('cold_calls')?.cost).toBe(0);
  });

  test('the subscription phase has not begun: nothing is due yet and its whole target lies ahead', () => {
    for (const g of result.channelGaps.filter((x) => x.phase === 'subscription')) {
      expect([g.phase_state, g.target_to_date, g.status, g.projected_total]).toEqual([
        'upcoming',
        0,
        'on_track',
        null,
      ]);
      expect(g.remaining_target).toBe(g.phase_target);
    }
  });

  test('raises one alert per channel behind, high when off track', () => {
    const behind = registration().filter((g) => g.status !== 'on_track');
    expect(result.alerts.map((a) => a.figures.channel)).toEqual(behind.map((g) => g.channel));
    for (const a of result.alerts) {
      expect(a.severity).toBe(a.rule === 'channel_off_track' ? 'high' : 'medium');
      expect(a.message.en).toMatch(/visits a day over the remaining 24 days/);
    }
  });

  test('pays every kind of rule: events, weekly visits, shortfalls and the day’s first place', () => {
    const kinds = new Set(result.rewardLines.map((l) => `${l.kind} ${l.recipient}`));
    expect([...kinds].sort()).toEqual([
      'event_tier external',
      'event_tier rep',
      'per_unit rep',
      'rank rep',
      'shortfall rep',
    ]);
    expect(
      result.rewardLines
        .filter((l) => l.kind === 'shortfall')
        .every((l) => l.amount.isNegative() && l.channel === 'resale_agency'),
    ).toBe(true);
    expect(result.rewardLines.every((l) => l.day <= DEMO_AS_OF)).toBe(true);
    // Every line but a shortfall with nothing done names the rows that earned it
    expect(result.rewardLines.filter((l) => l.kind !== 'shortfall' && l.source.length === 0)).toEqual([]);
  });

  test('ranks the channels and the four teams of each ended week; the week of 05-04 is the latest', () => {
    const { channels, teams } = result.leaderboardSections;
    expect(channels[0]?.week).toBe('2026-05-04');
    expect(channels.filter((r) => r.week === '2026-05-04').map((r) => r.rank)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8,
    ]);
    expect(teams.filter((r) => r.week === '2026-05-04')).toHaveLength(4);
  });

  test('writes the Channel Gaps tab with the furthest-behind channel of the phase in progress on top', () => {
    const rows = result.channelGapsTab.rows;
    expect(rows[0]?.[0]?.value).toMatch(
      /^As of 2026-05-15, phase registration \(day 53\/77\): \d channels off track/,
    );
    const header = rows.findIndex((r) => r[0]?.style === 'header');
    const worst = [...registration()].sort((a, b) => (a.completion ?? 0) - (b.completion ?? 0))[0];
    expect(rows[header + 1]?.[1]?.value).toBe(worst?.channel);
  });
});
