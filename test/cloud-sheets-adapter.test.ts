/**
 * The Google Sheets workbook adapter through the real client library, against the Sheets API v4
 * stand-in: what it reads, what it writes, how many calls a run costs and how it retries.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { sheets_v4 } from '@googleapis/sheets';
import { DEMO_AS_OF, demoOrganisation } from '../functions/src/demo/organisation.js';
import { recalculate } from '../functions/src/recalculate.js';
import { templateWorkbook } from '../functions/src/template/template.js';
import type { OutputTab } from '../functions/src/workbook/port.js';
import { sheetsClient } from '../functions/src/workbook/sheets-client.js';
import { createSpreadsheetFromTemplate } from '../functions/src/workbook/sheets-template.js';
import { METADATA_FIELDS, PROTECTION_DESCRIPTION } from '../functions/src/workbook/sheets-metadata.js';
import { SheetsWorkbook } from '../functions/src/workbook/sheets-workbook.js';
import { MAX_PAYLOAD_BYTES, startSheetsStandin, type SheetsStandin } from './sheets-standin/server.js';

let standin: SheetsStandin;
let client: sheets_v4.Sheets;
const waits: number[] = [];
const retry = {
  attempts: 5,
  baseDelayMs: 10,
  maxDelayMs: 100,
  random: () => 0,
  sleep: async (ms: number) => void waits.push(ms),
};

beforeAll(async () => {
  standin = await startSheetsStandin();
  client = await sheetsClient({ rootUrl: standin.url });
});
afterAll(async () => standin.close());

/** A spreadsheet with the given tabs and rows, put straight into the stand-in. */
function spreadsheetWith(tabs: Record<string, (string | number | boolean | null)[][]>): string {
  const id = `sheet-${Math.random().toString(36).slice(2)}`;
  const state = standin.addSpreadsheet(id);
  let sheetId = 10;
  for (const [title, rows] of Object.entries(tabs)) {
    state.sheets.push({
      sheetId: sheetId++,
      title,
      rowCount: 1000,
      columnCount: 26,
      frozenRowCount: 0,
      frozenColumnCount: 0,
      cells: [],
      columnWidths: new Map(),
      protectedRanges: [],
    });
    rows.forEach((row, r) =>
      row.forEach(
        (v, c) => v !== null && standin.setCell(id, title, `${String.fromCharCode(65 + c)}${r + 1}`, v),
      ),
    );
  }
  return id;
}

const outputTab = (title: string, aliases: string[], rows: OutputTab['rows']): OutputTab => ({
  id: aliases[0] ?? title,
  title,
  aliases,
  rows,
  widths: [12, 20, 10],
  frozenRows: 1,
  frozenColumns: 1,
});

describe('reading a spreadsheet', () => {
  test('given input and other tabs, when read, then one metadata call and one batchGet of the input tabs return ragged rows with serial days', async () => {
    const id = spreadsheetWith({
      Settings: [
        ['key', 'value'],
        ['locale', 'en'],
        ['timezone', 'Asia/Shanghai'],
      ],
      Activity: [
        ['date', 'rep_id', 'type', 'channel', 'amount'],
        [46157, 'R1', 'deal', null, 1200.5],
        [],
        [46158, 'R2', 'lead'],
      ],
      'My notes': [['anything']],
      Scorecard: [['old output']],
    });
    standin.resetCalls();
    const tabs = await new SheetsWorkbook(id, client, { retry }).read();

    expect(standin.calls.map((c) => c.kind)).toEqual(['spreadsheets.get', 'values.batchGet']);
    expect(standin.calls[0]?.query.get('fields')).toBe(METADATA_FIELDS);
    const get = standin.calls[1]?.query;
    expect(get?.getAll('ranges')).toEqual(["'Settings'!A1:Z1000", "'Activity'!A1:Z1000"]);
    expect(get?.get('valueRenderOption')).toBe('UNFORMATTED_VALUE');
    expect(get?.get('dateTimeRenderOption')).toBe('SERIAL_NUMBER');

    expect(tabs.map((t) => t.title)).toEqual(['Settings', 'Activity', 'My notes', 'Scorecard']);
    expect(tabs[1]?.rows).toEqual([
      ['date', 'rep_id', 'type', 'channel', 'amount'],
      [46157, 'R1', 'deal', null, 1200.5],
      [],
      [46158, 'R2', 'lead'],
    ]);
    // Tabs that are not input are listed by title only; their cells are never fetched.
    expect(tabs[2]?.rows).toEqual([]);
    expect(tabs[3]?.rows).toEqual([]);
  });

  test('given 429 and 503 answers to the batchGet, when read, then it is retried with growing waits and every row arrives', async () => {
    const rows = [['date', 'rep_id', 'type', 'customer_id', 'note']];
    for (let r = 0; r < 600; r++)
      rows.push([`${46100 + r}`, `R${r % 7}`, 'visit', `客户-${r}`, '"quoted", [bracketed] \\ 备注']);
    const id = spreadsheetWith({ Activity: rows });
    waits.length = 0;
    standin.resetCalls();
    standin.failNext({ kind: 'values.batchGet', status: 429 });
    standin.failNext({ kind: 'values.batchGet', status: 503 });
    const tabs = await new SheetsWorkbook(id, client, { retry }).read();
    expect(standin.count('values.batchGet')).toBe(3);
    expect(waits).toEqual([10, 20]);
    expect(tabs[0]?.rows).toEqual(rows);
  });

  test("given a batchGet that keeps failing, when read, then the error carries the API's own message", async () => {
    const id = spreadsheetWith({ Settings: [['key', 'value']] });
    standin.failNext({ kind: 'values.batchGet', status: 503, times: 5 });
    await expect(new SheetsWorkbook(id, client, { retry }).read()).rejects.toThrow(
      'The service is currently unavailable.',
    );
  });

  test("given a refusal whose body arrives in pieces, when read, then the error carries the API's message whole", async () => {
    const id = spreadsheetWith({ Settings: [['key', 'value']] });
    const message = '调用方没有权限 (The caller does not have permission)';
    standin.resetCalls();
    // Cut into 7 pieces of its bytes: the cuts fall inside the Chinese characters' bytes too.
    standin.failNext({ kind: 'values.batchGet', status: 403, message, pieces: 7 });
    await expect(new SheetsWorkbook(id, client, { retry }).read()).rejects.toThrow(message);
    expect(standin.count('values.batchGet')).toBe(1);
  });
});

describe('writing output tabs', () => {
  test('given no output tabs, when written, then they are created, formatted, protected and filled with typed values in one call', async () => {
    const id = spreadsheetWith({ Settings: [['key', 'value']] });
    const book = new SheetsWorkbook(id, client, { retry });
    await book.read();
    standin.resetCalls();
    await book.writeOutputs([
      outputTab(
        'Scorecard',
        ['Scorecard', '绩效评分'],
        [
          [
            { value: 'rep', style: 'header' },
            { value: 'day', style: 'header' },
            { value: 'total', style: 'header' },
          ],
          [
            { value: '=IMPORTXML("http://x")' },
            { value: '2026-05-15', format: 'date' },
            { value: 0.875, format: 'percent' },
          ],
          [{ value: "'quoted" }, { value: null }, { value: 12.5, format: 'money' }],
        ],
      ),
    ]);

    expect(standin.calls.map((c) => c.kind)).toEqual(['spreadsheets.batchUpdate']);
    expect(standin.values(id, 'Scorecard')).toEqual([
      ['rep', 'day', 'total'],
      ['=IMPORTXML("http://x")', 46157, 0.875],
      ["'quoted", '', 12.5],
    ]);
    const sheet = standin.sheet(id, 'Scorecard');
    // Text a user typed is kept as text, never run as a formula.
    expect(sheet.cells[1]?.[0]?.formula).toBeUndefined();
    expect(sheet.cells[1]?.[1]?.format?.numberFormat).toEqual({ type: 'DATE', pattern: 'yyyy-mm-dd' });
    expect(sheet.cells[0]?.[0]?.format?.textFormat).toEqual({ bold: true });
    expect(sheet.frozenRowCount).toBe(1);
    expect(sheet.frozenColumnCount).toBe(1);
    expect(sheet.protectedRanges).toEqual([
      expect.objectContaining({ description: PROTECTION_DESCRIPTION, range: { sheetId: sheet.sheetId } }),
    ]);
    expect(sheet.columnWidths.get(1)).toBe(150);
  });

  test('given a longer earlier output, when a shorter one is written, then the rows left over are cleared and the protection is not repeated', async () => {
    const id = spreadsheetWith({ Settings: [['key', 'value']] });
    const long = outputTab(
      'Alerts',
      ['Alerts', '预警'],
      Array.from({ length: 30 }, (_, r) => [
        { value: `row ${r}`, style: r === 0 ? 'header' : undefined },
        { value: r },
      ]),
    );
    const book = new SheetsWorkbook(id, client, { retry });
    await book.writeOutputs([long]);
    await book.writeOutputs([
      outputTab('Alerts', ['Alerts', '预警'], [[{ value: 'only', style: 'header' }]]),
    ]);

    expect(standin.values(id, 'Alerts')).toEqual([['only']]);
    const sheet = standin.sheet(id, 'Alerts');
    expect(
      sheet.cells
        .slice(1)
        .flat()
        .filter((c) => c?.value !== undefined || c?.format !== undefined),
    ).toEqual([]);
    expect(sheet.protectedRanges).toHaveLength(1);
  });

  test('given an output tab under its other-language title, when written, then that tab is renamed and refilled', async () => {
    const id = spreadsheetWith({ 设置: [['键', '值']], 绩效评分: [['旧'], ['旧']] });
    const inputBefore = structuredClone(standin.sheet(id, '设置').cells);
    const renamedId = standin.sheet(id, '绩效评分').sheetId;
    await new SheetsWorkbook(id, client, { retry }).writeOutputs([
      outputTab('Scorecard', ['Scorecard', '绩效评分'], [[{ value: 'new' }]]),
    ]);

    expect(standin.state(id).sheets.map((s) => s.title)).toEqual(['设置', 'Scorecard']);
    expect(standin.sheet(id, 'Scorecard').sheetId).toBe(renamedId);
    expect(standin.values(id, 'Scorecard')).toEqual([['new']]);
    // Input tabs keep exactly what they had.
    expect(standin.sheet(id, '设置').cells).toEqual(inputBefore);
  });

  test('given the tab under both titles, when written, then the copy under the other title is removed', async () => {
    const id = spreadsheetWith({ Settings: [['key', 'value']], 预警: [['旧']], alerts: [['old']] });
    await new SheetsWorkbook(id, client, { retry }).writeOutputs([
      outputTab('Alerts', ['Alerts', '预警'], [[{ value: 'new' }]]),
    ]);
    expect(standin.state(id).sheets.map((s) => s.title)).toEqual(['Settings', 'Alerts']);
    expect(standin.values(id, 'Alerts')).toEqual([['new']]);
  });

  test('given 429 and 503 answers, when written, then the POSTs are retried with growing waits and the write completes', async () => {
    const id = spreadsheetWith({ Settings: [['key', 'value']] });
    const book = new SheetsWorkbook(id, client, { retry });
    await book.read();
    standin.resetCalls();
    waits.length = 0;
    standin.failNext({ kind: 'spreadsheets.batchUpdate', status: 429, times: 2 });
    standin.failNext({ kind: 'spreadsheets.batchUpdate', status: 503, times: 1 });
    await book.writeOutputs([outputTab('Run Log', ['Run Log', '运行日志'], [[{ value: 'ok' }]])]);

    expect(standin.calls.map((c) => `${c.kind} ${c.status}`)).toEqual([
      'spreadsheets.batchUpdate 429',
      'spreadsheets.batchUpdate 429',
      'spreadsheets.batchUpdate 503',
      'spreadsheets.batchUpdate 200',
    ]);
    expect(waits).toEqual([10, 20, 40]);
    expect(standin.values(id, 'Run Log')).toEqual([['ok']]);
  });

  test('a 400 is not retried and leaves the outputs as they were', async () => {
    const id = spreadsheetWith({ Settings: [['key', 'value']] });
    const book = new SheetsWorkbook(id, client, { retry });
    await book.writeOutputs([outputTab('Alerts', ['Alerts', '预警'], [[{ value: 'first' }]])]);
    standin.resetCalls();
    standin.failNext({ kind: 'spreadsheets.batchUpdate', status: 400 });
    await expect(
      book.writeOutputs([outputTab('Alerts', ['Alerts', '预警'], [[{ value: 'second' }]])]),
    ).rejects.toThrow();
    expect(standin.count('spreadsheets.batchUpdate')).toBe(1);
    expect(standin.values(id, 'Alerts')).toEqual([['first']]);
  });
});

/** A report-like output: a header, then `rows` rows of rep, text, amount and rate, in the workbook's formats. */
function bigTab(title: string, aliases: string[], rows: number, note: string): OutputTab {
  return outputTab(title, aliases, [
    [
      { value: 'rep', style: 'header' },
      { value: 'why', style: 'header' },
      { value: 'amount', style: 'header' },
      { value: 'rate', style: 'header' },
    ],
    ...Array.from({ length: rows }, (_, r) => [
      { value: `R${1000 + (r % 997)}` },
      { value: `${note} ${r}: 提成 ${(r * 37) % 1000} × 3% / tier ${r % 4}`, style: 'wrap' as const },
      { value: (r * 123.45) % 99_999, format: 'money' as const },
      { value: (r % 100) / 100, format: 'percent' as const },
    ]),
  ]);
}

/** Every cell of a tab that holds something, as the spreadsheet holds it: value, formula flag and format. */
const cellsOf = (id: string, title: string) =>
  standin
    .sheet(id, title)
    .cells.flatMap((row, r) =>
      (row ?? []).flatMap((cell, c) =>
        cell && (cell.value !== undefined || cell.format !== undefined)
          ? [{ at: [r, c], value: cell.value, formula: cell.formula, format: cell.format }]
          : [],
      ),
    );

describe('writing output tabs larger than one call may carry', () => {
  const tabs = (note: string) => [
    bigTab('Scorecard', ['Scorecard', '绩效评分'], 900, note),
    bigTab('Payouts', ['Payouts', '薪酬明细'], 700, note),
    outputTab('Run Log', ['Run Log', '运行日志'], [[{ value: note }]]),
  ];
  const LIMIT = 64 * 1024;

  test('given outputs of several calls, when written, then each call is within the limit and the tabs hold what one call writes', async () => {
    const staged = spreadsheetWith({ Settings: [['key', 'value']], Scorecard: [['old'], ['old']] });
    const whole = spreadsheetWith({ Settings: [['key', 'value']], Scorecard: [['old'], ['old']] });
    standin.resetCalls();
    await new SheetsWorkbook(staged, client, { retry, maxRequestBytes: LIMIT }).writeOutputs(tabs('v1'));
    const writes = (sid: string) =>
      standin.calls.filter((c) => c.spreadsheetId === sid && c.kind === 'spreadsheets.batchUpdate');
    const calls = writes(staged);
    await new SheetsWorkbook(whole, client, { retry }).writeOutputs(tabs('v1'));
    expect(writes(whole)).toHaveLength(1);

    expect(calls.length).toBeGreaterThan(3);
    for (const call of calls) expect(call.bytes).toBeLessThanOrEqual(LIMIT);
    for (const title of ['Scorecard', 'Payouts', 'Run Log']) {
      expect(cellsOf(staged, title)).toEqual(cellsOf(whole, title));
      const [a, b] = [standin.sheet(staged, title), standin.sheet(whole, title)];
      expect([a.rowCount, a.frozenRowCount, a.frozenColumnCount, [...a.columnWidths]]).toEqual([
        b.rowCount,
        b.frozenRowCount,
        b.frozenColumnCount,
        [...b.columnWidths],
      ]);
      expect(a.protectedRanges).toHaveLength(1);
    }
    // The tab that was there keeps its id (links and formulas pointing at it still do); no hidden tab is left.
    expect(standin.state(staged).sheets.map((s) => `${s.title}${s.hidden ? ' (hidden)' : ''}`)).toEqual([
      'Settings',
      'Scorecard',
      'Payouts',
      'Run Log',
    ]);
    expect(standin.sheet(staged, 'Scorecard').sheetId).toBe(11);
  });

  test('given a staged write that fails at its last call, then the outputs are as they were, and the next write completes and leaves no hidden tab', async () => {
    const id = spreadsheetWith({ Settings: [['key', 'value']] });
    const book = new SheetsWorkbook(id, client, { retry, maxRequestBytes: LIMIT });
    await book.writeOutputs(tabs('v1'));
    const before = ['Scorecard', 'Payouts', 'Run Log'].map((t) => cellsOf(id, t));
    standin.resetCalls();
    await book.writeOutputs(tabs('v1'));
    const calls = standin.count('spreadsheets.batchUpdate');

    // Every call of the next write but its last is applied; the last is refused.
    let applied = 0;
    standin.onBatchUpdate = (sid) => {
      if (sid === id && ++applied === calls - 1)
        standin.failNext({ kind: 'spreadsheets.batchUpdate', status: 400 });
    };
    await expect(book.writeOutputs(tabs('v2'))).rejects.toThrow();
    standin.onBatchUpdate = undefined;
    expect(['Scorecard', 'Payouts', 'Run Log'].map((t) => cellsOf(id, t))).toEqual(before);
    expect(standin.state(id).sheets.filter((s) => s.hidden)).toHaveLength(3);
    // The next run does not take them for tabs of the workbook's.
    expect((await book.read()).map((t) => t.title)).toEqual(['Settings', 'Scorecard', 'Payouts', 'Run Log']);

    await book.writeOutputs(tabs('v2'));
    expect(standin.values(id, 'Run Log')).toEqual([['v2']]);
    expect(standin.values(id, 'Payouts')[5]?.[1]).toMatch(/^v2 4:/);
    expect(standin.state(id).sheets.map((s) => s.title)).toEqual([
      'Settings',
      'Scorecard',
      'Payouts',
      'Run Log',
    ]);
  });

  test("given outputs of more than 10 MiB, when written with the API's limit, then the API takes every call", async () => {
    const id = spreadsheetWith({ Settings: [['key', 'value']] });
    const huge = [bigTab('Scorecard', ['Scorecard', '绩效评分'], 60_000, 'a long explanation of the figure')];
    standin.resetCalls();
    await new SheetsWorkbook(id, client, { retry }).writeOutputs(huge);
    const sizes = standin.calls.map((c) => c.bytes ?? 0);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeGreaterThan(MAX_PAYLOAD_BYTES);
    expect(standin.calls.every((c) => c.status === 200)).toBe(true);
    expect(standin.values(id, 'Scorecard')).toHaveLength(60_001);
  });
});

describe('a run against Google Sheets', () => {
  test.each([
    { name: 'the empty template', demo: false },
    { name: 'the demo organisation', demo: true },
  ])('recalculating $name costs three API calls', async ({ demo }) => {
    const book = templateWorkbook('zh-CN', demo ? demoOrganisation('zh-CN') : {});
    const { spreadsheetId } = await createSpreadsheetFromTemplate(client, book, {
      title: 'salesperf',
      locale: 'zh-CN',
      timeZone: 'Asia/Shanghai',
      retry,
    });
    standin.resetCalls();
    const report = await recalculate(new SheetsWorkbook(spreadsheetId, client, { retry }), {
      asOf: DEMO_AS_OF,
      trigger: 'manual',
    });
    expect(standin.count()).toBe(3);
    expect(standin.calls.map((c) => c.kind)).toEqual([
      'spreadsheets.get',
      'values.batchGet',
      'spreadsheets.batchUpdate',
    ]);
    expect(report.record.outcome).toBe('completed');
    if (demo) expect(report.results.scorecards.length).toBeGreaterThan(100);

    // A second run over the outputs of the first costs the same.
    standin.resetCalls();
    await recalculate(new SheetsWorkbook(spreadsheetId, client, { retry }), {
      asOf: DEMO_AS_OF,
      trigger: 'manual',
    });
    expect(standin.count()).toBe(3);
  });
});
