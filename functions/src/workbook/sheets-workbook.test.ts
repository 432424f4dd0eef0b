import { Readable } from 'node:stream';
import type { sheets_v4 } from '@googleapis/sheets';
import { describe, expect, test } from 'vitest';
import type { OutputTab } from './port.js';
import { batchUpdateBodyPieces, planWrite, SheetsWorkbook } from './sheets-workbook.js';

/** A client answering the two read calls with the given values for an Activity tab, the values as a JSON body. */
function clientWith(values: unknown[][]): sheets_v4.Sheets {
  const body = Buffer.from(JSON.stringify({ valueRanges: [{ range: 'Activity!A1:E10', values }] }));
  const sheet = (sheetId: number, title: string) => ({
    properties: { sheetId, title, gridProperties: { rowCount: 10, columnCount: 5 } },
  });
  return {
    spreadsheets: {
      get: () => Promise.resolve({ data: { sheets: [sheet(1, 'Activity'), sheet(2, 'Notes')] } }),
      values: { batchGet: () => Promise.resolve({ data: Readable.from([body]) }) },
    },
  } as unknown as sheets_v4.Sheets;
}

describe('SheetsWorkbook.read', () => {
  test('reads empty strings and missing values as empty cells and keeps text, numbers and booleans', async () => {
    const values: unknown[][] = [
      ['date', 'rep_id', '', 'amount'],
      [46000.5, 'S1', '', 12.5, true],
      [undefined, null, ' ', 0, false],
      [],
    ];
    const tabs = await new SheetsWorkbook('sheet-id', clientWith(values), {
      retry: { attempts: 1, baseDelayMs: 0, maxDelayMs: 0 },
    }).read();
    expect(tabs).toEqual([
      {
        title: 'Activity',
        rows: [
          ['date', 'rep_id', null, 'amount'],
          [46000.5, 'S1', null, 12.5, true],
          [null, null, ' ', 0, false],
          [],
        ],
      },
      { title: 'Notes', rows: [] },
    ]);
  });

  test('reads any other kind of value as its text', async () => {
    const tabs = await new SheetsWorkbook('sheet-id', clientWith([[[1, 2], 'R1']])).read();
    expect(tabs[0]?.rows).toEqual([['1,2', 'R1']]);
  });
});

describe('batchUpdateBodyPieces', () => {
  test('is the planned write as JSON, byte for byte, with tabs kept, renamed and added', () => {
    const existing = [
      {
        sheetId: 0,
        title: 'Settings',
        rowCount: 100,
        columnCount: 3,
        frozenRowCount: 1,
        protectedByEngine: false,
      },
      {
        sheetId: 7,
        title: '业绩评分',
        rowCount: 50,
        columnCount: 8,
        frozenRowCount: 1,
        protectedByEngine: true,
      },
    ];
    const tab = (id: string, title: string, aliases: string[], rows: OutputTab['rows']): OutputTab => ({
      id,
      title,
      aliases,
      rows,
      widths: [12, 20],
      frozenRows: 1,
    });
    const tabs = [
      tab(
        'Scorecard',
        'Scorecard',
        ['业绩评分'],
        [
          [
            { value: 'Rep', style: 'header' },
            { value: 'Revenue', style: 'header' },
          ],
          [
            { value: '王芳', format: 'text' },
            { value: 1234567.5, format: 'money' },
          ],
          [{ value: null }, { value: 0.125, format: 'percent' }],
        ],
      ),
      tab(
        'Alerts',
        'Alerts',
        ['提醒'],
        [[{ value: 'Level', style: 'header' }], [{ value: 'red "quoted"\nline' }]],
      ),
    ];
    const body = [...batchUpdateBodyPieces(existing, tabs)].join('');
    expect(body).toBe(
      JSON.stringify({ requests: planWrite(existing, tabs).requests, includeSpreadsheetInResponse: false }),
    );
    expect(JSON.parse(body)).toHaveProperty('requests');
  });

  test("puts a copy's other requests before and after the tabs', given the sheet id each tab got", () => {
    const existing = [
      {
        sheetId: 3,
        title: 'Old tab',
        rowCount: 10,
        columnCount: 2,
        frozenRowCount: 0,
        protectedByEngine: true,
      },
    ];
    const tabs: OutputTab[] = [
      {
        id: 'Leadership',
        title: '管理层摘要',
        aliases: ['Leadership'],
        rows: [[{ value: '营收', style: 'header' }], [{ value: 98765.43, format: 'money' }]],
        widths: [14],
        frozenRows: 1,
      },
    ];
    const first = [{ deleteEmbeddedObject: { objectId: 41 } }];
    const last = (sheetIdOf: (title: string) => number | undefined) => [
      { deleteSheet: { sheetId: 3 } },
      {
        addChart: {
          chart: { position: { overlayPosition: { anchorCell: { sheetId: sheetIdOf('管理层摘要') } } } },
        },
      },
    ];
    const planned = planWrite(existing, tabs).requests;
    const added = planned.find((r) => r.addSheet)?.addSheet?.properties?.sheetId;
    expect(added).toBeGreaterThan(3);
    const body = [...batchUpdateBodyPieces(existing, tabs, { first, last })].join('');
    expect(body).toBe(
      JSON.stringify({
        requests: [...first, ...planned, ...last(() => added ?? undefined)],
        includeSpreadsheetInResponse: false,
      }),
    );
  });

  test('comes in pieces of some thousand rows that join to the same text, for a long tab and an empty one', () => {
    const rows: OutputTab['rows'] = Array.from({ length: 4_501 }, (_, i) => [
      { value: `S${i}` },
      { value: i * 1.5, format: 'money' },
    ]);
    const tabs: OutputTab[] = [
      { id: 'Payouts', title: '薪酬明细', aliases: ['Payouts'], rows, widths: [10, 12], frozenRows: 1 },
      { id: 'Alerts', title: 'Alerts', aliases: [], rows: [], widths: [], frozenRows: 0 },
    ];
    const pieces = [...batchUpdateBodyPieces([], tabs)];
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.join('')).toBe(
      JSON.stringify({ requests: planWrite([], tabs).requests, includeSpreadsheetInResponse: false }),
    );
  });
});
