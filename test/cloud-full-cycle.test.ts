/**
 * The whole cloud cycle on the demo organisation: the template loaded into the Sheets API stand-in,
 * a target edited and a burst of signed edits posted, the summary tabs rewritten by one run, and the
 * same results as the local CLI gives on the same workbook exported to .xlsx.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { periodResults } from '../functions/src/cloud/runner.js';
import { demoOrganisation } from '../functions/src/demo/organisation.js';
import { outputTabs } from '../sheets-templates/index.js';
import { editEvent, postSigned, PROJECT, startCloudWorld, type CloudWorld } from './cloud-support.js';
import { exportXlsx } from './sheets-standin/export.js';
import { salesperf } from './support/cli.js';
import { tempDir } from './support/files.js';

let world: CloudWorld;
let edited: string;
let recalc: string;

beforeAll(async () => {
  world = await startCloudWorld({ rows: demoOrganisation('zh-CN'), quietMs: 300 });
  edited = await world.serve('sheetEdited');
  recalc = await world.serve('recalcNow');
}, 60_000);
afterAll(async () => world?.close(), 30_000);

// History tabs depend on each store's past runs, not on the inputs: the CLI's store is new.
const RUN_LOG = new Set(['Run Log', '运行日志', 'Change Log', '变更记录']);
const outputTitles: ReadonlySet<string> = new Set(outputTabs.flatMap((t) => [t.id, t.zh]));

type Grid = (string | number | boolean)[][];

/** Rows with empty cells as '' and trailing blanks trimmed, days as serial numbers. */
function normalise(rows: readonly (readonly unknown[] | undefined)[]): Grid {
  const out = rows.map((row) => {
    const cells = Array.from(row ?? [], (v) => {
      if (v instanceof Date) return v.getTime() / 86_400_000 + 25_569;
      if (v === null || v === undefined) return '';
      return v as string | number | boolean;
    });
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    return cells;
  });
  while (out.length > 0 && out[out.length - 1]?.length === 0) out.pop();
  return out;
}

async function xlsxOutputs(file: string): Promise<Map<string, Grid>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const tabs = new Map<string, Grid>();
  for (const sheet of book.worksheets) {
    if (!outputTitles.has(sheet.name) || RUN_LOG.has(sheet.name)) continue;
    const rows: unknown[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, r) => {
      const values: unknown[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        values[c - 1] = cell.value;
      });
      rows[r - 1] = values;
    });
    tabs.set(sheet.name, normalise(rows));
  }
  return tabs;
}

async function firestoreDb() {
  const { firestore } = await import('../functions/src/store/firestore-db.js');
  return firestore(PROJECT);
}

describe('the cloud cycle', () => {
  test('given the demo in Google Sheets, when a target is edited and the edits are posted, then one run rewrites the summary tabs with the results the CLI gives', async () => {
    const id = world.spreadsheetId;
    const inputTitles = world.standin.state(id).sheets.map((s) => s.title);
    const inputsBefore = new Map(inputTitles.map((t) => [t, world.standin.values(id, t)]));
    // A baseline run, as the menu's "Recalculate now" makes it.
    const baseline = await postSigned(recalc, {
      event_id: `baseline-${Date.now()}`,
      spreadsheet_id: id,
      action: 'recalculate',
      time: new Date().toISOString(),
    });
    expect(baseline.json).toMatchObject({ status: 'completed' });
    const scorecardBefore = world.standin.values(id, '绩效评分');

    // A manager lowers a target of a month still open (closed months are frozen: see period-close tests);
    // the Apps Script trigger posts each edit of the burst.
    const targets = world.standin.values(id, '目标');
    const at = targets.findIndex(
      (row, i) => i > 0 && String(row[0]) === '2026-04' && typeof row[5] === 'number',
    );
    expect(at).toBeGreaterThan(0);
    const cell = `F${at + 1}`;
    const base = targets[at]?.[5];
    world.standin.setCell(id, '目标', cell, Math.round((base as number) / 2));
    world.standin.resetCalls();
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await postSigned(edited, editEvent(id, '目标', cell)));
    expect(answers.map((a) => a.status)).toEqual([202, 202, 202, 202, 202]);
    console.log(`sheetEdited answered in ${answers.map((a) => Math.round(a.ms)).join(', ')} ms`);
    // Answered before the run: the run waits for the burst to go quiet.
    expect(world.standin.count()).toBe(0);
    const { editsSettled } = await import('../functions/src/cloud/handlers.js');
    await new Promise((r) => setTimeout(r, 400));
    await editsSettled();

    // One run for the burst, in three Sheets API calls.
    expect(world.standin.calls.map((c) => c.kind)).toEqual([
      'spreadsheets.get',
      'values.batchGet',
      'spreadsheets.batchUpdate',
    ]);
    const db = await firestoreDb();
    const runs = await db.collection(`workbooks/${id}/runs`).orderBy('started_at', 'desc').get();
    expect(runs.docs.map((d) => d.get('trigger'))).toEqual(['edit', 'manual']);
    const history = await db.collection(`workbooks/${id}/history`).orderBy('at', 'desc').limit(1).get();
    expect(history.docs[0]?.get('detail.changed_tabs')).toEqual(['Targets']);
    expect(world.standin.values(id, '绩效评分')).not.toEqual(scorecardBefore);
    // The Change Log names the one cell edited, before and after, and who edited it.
    const changeLog = world.standin.values(id, '变更记录');
    const changed = changeLog.filter((row) => row[1] === '目标');
    expect(changed.map((row) => row.slice(2, 6))).toEqual([
      [cell, String(base), String(Math.round((base as number) / 2)), 'manager@example.com'],
    ]);
    // Input tabs hold exactly what people typed: the runs wrote none of them.
    for (const title of inputTitles) {
      const before = inputsBefore.get(title) ?? [];
      if (title === '目标')
        before[at] = [...(before[at] ?? [])].map((v, c) => (c === 5 ? Math.round((base as number) / 2) : v));
      expect(world.standin.values(id, title), title).toEqual(before);
    }

    // The same workbook exported to .xlsx and recalculated by the CLI as of the same day.
    const asOf = String(runs.docs[0]?.get('as_of'));
    const file = path.join(await tempDir(), 'exported.xlsx');
    await exportXlsx(world.standin.state(id), file);
    const cli = await salesperf(['recalc', '--workbook', file, '--as-of', asOf, '--json']);
    expect(cli.code, cli.stderr).toBe(0);
    const expected = periodResults(JSON.parse(cli.stdout) as object);

    // Every period's results, as kept in Firestore, have the CLI's digest.
    const stored = await db.collection(`workbooks/${id}/results`).get();
    const digests = new Map(stored.docs.map((d) => [d.id, d.get('digest') as string]));
    expect(expected.length).toBeGreaterThan(5);
    for (const period of expected) expect(digests.get(period.period), period.period).toBe(period.digest);

    // And the summary tabs hold the same cells.
    const fromCli = await xlsxOutputs(file);
    expect([...fromCli.keys()].length).toBeGreaterThanOrEqual(5);
    for (const [title, grid] of fromCli)
      expect(normalise(world.standin.values(id, title)), title).toEqual(grid);
  });
});
