import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { salesperf } from './support/cli.js';
import { readXlsx, tempDir, writeXlsx, type Cell } from './support/files.js';

/**
 * A workbook as a hurried manager leaves it: good rows with more than twenty kinds of bad cells among
 * them. Each bad cell is planted once; `planted` lists the Data Issue each must give.
 */
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const tabs: Record<string, Cell[][]> = {
  Settings: [
    ['key', 'value'],
    ['locale', 'en'],
    ['timezone', 'Mars/Olympus'],
    ['colour_scheme', 'blue'],
  ],
  Reps: [
    ['rep_id', 'name', '团队', 'channel', 'hire_date', 'plan', 'manager_id', 'Nickname'],
    ['R1', 'Wang Lei', 'north', 'key_accounts', day('2024-03-01'), 'standard', null, 'Lei'],
    ['R2', 'Li Na', 'north', 'key_accounts', day('2025-01-06'), 'standard', 'R1', null],
    ['R3', 'Zhao Min', 'south', 'mall_expo', '2026-02-30', 'standard', 'R1', null],
    ['R1', 'Wang Lei again', 'north', 'key_accounts', day('2024-03-01'), 'standard', null, null],
    ['R4', 'Chen Jie', 'south', 'mall_expo', day('2025-05-12'), 'standard', 'R99', null],
    ['R5', 'Liu Yang', 'south', 'tiktok', day('2025-07-01'), 'standard', 'R1', null],
  ],
  CommissionPlans: [
    ['plan', 'mode', 'base_rate', 'challenge_rate', 'sprint_rate'],
    ['standard', 'retroactive', 0.1, 0.15, 0.2],
  ],
  Targets: [
    ['period', 'metric', 'rep_id', 'team', 'base'],
    ['2026-04', 'revenue', 'R1', null, 300000],
    ['2026-04', 'revenue', 'R2', 'north', 300000],
    ['2026-04', 'revenue', 'R77', null, 300000],
  ],
  Activity: [
    ['date', 'rep_id', 'type', 'customer_id', 'lead_grade', 'amount', 'quantity', 'share', 'ref'],
    [day('2026-04-01'), 'R1', 'lead', 'C1', 'A', null, null, null, null],
    [day('2026-04-03'), 'R1', 'deal', 'C1', null, 250000, null, null, 'D1'],
    [day('2026-04-05'), 'R42', 'deal', 'C2', null, 120000, null, null, 'D2'],
    [day('2026-04-06'), 'R2', 'deal', 'C3', null, 'five hundred', null, null, 'D3'],
    ['yesterday', 'R2', 'visit', 'C3', null, null, 1, null, null],
    [day('2026-04-07'), 'R2', 'teleport', 'C3', null, null, null, null, null],
    [day('2026-04-08'), 'R2', 'lead', 'C4', 'Z', null, null, null, null],
    [3_500_000, 'R2', 'visit', 'C4', null, null, 1, null, null],
    [day('2026-04-09'), 'R4', 'deal', 'C5', null, null, null, null, 'D5'],
    [day('2026-04-10'), 'R4', 'visit', 'C5', null, null, -3, null, null],
    [day('2026-04-11'), 'R4', 'visit', 'C6', null, null, 1, null, null],
  ],
  Reviews: [
    ['period', 'rep_id', 'customer_satisfaction', 'compliance', 'teamwork', 'learning'],
    ['2026-13', 'R1', 90, 90, 90, 90],
    ['2026-04', 'R2', 130, 85, 80, 75],
  ],
  Adjustments: [
    ['date', 'rep_id', 'amount', 'reason'],
    [day('2026-04-15'), 'R2', -20, 'missed check-in'],
    [day('2026-04-16'), 'R4', 'twenty', 'missed check-in'],
  ],
  Pools: [
    ['date', 'pool', 'amount', 'rep_id', 'role'],
    [day('2026-04-30'), 'pool_q2', 10000, 'R1', 'lead'],
    [day('2026-04-30'), 'pool_q2', 10000, 'R2', 'boss'],
  ],
  Campaign: [
    ['key', 'value'],
    ['total_value', 960000000],
    ['sell_through', '85%'],
    ['unit_target', 900],
    ['deal_from_subscription', '70%'],
    ['subscription_from_registration', '50%'],
    ['registration_from_visit', '30%'],
  ],
  Phases: [
    ['phase', 'start', 'end', 'visit_share'],
    ['registration', day('2026-03-24'), day('2026-06-08'), '70%'],
    ['subscription', day('2026-06-09'), day('2026-06-23'), '30%'],
    ['warm_up', day('2026-03-20'), day('2026-03-10'), 0],
  ],
  Channels: [
    ['channel', 'daily_visit_target', 'weekday_share', 'weekend_share'],
    ['key_accounts', 11, '60%', '40%'],
    ['mall_expo', 8, 60, 40],
  ],
  Claims: [
    ['resource', 'rep_id'],
    ['Acme Ltd', 'R1'],
  ],
  Holidays: [
    ['date', 'name'],
    [day('2026-05-01'), 'Labour Day'],
  ],
  Workdays: [
    ['date', 'name'],
    [day('2026-05-01'), 'typed in the wrong tab'],
  ],
  Notes: [['anything'], ['the manager’s own notes']],
};

/** The issue each planted bad cell must give: [tab, row, column, code]. */
const planted: [string, number | null, string | null, string][] = [
  ['Settings', 3, 'value', 'bad_setting'],
  ['Settings', 4, 'key', 'unknown_setting'],
  ['Reps', 1, null, 'mixed_header_languages'],
  ['Reps', 1, 'Nickname', 'unknown_column'],
  ['Reps', 4, 'hire_date', 'impossible_date'],
  ['Reps', 5, null, 'duplicate_key'],
  ['Reps', 6, 'manager_id', 'unknown_manager'],
  ['Reps', 7, 'channel', 'unknown_channel'],
  ['Targets', 3, null, 'target_with_two_owners'],
  ['Targets', 4, 'rep_id', 'unknown_rep'],
  ['Activity', 4, 'rep_id', 'unknown_rep'],
  ['Activity', 5, 'amount', 'not_a_number'],
  ['Activity', 6, 'date', 'not_a_date'],
  ['Activity', 7, 'type', 'unknown_type'],
  ['Activity', 8, 'lead_grade', 'not_in_list'],
  ['Activity', 9, 'date', 'date_out_of_range'],
  ['Activity', 10, 'amount', 'missing_amount'],
  ['Activity', 11, 'quantity', 'negative_quantity'],
  ['Reviews', 2, 'period', 'not_a_period'],
  ['Reviews', 3, 'customer_satisfaction', 'score_out_of_range'],
  ['Adjustments', 3, 'amount', 'not_a_number'],
  ['Pools', 3, 'role', 'not_in_list'],
  ['Phases', 4, 'end', 'phase_ends_before_start'],
  ['Channels', 3, 'weekday_share', 'ambiguous_percent'],
  ['Channels', 3, 'weekend_share', 'ambiguous_percent'],
  ['Claims', 1, 'claimed_at', 'missing_column'],
  ['Workdays', 2, 'date', 'holiday_and_workday'],
  ['Notes', null, null, 'unknown_tab'],
];

interface IssueJson {
  tab: string;
  row: number | null;
  column: string | null;
  value: string;
  code: string;
  message: string;
  action: string;
}

describe('a workbook with many kinds of bad cells', () => {
  let file: string;
  let issues: IssueJson[];
  let code: number;

  beforeAll(async () => {
    file = path.join(await tempDir(), 'messy.xlsx');
    await writeXlsx(file, tabs);
    const run = await salesperf(['recalc', '--workbook', file, '--as-of', '2026-04-30', '--json']);
    code = run.code;
    issues = JSON.parse(run.stdout).data_issues;
  });

  test('still completes', () => {
    expect(code).toBe(0);
  });

  test('gives exactly one named Data Issue for each bad cell, and none for a good one', () => {
    const found = issues.map((i) => [i.tab, i.row, i.column, i.code]);
    expect(found).toEqual(expect.arrayContaining(planted));
    expect(found).toHaveLength(planted.length);
  });

  test('each issue says what is wrong in the workbook’s language and what the engine did', () => {
    const byCode = (tab: string, c: string) => issues.find((i) => i.tab === tab && i.code === c);
    expect(byCode('Activity', 'not_a_number')).toMatchObject({
      value: 'five hundred',
      message: '"five hundred" is not a number.',
      action: 'skipped_row',
    });
    expect(byCode('Activity', 'not_in_list')).toMatchObject({ value: 'Z', action: 'kept_blank' });
    expect(byCode('Settings', 'bad_setting')?.message).toBe(
      'The setting timezone cannot be "Mars/Olympus"; the default Asia/Shanghai is used.',
    );
    expect(byCode('Reviews', 'score_out_of_range')).toMatchObject({ value: '130', action: 'clamped' });
    expect(byCode('Channels', 'ambiguous_percent')?.message).toContain('could mean');
  });

  test('writes its outputs from the good rows, with the issues on the Data Issues tab', async () => {
    const book = await readXlsx(file);
    const funnel = book.get('Funnel Plan');
    expect(funnel?.some((r) => r[0] === 'Visits' && r[1] === 8571)).toBe(true);
    const dataIssues = book.get('Data Issues') ?? [];
    expect(dataIssues[0]).toEqual([
      'Tab',
      'Row',
      'Column',
      'Value',
      'Reason code',
      'What is wrong',
      'What the engine did',
    ]);
    expect(dataIssues.slice(1).map((r) => r[4])).toEqual(issues.map((i) => i.code));
  });

  test('counts reconcile: rows read = rows used + rows skipped, and every skipped row has its issue', async () => {
    const runLog = (await readXlsx(file)).get('Run Log') ?? [];
    const [read, used, skipped] = [3, 4, 5].map((c) => Number(runLog[1]?.[c])) as [number, number, number];
    expect(read).toBe(used + skipped);
    const skippedRows = new Set(
      issues.filter((i) => i.action === 'skipped_row').map((i) => `${i.tab}:${i.row}`),
    );
    // Claims is skipped whole for its missing column: its one data row counts as skipped too.
    expect(skipped).toBe(skippedRows.size + 1);
  });
});

describe('a long log whose every row has the same fault', () => {
  // 1,250 visits by a rep the Reps tab does not have (as when its rows were cleared by mistake), and one good visit.
  const visits: Cell[][] = Array.from({ length: 1250 }, (_, i) => [
    day(`2026-04-${String(1 + (i % 28)).padStart(2, '0')}`),
    'R42',
    'visit',
    `C${i}`,
    null,
    null,
    1,
    null,
    null,
  ]);
  let file: string;
  let issues: IssueJson[];

  beforeAll(async () => {
    file = path.join(await tempDir(), 'one-fault.xlsx');
    const activity = [
      tabs.Activity![0]!,
      [day('2026-04-01'), 'R1', 'visit', 'C1', null, null, 1, null, null],
      ...visits,
    ];
    await writeXlsx(file, { ...tabs, Activity: activity });
    const run = await salesperf(['recalc', '--workbook', file, '--as-of', '2026-04-30', '--json']);
    expect(run.code, run.stderr).toBe(0);
    issues = JSON.parse(run.stdout).data_issues;
  });

  test('lists the first thousand of the kind and counts the rest in one issue after them', () => {
    const unknown = issues.filter((i) => i.tab === 'Activity' && i.code === 'unknown_rep');
    expect(unknown).toHaveLength(1000);
    expect(unknown.map((i) => i.row)).toEqual(Array.from({ length: 1000 }, (_, i) => i + 3));
    const more = issues.filter((i) => i.code === 'more_issues');
    expect(more).toEqual([
      expect.objectContaining({
        tab: 'Activity',
        row: null,
        column: 'rep_id',
        value: '250',
        action: 'skipped_row',
        message:
          '250 more rows of this tab with the same problem (unknown_rep) and the same action are not listed; the first 1000 are.',
      }),
    ]);
    expect(issues.indexOf(more[0]!)).toBe(issues.indexOf(unknown.at(-1)!) + 1);
  });

  test('the Data Issues tab holds the issues as listed, and the Run Log counts them all', async () => {
    const book = await readXlsx(file);
    expect((book.get('Data Issues') ?? []).length - 1).toBe(issues.length);
    const runLog = book.get('Run Log') ?? [];
    expect(Number(runLog[1]?.[6])).toBe(issues.length - 1 + 250);
    const [read, used, skipped] = [3, 4, 5].map((c) => Number(runLog[1]?.[c])) as [number, number, number];
    expect(read).toBe(used + skipped);
  });
});
