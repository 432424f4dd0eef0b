/**
 * The floor, in a process of its own so that neither figure holds the other's memory: the same
 * `values.batchGet` the Sheets adapter makes, fetched as text, then only `JSON.parse`, timed. Prints
 * one JSON line.
 * Usage: node floor-child.js ROOT_URL SPREADSHEET_ID RUNS
 */
import { inputTabs } from '../sheets-templates/index.js';
import { a1Range } from '../functions/src/workbook/a1.js';

const [rootUrl = '', spreadsheetId = '', runsText = '3'] = process.argv.slice(2);
const runs = Number(runsText);

const meta = (await (await fetch(`${rootUrl}/v4/spreadsheets/${spreadsheetId}`)).json()) as {
  sheets: { properties: { title: string; gridProperties: { rowCount: number; columnCount: number } } }[];
};
const query = new URLSearchParams({
  valueRenderOption: 'UNFORMATTED_VALUE',
  dateTimeRenderOption: 'SERIAL_NUMBER',
  majorDimension: 'ROWS',
});
const inputTitles = new Set<string>(inputTabs.map((t) => t.id));
for (const s of meta.sheets.filter((x) => inputTitles.has(x.properties.title)))
  query.append(
    'ranges',
    a1Range(
      s.properties.title,
      s.properties.gridProperties.rowCount,
      s.properties.gridProperties.columnCount,
    ),
  );
const text = await (
  await fetch(`${rootUrl}/v4/spreadsheets/${spreadsheetId}/values:batchGet?${query.toString()}`)
).text();
const parses: number[] = [];
for (let i = 0; i < Math.max(3, runs); i++) {
  const t0 = performance.now();
  const parsed = JSON.parse(text) as { valueRanges?: unknown[] };
  parses.push(performance.now() - t0);
  if (!parsed.valueRanges) throw new Error('batchGet answered without valueRanges');
}
process.stdout.write(`${JSON.stringify({ parses, responseBytes: Buffer.byteLength(text) })}\n`);
