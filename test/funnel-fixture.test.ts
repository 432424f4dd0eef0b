import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { salesperf, SHARED } from './support/cli.js';
import { copyOf } from './support/files.js';

const FIXTURE = path.join(SHARED, 'fixtures/funnel-example');

interface Expected {
  funnel: Record<string, unknown> & { phases: Record<string, unknown>[] };
  channels_registration_phase: {
    channel: string;
    daily: number;
    weekly: number;
    weekdays: number;
    weekend: number;
    phase_total: number;
  }[];
  plan_coverage_registration_phase: {
    required_daily: number;
    planned_daily: number;
    shortfall_daily: number;
  };
}

describe('the funnel plan of the source manual (public fixture)', () => {
  beforeAll(() => {
    // The public worked examples sit beside the project, not in it: say so rather than fail on a missing file.
    if (!existsSync(FIXTURE))
      throw new Error(
        `The public fixture ${FIXTURE} is missing: these tests read shared/fixtures beside the project folder (see the README).`,
      );
  });

  test('recalc --json prints the funnel of expected.json, exactly', async () => {
    const expected = JSON.parse(await readFile(path.join(FIXTURE, 'expected.json'), 'utf8')) as Expected;
    const run = await salesperf(['recalc', '--workbook', FIXTURE, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const results = JSON.parse(run.stdout);

    const { phases, ...totals } = expected.funnel;
    expect(results.funnel).toMatchObject(totals);
    expect(results.funnel.phases).toHaveLength(phases.length);
    phases.forEach((p, i) => expect(results.funnel.phases[i]).toMatchObject(p));

    const registration = results.funnel.channels.filter((c: { phase: string }) => c.phase === 'registration');
    expect(registration).toMatchObject(expected.channels_registration_phase);
    expect(results.funnel.coverage.find((c: { phase: string }) => c.phase === 'registration')).toMatchObject(
      expected.plan_coverage_registration_phase,
    );
    expect(results.data_issues).toEqual([]);
  });

  test('a read-only fixture folder is left untouched', async () => {
    const before = await readdir(FIXTURE);
    await salesperf(['recalc', '--workbook', FIXTURE, '--json']);
    expect(await readdir(FIXTURE)).toEqual(before);
  });

  test('in a writable copy, the Funnel Plan tab is written beside the inputs, in the workbook’s language', async () => {
    const dir = await copyOf(FIXTURE);
    const run = await salesperf(['recalc', '--workbook', dir]);
    expect(run.code, run.stderr).toBe(0);
    const files = await readdir(dir);
    expect(files).toEqual(
      expect.arrayContaining(['漏斗测算.csv', '数据问题.csv', '运行日志.csv', 'Campaign.csv']),
    );
    const funnel = await readFile(path.join(dir, '漏斗测算.csv'), 'utf8');
    expect(funnel).toContain('到访,8571');
    expect(funnel).toContain('registration,key_accounts,大客户,16,11,77,46,31,847');
  });
});
