import { describe, expect, test } from 'vitest';
import type { OutputTab } from './port.js';
import { batchUpdateBodyPieces, callBodies, planWrite } from './sheets-write.js';

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

describe('callBodies', () => {
  const request = (n: number) => JSON.stringify({ updateCells: { note: 'x'.repeat(n) } });
  const bytes = (body: readonly Buffer[]) => Buffer.concat(body).length;
  const sent = (body: readonly Buffer[]) =>
    (JSON.parse(Buffer.concat(body).toString('utf8')) as { requests: unknown[] }).requests;

  test('packs requests in order into bodies of at most the limit, each a whole batchUpdate', () => {
    const requests = Array.from({ length: 40 }, (_, i) => request(100 + i * 7));
    // A request in pieces counts as its joined text.
    const pieces = requests.map((r, i) => (i % 2 ? [r.slice(0, 10), r.slice(10)] : r));
    const bodies = [...callBodies(pieces, 1_000)];
    expect(bodies.length).toBeGreaterThan(5);
    for (const body of bodies) expect(bytes(body)).toBeLessThanOrEqual(1_000);
    expect(bodies.flatMap(sent)).toEqual(requests.map((r) => JSON.parse(r) as unknown));
  });

  test('counts bytes, not characters: Chinese text takes three bytes a character', () => {
    const chinese = JSON.stringify({ updateCells: { note: '提成'.repeat(100) } });
    const bodies = [...callBodies([chinese, chinese, chinese], 1_000)];
    expect(bodies).toHaveLength(3);
    for (const body of bodies) expect(bytes(body)).toBeLessThanOrEqual(1_000);
  });

  test('refuses a request larger than a call may carry', () => {
    expect(() => [...callBodies([request(2_000)], 1_000)]).toThrow(/more than a call may carry/);
  });
});
