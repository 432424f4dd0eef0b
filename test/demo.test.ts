import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { salesperf } from './support/cli.js';
import { readXlsx, tempDir } from './support/files.js';

describe('salesperf demo', () => {
  test('writes the demo workbook, recalculates it and prints a summary table', async () => {
    const file = path.join(await tempDir(), 'demo.xlsx');
    const run = await salesperf(['demo', '--out', file]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Rows read \/ used \/ skipped/);
    expect(run.stdout).toContain(
      'Sales target 816,000,000: 900 units ← 1,286 subscriptions ← 2,571 registrations ← 8,571 visits',
    );
    expect(run.stdout).toMatch(/Data issues\s*│\s*0\s/);

    const book = await readXlsx(file);
    expect([...book.keys()].slice(-12)).toEqual([
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
    const channels = (book.get('漏斗测算') ?? []).filter(
      (r) => r[0] === 'registration' && typeof r[1] === 'string',
    );
    expect(channels.map((r) => r[1])).toHaveLength(8);
  });
});
