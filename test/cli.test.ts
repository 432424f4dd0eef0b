import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { salesperf } from './support/cli.js';
import { readXlsx, tempDir } from './support/files.js';

describe('salesperf on the command line', () => {
  test.each(['init', 'validate', 'recalc', 'demo'])(
    '%s --help explains the command and exits 0',
    async (command) => {
      const run = await salesperf([command, '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`Usage: salesperf ${command}`);
    },
  );

  test.each([
    { name: 'an unknown command', args: ['recalculate'], says: "unknown command 'recalculate'" },
    {
      name: 'a missing workbook option',
      args: ['recalc'],
      says: "required option '--workbook <path>' not specified",
    },
    {
      name: 'an impossible as-of day',
      args: ['recalc', '--workbook', '.', '--as-of', '2026-02-30'],
      says: 'expected a calendar day',
    },
    {
      name: 'a workbook that does not exist',
      args: ['recalc', '--workbook', 'nowhere.xlsx'],
      says: 'No workbook at nowhere.xlsx',
    },
    {
      name: 'a workbook that is neither xlsx nor folder',
      args: ['validate', '--workbook', 'package.json'],
      says: 'neither an .xlsx file nor a folder',
    },
    {
      name: 'an unknown locale',
      args: ['init', '--out', 'x.xlsx', '--locale', 'fr'],
      says: 'expected zh-CN or en',
    },
  ])('$name is a usage error (exit 2) with a clear message', async ({ args, says }) => {
    const run = await salesperf(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(says);
  });

  test('init writes a template with the rule defaults, and refuses to overwrite it', async () => {
    const file = path.join(await tempDir(), 'new.xlsx');
    expect((await salesperf(['init', '--out', file])).code).toBe(0);
    const book = await readXlsx(file);
    expect([...book.keys()]).toEqual([
      '设置',
      '考核指标',
      '等级',
      '人员',
      '目标',
      '业绩明细',
      '定性评分',
      '提成方案',
      '奖惩规则',
      '调整',
      '奖金池',
      '蓄客计划',
      '阶段',
      '渠道',
      '资源报备',
      '期间',
      '节假日',
      '调休',
      '考核流程',
      '薪酬异议',
      '改进目标',
      '渠道费用',
    ]);
    expect(book.get('人员')?.[0]).toContain('工号');
    expect(
      book
        .get('考核指标')
        ?.slice(1)
        .filter((r) => r.length > 0)
        .map((r) => r[2]),
    ).toEqual([30, 10, 10, 10, 10, 10, 10, 10]);
    const again = await salesperf(['init', '--out', file]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
  });

  test('validate on a fresh template finds nothing wrong', async () => {
    const file = path.join(await tempDir(), 'new.xlsx');
    await salesperf(['init', '--out', file, '--locale', 'en']);
    const run = await salesperf(['validate', '--workbook', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('No data issues.');
  });
});
