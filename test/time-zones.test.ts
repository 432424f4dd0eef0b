import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { salesperf } from './support/cli.js';
import { tempDir, writeXlsx } from './support/files.js';

/**
 * Calendar days are the workbook's, never the machine's: run this file (and the whole suite) under
 * TZ=UTC and TZ=America/Los_Angeles as well as the default (`npm run test:tz`).
 */
describe(`calendar days whatever the machine's time zone (TZ=${process.env.TZ ?? 'default'})`, () => {
  test('a deal at 23:30 on the last day of March in Asia/Shanghai counts in March', async () => {
    const file = path.join(await tempDir(), 'book.xlsx');
    await writeXlsx(file, {
      Settings: [
        ['key', 'value'],
        ['timezone', 'Asia/Shanghai'],
        ['locale', 'en'],
      ],
      KPIs: [
        ['kpi', 'group', 'weight'],
        ['revenue_attainment', 'quantitative', 100],
      ],
      Reps: [
        ['rep_id', 'name', 'hire_date', 'plan'],
        ['R1', 'Wang Lei', '2024-01-01', 'standard'],
        ['R2', 'Li Na', '2024-01-01', 'standard'],
      ],
      Targets: [
        ['period', 'metric', 'rep_id', 'base'],
        ['2026-03', 'revenue', 'R1', 1000],
        ['2026-03', 'revenue', 'R2', 1000],
      ],
      Activity: [
        ['date', 'rep_id', 'type', 'amount'],
        // An xlsx date-time cell holding the wall-clock 2026-03-31 23:30
        [new Date('2026-03-31T23:30:00Z'), 'R1', 'deal', 1000],
        // The same moment typed as text
        ['2026-03-31 23:30', 'R2', 'deal', 1000],
      ],
    });
    const run = await salesperf(['recalc', '--workbook', file, '--as-of', '2026-04-30', '--json']);
    expect(run.code, run.stderr).toBe(0);
    const scorecards: {
      period: string;
      rep_id: string;
      kpis: { revenue_attainment?: { actual: number } };
    }[] = JSON.parse(run.stdout).scorecards;
    const revenue = (rep: string, period: string) =>
      scorecards.find((s) => s.rep_id === rep && s.period === period)?.kpis.revenue_attainment?.actual;
    expect([revenue('R1', '2026-03'), revenue('R2', '2026-03')]).toEqual([1000, 1000]);
  });

  test('as_of defaults to today in the workbook’s time zone', async () => {
    const file = path.join(await tempDir(), 'book.xlsx');
    await writeXlsx(file, {
      Settings: [
        ['key', 'value'],
        ['timezone', 'Pacific/Kiritimati'],
      ],
    });
    const run = await salesperf(['recalc', '--workbook', file, '--json', '--no-write']);
    const expected = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Pacific/Kiritimati',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(new Date());
    expect(JSON.parse(run.stdout).as_of).toBe(expected);
  });
});
