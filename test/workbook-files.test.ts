import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { CHANGED_CELLS_LISTED } from '../functions/src/run/history.js';
import { XlsxWorkbook } from '../functions/src/workbook/xlsx-workbook.js';
import { salesperf } from './support/cli.js';
import { openSheet, readXlsx, tempDir, writeXlsx, type Cell } from './support/files.js';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const inputs: Record<string, Cell[][]> = {
  设置: [
    ['参数', '值'],
    ['locale', 'zh-CN'],
    ['timezone', 'Asia/Shanghai'],
  ],
  人员: [
    ['工号', '姓名', '入职日期', '提成方案', '底薪'],
    ['1001', '王磊', day('2024-03-01'), 'standard', 8000],
    ['1002', '李娜', 45505, 'standard', '7,500.50'],
  ],
  业绩明细: [
    ['日期', '工号', '类型', '金额', '客户编号'],
    ['2026/4/3', 1001, 'deal', 0.1 + 0.2, 'C1'],
    [day('2026-04-04'), '1002', 'visit', null, 'C2'],
  ],
  蓄客计划: [
    ['参数', '值'],
    ['unit_target', 900],
    ['deal_from_subscription', 0.7],
    ['subscription_from_registration', '50%'],
    ['registration_from_visit', '30%'],
  ],
  阶段: [
    ['阶段', '开始日期', '结束日期', '到访占比'],
    ['registration', day('2026-03-24'), day('2026-06-08'), 0.7],
    ['subscription', day('2026-06-09'), day('2026-06-23'), 0.3],
  ],
  经理备忘: [['随手记'], ['=SUM(A1:A3) 不是公式，只是文字']],
};
const INPUT_TITLES = Object.keys(inputs);

const sha = async (file: string) =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex');

describe('an .xlsx workbook', () => {
  test('keeps every input tab’s values exactly, and gains output tabs in its own language', async () => {
    const file = path.join(await tempDir(), '销售绩效.xlsx');
    await writeXlsx(file, inputs);
    const before = await readXlsx(file);

    const run = await salesperf(['recalc', '--workbook', file, '--as-of', '2026-04-30']);
    expect(run.code, run.stderr).toBe(0);

    const after = await readXlsx(file);
    for (const title of INPUT_TITLES) expect(after.get(title)).toEqual(before.get(title));
    expect([...after.keys()]).toEqual([
      ...INPUT_TITLES,
      '绩效评分',
      '薪酬明细',
      '排行榜',
      '漏斗测算',
      '渠道缺口',
      '预警',
      '报备状态',
      '洞察',
      '数据问题',
      '管理层概览',
      '变更记录',
      '运行日志',
    ]);
    const funnel = after.get('漏斗测算') ?? [];
    expect(funnel[0]).toEqual(['蓄客漏斗']);
    expect(funnel.find((r) => r[0] === '到访')?.[1]).toBe(8571);
  });

  test('formats output tabs as an analyst would: frozen header, widths, number formats', async () => {
    const file = path.join(await tempDir(), 'book.xlsx');
    await writeXlsx(file, {
      ...inputs,
      设置: [
        ['key', 'value'],
        ['locale', 'en'],
      ],
    });
    await salesperf(['recalc', '--workbook', file, '--as-of', '2026-04-30']);

    const issues = await openSheet(file, 'Data Issues');
    expect(issues.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(issues.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(issues.getColumn(6).width).toBeGreaterThanOrEqual(50);

    const funnel = await openSheet(file, 'Funnel Plan');
    const phaseRow = funnel
      .getRows(1, funnel.rowCount)
      ?.find((r) => r.getCell(1).value === 'registration' && r.getCell(2).value instanceof Date);
    expect(phaseRow?.getCell(2).numFmt).toBe('yyyy-mm-dd');
    expect(phaseRow?.getCell(5).numFmt).toBe('0.0%');
    expect(phaseRow?.getCell(6).numFmt).toBe('#,##0');
  });

  test('a second run replaces the output tabs whole and logs both runs', async () => {
    const file = path.join(await tempDir(), 'book.xlsx');
    await writeXlsx(file, inputs);
    await salesperf(['recalc', '--workbook', file, '--as-of', '2026-04-30']);
    await salesperf(['recalc', '--workbook', file, '--as-of', '2026-05-01']);

    const book = await readXlsx(file);
    expect([...book.keys()].filter((t) => t === '漏斗测算')).toHaveLength(1);
    const log = book.get('运行日志') ?? [];
    expect(log.slice(1).map((r) => r[1])).toEqual([day('2026-05-01'), day('2026-04-30')]);
    const runs = await readdir(path.join(`${file}.salesperf`, 'runs'));
    expect(runs).toHaveLength(2);
    const record = JSON.parse(
      await readFile(path.join(`${file}.salesperf`, 'runs', runs.sort()[1]!), 'utf8'),
    );
    expect(record).toMatchObject({
      as_of: '2026-05-01',
      outcome: 'completed',
      rows_read: 12,
      rows_used: 12,
      rows_skipped: 0,
    });
    expect(record.input_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(record.result_digest).toMatch(/^[0-9a-f]{64}$/);
  });

  test('given an amount edited between two runs, the Change Log names that cell with its value before and after', async () => {
    const file = path.join(await tempDir(), 'book.xlsx');
    await writeXlsx(file, inputs);
    await salesperf(['recalc', '--workbook', file, '--as-of', '2026-04-30']);
    const activity = inputs['业绩明细']!.map((row) => [...row]);
    activity[1]![3] = 1200;
    await writeXlsx(file, { ...inputs, 业绩明细: activity });
    const second = await salesperf(['recalc', '--workbook', file, '--as-of', '2026-04-30']);
    expect(second.code, second.stderr).toBe(0);

    const log = (await readXlsx(file)).get('变更记录') ?? [];
    expect(log.filter((r) => r[1] === '业绩明细').map((r) => r.slice(2, 5))).toEqual([
      ['D2', String(0.1 + 0.2), '1200'],
    ]);
  });

  test('given a row deleted near the top of a long log, the Change Log lists the first cells and counts the rest', async () => {
    const file = path.join(await tempDir(), 'book.xlsx');
    // 1,000 visits: deleting the first moves 999 rows up one row each, three of whose cells differ from
    // the row above (day, rep, customer), and the last row (four cells) is gone.
    const visits = Array.from({ length: 1000 }, (_, i) => [
      day(`2026-04-${String(1 + (i % 28)).padStart(2, '0')}`),
      i % 2 ? '1001' : '1002',
      'visit',
      null,
      `C${i}`,
    ]);
    await writeXlsx(file, { ...inputs, 业绩明细: [inputs['业绩明细']![0]!, ...visits] });
    await salesperf(['recalc', '--workbook', file, '--as-of', '2026-04-30']);
    await writeXlsx(file, { ...inputs, 业绩明细: [inputs['业绩明细']![0]!, ...visits.slice(1)] });
    const second = await salesperf(['recalc', '--workbook', file, '--as-of', '2026-04-30']);
    expect(second.code, second.stderr).toBe(0);

    const log = (await readXlsx(file)).get('变更记录') ?? [];
    const activity = log.filter((r) => r[1] === '业绩明细');
    // The count comes first, in the workbook's language, then the cells listed, as many as the log has
    // room for.
    expect(activity[0]?.slice(2, 5)).toEqual([
      '',
      '未列出',
      `另有 ${999 * 3 + 4 - CHANGED_CELLS_LISTED} 个单元格`,
    ]);
    expect(activity[1]?.[2]).toBe('A2');
    expect(activity.length).toBeGreaterThan(400);
  });

  test('a write that fails leaves the previous workbook byte for byte, and no temporary file', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'book.xlsx');
    await writeXlsx(file, inputs);
    await salesperf(['recalc', '--workbook', file, '--as-of', '2026-04-30']);
    const before = await sha(file);

    const workbook = new XlsxWorkbook(file);
    const impossible = {
      id: 'Funnel Plan',
      title: 'Funnel: [Plan]?',
      aliases: ['Funnel Plan', '漏斗测算'],
      rows: [],
      widths: [],
      frozenRows: 0,
    };
    await expect(workbook.writeOutputs([impossible])).rejects.toThrow();

    expect(await sha(file)).toBe(before);
    expect(await readdir(dir)).toEqual(['book.xlsx', 'book.xlsx.salesperf']);
  });
});

describe('a folder of CSV files', () => {
  test('reads tabs named in either language and writes each output tab as a CSV file', async () => {
    const dir = path.join(await tempDir(), 'book');
    await salesperf(['init', '--out', dir, '--locale', 'en']);
    expect((await readdir(dir)).sort()).toContain('Settings.csv');
    const run = await salesperf(['recalc', '--workbook', dir, '--as-of', '2026-04-30']);
    expect(run.code, run.stderr).toBe(0);
    const files = await readdir(dir);
    expect(files).toEqual(expect.arrayContaining(['Funnel Plan.csv', 'Data Issues.csv', 'Run Log.csv']));
    const funnel = await readFile(path.join(dir, 'Funnel Plan.csv'), 'utf8');
    expect(funnel).toContain('No campaign');
  });
});
