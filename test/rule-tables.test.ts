import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { salesperf } from './support/cli.js';
import { readXlsx, tempDir, writeXlsx, type Cell } from './support/files.js';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A small working workbook; each case below breaks one rule table in it. */
function workbook(overrides: Partial<Record<string, Cell[][]>> = {}): Record<string, Cell[][]> {
  return {
    Settings: [
      ['key', 'value'],
      ['locale', 'en'],
    ],
    KPIs: [
      ['kpi', 'group', 'weight', 'floor', 'cap'],
      ['revenue_attainment', 'quantitative', 30, 0, 120],
      ['new_customers', 'quantitative', 10, 0, 120],
      ['collection_rate', 'quantitative', 10, 0, 120],
      ['lead_conversion', 'quantitative', 10, 0, 120],
      ['customer_satisfaction', 'qualitative', 10, 0, 100],
      ['compliance', 'qualitative', 10, 0, 100],
      ['teamwork', 'qualitative', 10, 0, 100],
      ['learning', 'qualitative', 10, 0, 100],
    ],
    Grades: [
      ['grade', 'min_score', 'bonus_multiplier'],
      ['S', 105, '120%'],
      ['A', 95, '100%'],
      ['B', 85, '80%'],
      ['C', 70, '60%'],
      ['D', 0, '0%'],
    ],
    CommissionPlans: [
      ['plan', 'mode', 'base_rate', 'challenge_rate', 'sprint_rate', 'flat_rate'],
      ['standard', 'retroactive', 0.1, 0.15, 0.2, null],
    ],
    Reps: [
      ['rep_id', 'name', 'hire_date', 'plan'],
      ['R1', 'Wang Lei', day('2024-03-01'), 'standard'],
      ['R2', 'Li Na', day('2024-05-01'), 'standard'],
    ],
    Activity: [
      ['date', 'rep_id', 'type', 'amount', 'share', 'ref'],
      [day('2026-04-03'), 'R1', 'deal', 200000, '60%', 'D1'],
      [day('2026-04-03'), 'R2', 'deal', 200000, '40%', 'D1'],
    ],
    ...(overrides as Record<string, Cell[][]>),
  };
}

const sha = async (file: string) =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex');

describe('a rule table that cannot work stops the run and leaves the previous outputs in place', () => {
  test.each([
    {
      name: 'KPI weights that add up to 95',
      override: {
        KPIs: workbook().KPIs!.map((r, i) => (i === 8 ? ['learning', 'qualitative', 5, 0, 100] : r)),
      },
      says: ['KPIs!C2:C9', 'add up to 95'],
    },
    {
      name: 'two grades on one threshold',
      override: {
        Grades: [
          ['grade', 'min_score', 'bonus_multiplier'],
          ['S', 105, '120%'],
          ['A', 95, '100%'],
          ['B', 95, '80%'],
          ['D', 0, '0%'],
        ],
      },
      says: ['Grades!B3, B4', 'A, B share the minimum score 95'],
    },
    {
      name: 'grades out of order: A needs more than B but pays less',
      override: {
        Grades: [
          ['grade', 'min_score', 'bonus_multiplier'],
          ['S', 105, '120%'],
          ['A', 95, '70%'],
          ['B', 85, '80%'],
          ['D', 0, '0%'],
        ],
      },
      says: [
        'Grades!C3, C4',
        'Grade A needs a higher score than B but pays a smaller bonus (70% against 80%)',
      ],
    },
    {
      name: 'a retroactive plan without its base rate',
      override: {
        CommissionPlans: [
          ['plan', 'mode', 'base_rate', 'flat_rate'],
          ['standard', 'retroactive', null, null],
        ],
      },
      says: ['CommissionPlans!C2', 'needs a base_rate'],
    },
    {
      name: 'a bad cell in a rule table',
      override: {
        Grades: [
          ['grade', 'min_score', 'bonus_multiplier'],
          ['S', 'high', '120%'],
          ['D', 0, '0%'],
        ],
      },
      says: ['Grades!B2', '"high" is not a number'],
    },
    {
      name: 'a deal split that gives out 90%',
      override: {
        Activity: [
          ['date', 'rep_id', 'type', 'amount', 'share', 'ref'],
          [day('2026-04-03'), 'R1', 'deal', 200000, '50%', 'D1'],
          [day('2026-04-03'), 'R2', 'deal', 200000, '40%', 'D1'],
        ],
      },
      says: ['D1', 'split 90%'],
    },
  ])('$name', async ({ override, says }) => {
    const file = path.join(await tempDir(), 'book.xlsx');
    await writeXlsx(file, workbook());
    const first = await salesperf(['recalc', '--workbook', file, '--as-of', '2026-04-30']);
    expect(first.code, first.stderr).toBe(0);
    const previous = (await readXlsx(file)).get('Data Issues');

    // The manager breaks the rule table; the outputs of the first run are still in the file.
    const broken = path.join(path.dirname(file), 'broken.xlsx');
    await writeXlsx(broken, { ...workbook(override), 'Data Issues': previous as Cell[][] });
    const before = await sha(broken);
    const run = await salesperf(['recalc', '--workbook', broken, '--as-of', '2026-04-30']);

    expect(run.code).toBe(1);
    for (const text of says) expect(run.stderr).toContain(text);
    expect(run.stderr).toContain('nothing was written');
    expect(await sha(broken)).toBe(before);
  });

  test('validate lists the cells that would stop the run and exits 1', async () => {
    const file = path.join(await tempDir(), 'book.xlsx');
    await writeXlsx(
      file,
      workbook({
        KPIs: [
          ['kpi', 'group', 'weight'],
          ['revenue_attainment', 'quantitative', 60],
          ['teamwork', 'qualitative', 30],
        ],
      }),
    );
    const run = await salesperf(['validate', '--workbook', file, '--json']);
    expect(run.code).toBe(1);
    const issues = JSON.parse(run.stdout).data_issues;
    expect(issues).toContainEqual(
      expect.objectContaining({ tab: 'KPIs', code: 'weights_not_100', value: '90', action: 'stopped_run' }),
    );
  });
});
