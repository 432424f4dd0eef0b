/**
 * One size's measurements in a process of its own, so its peak RSS is its own: full recalculations
 * through the Sheets adapter against the stand-in, timed per step, then the floor (`JSON.parse` of the
 * same `values.batchGet` response). Prints one JSON line.
 * Usage: node recalc-child.js ROOT_URL SPREADSHEET_ID RUNS
 */
import { inputTabs } from '../sheets-templates/index.js';
import { a1Range } from '../functions/src/workbook/a1.js';
import { recalculate } from '../functions/src/recalculate.js';
import { sheetsClient } from '../functions/src/workbook/sheets-client.js';
import { SheetsWorkbook } from '../functions/src/workbook/sheets-workbook.js';
import { AS_OF } from './workbook.js';

type Step = 'read' | 'check' | 'compute' | 'write' | 'record';

const [rootUrl = '', spreadsheetId = '', runsText = '3'] = process.argv.slice(2);
const runs = Number(runsText);
const client = await sheetsClient({ rootUrl });
const workbook = new SheetsWorkbook(spreadsheetId, client);

const timings: Record<Step | 'total', number>[] = [];
for (let i = 0; i < runs; i++) {
  const t: Record<Step | 'total', number> = { read: 0, check: 0, compute: 0, write: 0, record: 0, total: 0 };
  let step: Step | undefined;
  let mark = performance.now();
  const start = mark;
  await recalculate(workbook, {
    asOf: AS_OF,
    onStep: (next) => {
      const now = performance.now();
      if (step) t[step] += now - mark;
      step = next;
      mark = now;
    },
  });
  const end = performance.now();
  if (step) t[step] += end - mark;
  t.total = end - start;
  timings.push(t);
}
const maxRssKb = process.resourceUsage().maxRSS;

// The floor: the same batchGet the adapter makes, as text, then only JSON.parse.
const meta = (await (await fetch(`${rootUrl}/v4/spreadsheets/${spreadsheetId}`)).json()) as { sheets: { properties: { title: string; gridProperties: { rowCount: number; columnCount: number } } }[] };
const query = new URLSearchParams({ valueRenderOption: 'UNFORMATTED_VALUE', dateTimeRenderOption: 'SERIAL_NUMBER', majorDimension: 'ROWS' });
const inputTitles = new Set<string>(inputTabs.map((t) => t.id));
for (const s of meta.sheets.filter((x) => inputTitles.has(x.properties.title))) query.append('ranges', a1Range(s.properties.title, s.properties.gridProperties.rowCount, s.properties.gridProperties.columnCount));
const text = await (await fetch(`${rootUrl}/v4/spreadsheets/${spreadsheetId}/values:batchGet?${query.toString()}`)).text();
const parses: number[] = [];
for (let i = 0; i < Math.max(3, runs); i++) {
  const t0 = performance.now();
  const parsed = JSON.parse(text) as { valueRanges?: unknown[] };
  parses.push(performance.now() - t0);
  if (!parsed.valueRanges) throw new Error('batchGet answered without valueRanges');
}
process.stdout.write(`${JSON.stringify({ timings, maxRssKb, parses, responseBytes: Buffer.byteLength(text) })}\n`);
