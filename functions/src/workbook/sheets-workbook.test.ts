import { Readable } from 'node:stream';
import type { sheets_v4 } from '@googleapis/sheets';
import { describe, expect, test } from 'vitest';
import { SheetsWorkbook } from './sheets-workbook.js';

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
