/**
 * Firestore document writes of a cloud run (runSpreadsheet: lease, run record, input snapshots,
 * period results, history, changes) against Google's Firestore emulator, for a full run on a fresh
 * store and for a run after a one-cell edit. Counted on the wire by the test suite's gRPC proxy: every
 * document named in every commit.
 */
import { startFirestoreEmulator, type Emulator } from '../test/cloud-emulators.js';
import { startFirestoreProxy, type FirestoreProxy } from '../test/firestore-proxy.js';
import type { SheetsStandin } from '../test/sheets-standin/server.js';
import { AS_OF } from './workbook.js';

export interface FirestoreFigures {
  full: number;
  edit: number;
}

let emulator: Emulator | undefined;
let proxy: FirestoreProxy | undefined;

/** Documents written since the proxy was last reset, and by collection (the path without ids). */
function written(): { count: number; byCollection: Record<string, number> } {
  const names = (proxy?.calls ?? [])
    .flatMap((c) => c.documents ?? [])
    .map((n) => n.replace(/^(delete )?.*?\/documents\//, ''));
  const byCollection: Record<string, number> = {};
  for (const n of names) {
    const key = n
      .split('/')
      .filter((_, i) => i % 2 === 0)
      .join('/');
    byCollection[key] = (byCollection[key] ?? 0) + 1;
  }
  return { count: names.length, byCollection };
}

export async function firestoreWrites(
  standin: SheetsStandin,
  spreadsheetId: string,
): Promise<FirestoreFigures> {
  emulator ??= await startFirestoreEmulator();
  proxy ??= await startFirestoreProxy(emulator.host);
  Object.assign(process.env, cloudEnv(standin, spreadsheetId, proxy.host, 'salesperf-bench'));
  const { runSpreadsheet } = await import('../functions/src/cloud/runner.js');
  proxy.reset();
  const first = await runSpreadsheet(spreadsheetId, { trigger: 'manual' });
  if (first.status !== 'completed') throw new Error(`The full run ended ${first.status}`);
  const full = written();
  process.stderr.write(`full run writes by collection: ${JSON.stringify(full.byCollection)}\n`);
  editOneCell(standin, spreadsheetId);
  proxy.reset();
  const second = await runSpreadsheet(spreadsheetId, { trigger: 'edit' });
  if (second.status !== 'completed') throw new Error(`The edit run ended ${second.status}`);
  const edit = written();
  process.stderr.write(`edit run writes by collection: ${JSON.stringify(edit.byCollection)}\n`);
  return { full: full.count, edit: edit.count };
}

/** The functions' configuration for one spreadsheet whose Sheets API answers at `sheetsRootUrl`. */
export function functionsConfigEnv(
  spreadsheetId: string,
  sheetsRootUrl: string,
  project: string,
): Record<string, string> {
  return {
    GOOGLE_CLOUD_PROJECT: project,
    SALESPERF_WEBHOOK_SECRET: 'bench-secret-0123456789abcdef0123456789abcdef',
    SALESPERF_SPREADSHEET_IDS: spreadsheetId,
    SALESPERF_SHEETS_ROOT_URL: sheetsRootUrl,
  };
}

/** What the functions read from their environment, for a run of one spreadsheet against the stand-in and a Firestore. */
function cloudEnv(
  standin: SheetsStandin,
  spreadsheetId: string,
  firestoreHost: string,
  project: string,
): Record<string, string> {
  return {
    FIRESTORE_EMULATOR_HOST: firestoreHost,
    ...functionsConfigEnv(spreadsheetId, standin.url, project),
    SALESPERF_AS_OF: AS_OF,
  };
}

/** One cell edited: the amount of the first deal of the as-of month (open; earlier months are closed). */
function editOneCell(standin: SheetsStandin, spreadsheetId: string): void {
  const rows = standin.values(spreadsheetId, 'Activity');
  const header = rows[0] ?? [];
  const monthStart = Date.parse(`${AS_OF.slice(0, 7)}-01T00:00:00Z`) / 86_400_000 + 25_569;
  const r = rows.findIndex(
    (row) => row[header.indexOf('type')] === 'deal' && Number(row[header.indexOf('date')]) >= monthStart,
  );
  const col = header.indexOf('amount');
  standin.setCell(
    spreadsheetId,
    'Activity',
    `${String.fromCharCode(65 + col)}${r + 1}`,
    Number(rows[r]?.[col] ?? 0) + 100,
  );
}

export interface CloudRunFigures {
  /** Each run's time and peak RSS: the full run on a fresh store, then the run after a one-cell edit. */
  full: { ms: number; maxRssKb: number };
  edit: { ms: number; maxRssKb: number };
}

/**
 * The cloud path's own memory: `runSpreadsheet` in a fresh process (`cloud-child.js`, started by
 * `runChild` with the deployed environment), once on an empty store and once after a one-cell edit of
 * the Activity tab, against the emulator directly (no proxy: nothing is counted). Each `repetition`
 * has a store of its own, so a later one's full run starts empty too; its edit changes the same cell again.
 */
export async function cloudRunMemory(
  standin: SheetsStandin,
  spreadsheetId: string,
  runChild: (
    args: readonly string[],
    env: Record<string, string>,
  ) => Promise<{ ms: number; maxRssKb: number }>,
  repetition = 0,
): Promise<CloudRunFigures> {
  emulator ??= await startFirestoreEmulator();
  // Each repetition on a store of its own (a project of its own on the emulator): its full run starts empty.
  const env = cloudEnv(
    standin,
    spreadsheetId,
    emulator.host,
    `salesperf-bench-${spreadsheetId}-${repetition}`,
  );
  const full = await runChild([spreadsheetId, 'manual'], env);
  editOneCell(standin, spreadsheetId);
  const edit = await runChild([spreadsheetId, 'edit'], env);
  return { full, edit };
}

export async function stopFirestore(): Promise<void> {
  await proxy?.close();
  await emulator?.stop();
}
