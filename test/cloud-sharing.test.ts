/**
 * Sharing through the real Sheets and Drive clients against their stand-ins: the leadership copy
 * with its charts and exact readers, one private copy per rep of the demo, access following a rep
 * who leaves or changes address, and the run's own three calls unchanged.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { drive_v3 } from '@googleapis/drive';
import type { sheets_v4 } from '@googleapis/sheets';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { inputTabs, outputTabs } from '../sheets-templates/index.js';
import { DEMO_AS_OF, demoOrganisation } from '../functions/src/demo/organisation.js';
import { recalculate, type RunReport } from '../functions/src/recalculate.js';
import { driveClient } from '../functions/src/sharing/drive-client.js';
import { shareRun, type SharingReport } from '../functions/src/sharing/share.js';
import { LocalRunStore } from '../functions/src/store/local-store.js';
import { defaultRows, templateWorkbook } from '../functions/src/template/template.js';
import { matchTab } from '../functions/src/workbook/names.js';
import { sheetsClient } from '../functions/src/workbook/sheets-client.js';
import { createSpreadsheetFromTemplate } from '../functions/src/workbook/sheets-template.js';
import { SheetsWorkbook } from '../functions/src/workbook/sheets-workbook.js';
import { OWNER, startDriveStandin, type DriveStandin } from './drive-standin/server.js';
import { startSheetsStandin, type SheetsStandin } from './sheets-standin/server.js';

const retry = { attempts: 3, baseDelayMs: 1, maxDelayMs: 2, random: () => 0, sleep: async () => undefined };
const LEADERS = 'ceo@example.com, CFO@Example.com';

let sheetsApi: SheetsStandin;
let driveApi: DriveStandin;
let sheets: sheets_v4.Sheets;
let drive: drive_v3.Drive;
let storeDir: string;
let store: LocalRunStore;
let sourceId: string;
let first: { report: RunReport; shared: SharingReport; runCalls: string[] };

async function runAndShare(): Promise<{ report: RunReport; shared: SharingReport; runCalls: string[] }> {
  sheetsApi.resetCalls();
  driveApi.resetCalls();
  const report = await recalculate(new SheetsWorkbook(sourceId, sheets, { retry }), {
    asOf: DEMO_AS_OF,
    store,
  });
  const runCalls = sheetsApi.calls.map((c) => c.kind);
  const shared = await shareRun({ sheets, drive, store, retry }, report, 'Demo');
  return { report, shared, runCalls };
}

/** Every tab of a spreadsheet in the stand-in, with its values. */
function tabsOf(id: string): Map<string, (string | number | boolean | '')[][]> {
  return new Map(sheetsApi.state(id).sheets.map((s) => [s.title, sheetsApi.values(id, s.title)]));
}

const readers = (fileId: string) =>
  driveApi
    .permissions(fileId)
    .filter((p) => p.role !== 'owner')
    .map((p) => `${p.role}:${p.emailAddress ?? ''}`)
    .sort();

/** Sets a cell of the Reps tab for one rep (a manager's edit, not an API call). */
function setRepCell(repId: string, column: string, value: string | number): void {
  const rows = sheetsApi.values(sourceId, 'Reps');
  const header = rows[0] ?? [];
  const c = header.indexOf(column);
  const r = rows.findIndex((row) => row[0] === repId);
  expect(c).toBeGreaterThanOrEqual(0);
  expect(r).toBeGreaterThan(0);
  sheetsApi.setCell(sourceId, 'Reps', `${String.fromCharCode(65 + c)}${r + 1}`, value);
}

beforeAll(async () => {
  sheetsApi = await startSheetsStandin();
  driveApi = await startDriveStandin({
    fileExists: (id) => {
      try {
        sheetsApi.state(id);
        return true;
      } catch {
        return false;
      }
    },
  });
  sheets = await sheetsClient({ rootUrl: sheetsApi.url });
  drive = await driveClient({ rootUrl: driveApi.url });
  const org = demoOrganisation('en');
  const settings = [
    ...(org.Settings ?? defaultRows('en').Settings ?? []).filter(
      (r) => r.key !== 'leadership_emails' && r.key !== 'rep_statements',
    ),
    { key: 'leadership_emails', value: LEADERS },
    { key: 'rep_statements', value: 'true' },
  ];
  const book = templateWorkbook('en', { ...org, Settings: settings });
  ({ spreadsheetId: sourceId } = await createSpreadsheetFromTemplate(sheets, book, {
    title: 'Demo',
    locale: 'en',
    timeZone: 'Asia/Shanghai',
    retry,
  }));
  storeDir = await mkdtemp(path.join(tmpdir(), 'salesperf-sharing-'));
  store = new LocalRunStore(storeDir);
  first = await runAndShare();
}, 120_000);

afterAll(async () => {
  await Promise.all([sheetsApi.close(), driveApi.close(), rm(storeDir, { recursive: true, force: true })]);
});

describe('the leadership copy', () => {
  test('the run itself still makes its three calls; sharing makes its own after them', () => {
    expect(first.runCalls).toEqual(['spreadsheets.get', 'values.batchGet', 'spreadsheets.batchUpdate']);
    expect(first.shared.sheetsCalls).toBe(2 * (1 + first.shared.reps.length));
  });

  test('holds every output tab and Leadership, and no input tab', () => {
    const id = first.shared.leadership?.spreadsheetId ?? '';
    const titles = [...tabsOf(id).keys()];
    expect(titles.sort()).toEqual(outputTabs.map((t) => t.id).sort());
    expect(titles.filter((t) => matchTab(t).kind === 'input')).toEqual([]);
  });

  test('holds no row of an input tab and no rep’s address', async () => {
    const id = first.shared.leadership?.spreadsheetId ?? '';
    const cells = [...tabsOf(id).values()].flat();
    const copied = new Set(cells.map((row) => JSON.stringify(row)));
    const source = tabsOf(sourceId);
    for (const spec of inputTabs) {
      for (const row of (source.get(spec.id) ?? []).slice(1)) {
        if (row.filter((v) => v !== '').length >= 3)
          expect(copied.has(JSON.stringify(row)), `${spec.id} row ${JSON.stringify(row)}`).toBe(false);
      }
    }
    const text = JSON.stringify(cells);
    for (const rep of first.report.inputs.reps) if (rep.email) expect(text).not.toContain(rep.email);
    expect(text).not.toContain('leadership_emails');
  });

  test('is shared read-only with exactly the listed addresses, lower-cased', () => {
    const id = first.shared.leadership?.spreadsheetId ?? '';
    expect(readers(id)).toEqual(['reader:ceo@example.com', 'reader:cfo@example.com']);
    expect(
      driveApi
        .permissions(id)
        .filter((p) => p.role === 'owner')
        .map((p) => p.emailAddress),
    ).toEqual([OWNER]);
  });

  test('draws four charts over the Leadership tab, each reading its own table', () => {
    const state = sheetsApi.state(first.shared.leadership?.spreadsheetId ?? '');
    const sheet = state.sheets.find((s) => s.title === 'Leadership');
    const charts = sheet?.charts ?? [];
    expect(charts.map((c) => c.spec.title)).toEqual([
      'Team revenue attainment',
      'Funnel plan: visit → registration → subscription → deal',
      'Channel gaps to date (behind > 0, ahead < 0)',
      'Grade distribution',
    ]);
    const values = sheetsApi.values(state.spreadsheetId, 'Leadership');
    const header = (chart: (typeof charts)[number], part: 'domains' | 'series') => {
      const basic = chart.spec.basicChart as {
        domains: {
          domain: {
            sourceRange: { sources: { sheetId: number; startRowIndex: number; startColumnIndex: number }[] };
          };
        }[];
        series: {
          series: {
            sourceRange: { sources: { sheetId: number; startRowIndex: number; startColumnIndex: number }[] };
          };
        }[];
      };
      const source =
        part === 'domains'
          ? basic.domains[0]?.domain.sourceRange.sources[0]
          : basic.series[0]?.series.sourceRange.sources[0];
      expect(source?.sheetId).toBe(sheet?.sheetId);
      return values[source?.startRowIndex ?? -1]?.[source?.startColumnIndex ?? -1];
    };
    expect(charts.map((c) => [header(c, 'domains'), header(c, 'series')])).toEqual([
      ['Team', 'Attainment'],
      ['Stage', 'Plan'],
      ['Channel', 'Behind by (− ahead)'],
      ['Grade', 'Reps'],
    ]);
  });
});

describe('rep copies', () => {
  test('every rep of the demo with an address and still employed gets a copy with only their own rows', () => {
    const asOf = first.report.results.as_of;
    const expected = first.report.inputs.reps
      .filter((r) => r.email && !(r.leave_date && String(r.leave_date) < asOf))
      .map((r) => r.rep_id);
    expect(first.shared.reps.map((r) => r.rep_id).sort()).toEqual([...expected].sort());
    expect(expected.length).toBeGreaterThan(30);
    const source = tabsOf(sourceId);
    const allReps = new Set(first.report.inputs.reps.map((r) => r.rep_id));
    for (const { rep_id, spreadsheetId } of first.shared.reps) {
      const tabs = tabsOf(spreadsheetId);
      expect([...tabs.keys()].sort()).toEqual(['Payouts', 'Scorecard']);
      for (const [title, rows] of tabs) {
        // Rows naming a rep name this rep only, and there are as many as in the workbook's own tab.
        const named = rows.filter((row) => allReps.has(String(row[1])));
        expect(named.length, `${rep_id} ${title}`).toBeGreaterThan(0);
        expect(new Set(named.map((row) => row[1]))).toEqual(new Set([rep_id]));
        expect(named.length).toBe((source.get(title) ?? []).filter((row) => row[1] === rep_id).length);
        expect(rows.some((row) => row[0] === 'Team totals')).toBe(false);
        for (const cell of rows.flat())
          if (cell !== rep_id && typeof cell === 'string')
            expect(allReps.has(cell), `${rep_id} sees ${cell}`).toBe(false);
      }
    }
  });

  test('each copy is shared with that rep’s address alone', () => {
    const emails = new Map(first.report.inputs.reps.map((r) => [r.rep_id, String(r.email).toLowerCase()]));
    for (const { rep_id, spreadsheetId } of first.shared.reps)
      expect(readers(spreadsheetId)).toEqual([`reader:${emails.get(rep_id) ?? ''}`]);
  });
});

describe('when people change', () => {
  test('a rep who leaves loses access, a changed address moves it, a removed leader is removed; nothing is created again', async () => {
    const [leaver, mover] = first.shared.reps;
    if (!leaver || !mover) throw new Error('the demo has reps');
    setRepCell(leaver.rep_id, 'leave_date', '2026-05-01');
    setRepCell(mover.rep_id, 'email', 'New.Address@example.com');
    const rows = sheetsApi.values(sourceId, 'Settings');
    const r = rows.findIndex((row) => row[0] === 'leadership_emails');
    sheetsApi.setCell(sourceId, 'Settings', `B${r + 1}`, 'ceo@example.com');

    const second = await runAndShare();
    expect(second.runCalls).toEqual(['spreadsheets.get', 'values.batchGet', 'spreadsheets.batchUpdate']);
    expect(sheetsApi.count('spreadsheets.create')).toBe(0);
    expect(second.shared.revoked).toEqual([leaver.rep_id]);
    expect(readers(leaver.spreadsheetId)).toEqual([]);
    expect(readers(mover.spreadsheetId)).toEqual(['reader:new.address@example.com']);
    expect(readers(second.shared.leadership?.spreadsheetId ?? '')).toEqual(['reader:ceo@example.com']);
    expect(second.shared.leadership?.spreadsheetId).toBe(first.shared.leadership?.spreadsheetId);
    // Charts are replaced, not piled up.
    const sheet = sheetsApi
      .state(second.shared.leadership?.spreadsheetId ?? '')
      .sheets.find((s) => s.title === 'Leadership');
    expect(sheet?.charts).toHaveLength(4);
  });
});

describe('a sharing run cut short', () => {
  /** The demo's results as the source holds them, shared into a store that has shared nothing yet (an organisation's first run). */
  async function withFreshStore(
    prefix: string,
    body: (fresh: LocalRunStore, report: RunReport) => Promise<void>,
  ): Promise<void> {
    const freshDir = await mkdtemp(path.join(tmpdir(), prefix));
    try {
      const report = await recalculate(new SheetsWorkbook(sourceId, sheets, { retry }), {
        asOf: DEMO_AS_OF,
        write: false,
      });
      await body(new LocalRunStore(freshDir), report);
    } finally {
      sheetsApi.onBatchUpdate = undefined;
      await rm(freshDir, { recursive: true, force: true });
    }
  }

  test('keeps the copies it made, so the next run makes only the rest', () =>
    withFreshStore('salesperf-sharing-cut-', async (fresh, report) => {
      // The leadership copy and two rep copies are written; the next copy cannot be made.
      let written = 0;
      sheetsApi.onBatchUpdate = (id) => {
        if (id !== sourceId && ++written === 3)
          sheetsApi.failNext({ kind: 'spreadsheets.create', status: 400 });
      };
      sheetsApi.resetCalls();
      await expect(shareRun({ sheets, drive, store: fresh, retry }, report, 'Demo')).rejects.toThrow();
      sheetsApi.onBatchUpdate = undefined;
      const kept = await fresh.sharedCopies();
      expect(Object.keys(kept)).toHaveLength(3);
      expect(kept.leadership?.readers).toEqual(['ceo@example.com']);

      sheetsApi.resetCalls();
      const next = await shareRun({ sheets, drive, store: fresh, retry }, report, 'Demo');
      const reps = next.reps.length;
      expect(reps).toBeGreaterThan(2);
      // Only the copies the cut-short run did not make are created; the two it made are kept.
      expect(sheetsApi.count('spreadsheets.create')).toBe(reps - 2);
      expect(Object.keys(await fresh.sharedCopies())).toHaveLength(1 + reps);
      for (const [key, copy] of Object.entries(kept))
        expect((await fresh.sharedCopies())[key]?.spreadsheetId).toBe(copy.spreadsheetId);
    }));

  test('keeps a copy it made but could not write, and writes that one the next time', () =>
    withFreshStore('salesperf-sharing-unwritten-', async (fresh, report) => {
      // The leadership copy is created; writing its tabs is refused.
      sheetsApi.failNext({ kind: 'spreadsheets.batchUpdate', status: 400 });
      await expect(shareRun({ sheets, drive, store: fresh, retry }, report, 'Demo')).rejects.toThrow();
      const made = (await fresh.sharedCopies()).leadership;
      expect(made?.spreadsheetId).toBeTruthy();
      expect(made?.readers).toEqual([]);

      sheetsApi.resetCalls();
      const next = await shareRun({ sheets, drive, store: fresh, retry }, report, 'Demo');
      expect(next.leadership?.spreadsheetId).toBe(made?.spreadsheetId);
      expect(sheetsApi.count('spreadsheets.create')).toBe(next.reps.length);
      expect(tabsOf(made?.spreadsheetId ?? '').has('Leadership')).toBe(true);
      expect(readers(made?.spreadsheetId ?? '')).toEqual(['reader:ceo@example.com']);
    }));
});
