import { describe, expect, test } from 'vitest';
import type { ChangeEntry } from '../store/port.js';
import { NOTES } from './change-notes.js';
import { changeLogTab } from './history.js';

const stamp = { at: '2026-05-01T01:00:00.000Z', at_local: '2026-05-01 09:00', run_id: 'r2', by: '' };
const entries: ChangeEntry[] = [
  { ...stamp, tab: 'Activity', cell: '', before: NOTES.notListed, after: NOTES.moreCells(7997) },
  { ...stamp, tab: 'Activity', cell: 'A2', before: '2026-04-01', after: '2026-04-02' },
  { ...stamp, tab: 'Targets', cell: '', before: NOTES.notKept, after: NOTES.rows(120) },
  { ...stamp, tab: 'Reviews', cell: '', before: NOTES.noTab, after: NOTES.rows(3) },
  { ...stamp, tab: 'Periods', cell: '2026-04', before: NOTES.open, after: NOTES.frozen },
  { ...stamp, tab: 'Periods', cell: '2026-03', before: NOTES.closed, after: NOTES.reopened },
  {
    ...stamp,
    tab: 'Payouts',
    cell: '2026-04 R001',
    before: '',
    after: NOTES.carried('5010.00', '2026-05', 'R001'),
  },
  // An edit of the Periods tab itself: the cell's own values, whatever they say.
  { ...stamp, tab: 'Periods', cell: 'B5', before: 'open', after: 'closed' },
];

/** The Change Log's tab, cell, before and after columns, below its header. */
function shown(locale: 'en' | 'zh-CN'): string[][] {
  const tab = changeLogTab(entries, locale, (id) => id);
  return tab.rows.slice(1).map((row) => row.slice(1, 5).map((c) => String(c.value ?? '')));
}

describe('the Change Log in the workbook language', () => {
  test('a Chinese workbook shows the counts, closes, reopenings and carried adjustments in Chinese', () => {
    expect(shown('zh-CN')).toEqual([
      ['Activity', '', '未列出', '另有 7997 个单元格'],
      ['Activity', 'A2', '2026-04-01', '2026-04-02'],
      ['Targets', '', '未保存', '120 行'],
      ['Reviews', '', '无此表', '3 行'],
      ['Periods', '2026-04', '开放', '关闭：工资单已冻结'],
      ['Periods', '2026-03', '关闭', '重新开放：冻结的工资单已释放'],
      ['Payouts', '2026-04 R001', '', '以前期间调整 5010.00 → 2026-05（R001）'],
      ['Periods', 'B5', 'open', 'closed'],
    ]);
  });

  test('an English workbook shows them as kept', () => {
    expect(shown('en')).toEqual(entries.map((e) => [e.tab, e.cell, e.before, e.after]));
  });
});
