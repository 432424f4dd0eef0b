/**
 * Firestore document writes of a cloud run (runSpreadsheet: lease, run record, input snapshots,
 * period results, history, changes, the shared copies) against Google's Firestore emulator, for a full
 * run on a fresh store and for a run after a one-cell edit. Counted on the wire by the test suite's
 * gRPC proxy: every document named in every commit. Every cloud run shares the leadership copy (the
 * bench workbook names its readers), its Drive permissions given by the test suite's Drive stand-in.
 */
import { startFirestoreEmulator, type Emulator } from '../test/cloud-emulators.js';
import { startDriveStandin, type DriveStandin } from '../test/drive-standin/server.js';
import { startFirestoreProxy, type FirestoreProxy } from '../test/firestore-proxy.js';
import type { SheetsStandin } from '../test/sheets-standin/server.js';
import { AS_OF, LEADERSHIP_EMAILS } from './workbook.js';

export interface FirestoreFigures {
  full: number;
  edit: number;
}

let emulator: Emulator | undefined;
let proxy: FirestoreProxy | undefined;
let drive: DriveStandin | undefined;

/** Starts what a cloud run reaches besides the Sheets stand-in: the Firestore emulator and the Drive stand-in. */
async function cloudServers(): Promise<{ emulator: Emulator; drive: DriveStandin }> {
  emulator ??= await startFirestoreEmulator();
  drive ??= await startDriveStandin();
  return { emulator, drive };
}

/**
 * Throws unless the runs since the calls were last reset wrote the leadership copy (a copy written is
 * a spreadsheet other than the workbook given a batchUpdate) and, on a fresh store, gave its reader
 * access: sharing's failures are logged, not thrown, and a run that shared nothing would measure less.
 * Then lets the copies go from the stand-ins, and their calls (whose bodies the stand-in keeps).
 */
function checkShared(standin: SheetsStandin, spreadsheetId: string, created: boolean): void {
  const copies = new Set(
    standin.calls
      .filter(
        (c) => c.kind === 'spreadsheets.batchUpdate' && c.status === 200 && c.spreadsheetId !== spreadsheetId,
      )
      .map((c) => c.spreadsheetId ?? ''),
  );
  const granted = (drive?.calls ?? []).some(
    (c) =>
      c.kind === 'permissions.create' &&
      c.status === 200 &&
      (c.body as { emailAddress?: string } | undefined)?.emailAddress === LEADERSHIP_EMAILS,
  );
  if (copies.size === 0 || (created && !granted))
    throw new Error('The cloud run did not share the leadership copy: see its log for sharingFailed');
  for (const copy of copies) standin.state(copy).sheets.length = 0;
  standin.resetCalls();
  drive?.resetCalls();
}

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
  const { emulator, drive } = await cloudServers();
  proxy ??= await startFirestoreProxy(emulator.host);
  Object.assign(process.env, cloudEnv(standin, drive, spreadsheetId, proxy.host, 'salesperf-bench'));
  const { runSpreadsheet } = await import('../functions/src/cloud/runner.js');
  proxy.reset();
  const first = await runSpreadsheet(spreadsheetId, { trigger: 'manual' });
  if (first.status !== 'completed') throw new Error(`The full run ended ${first.status}`);
  const full = written();
  process.stderr.write(`full run writes by collection: ${JSON.stringify(full.byCollection)}\n`);
  checkShared(standin, spreadsheetId, true);
  editOneCell(standin, spreadsheetId);
  proxy.reset();
  const second = await runSpreadsheet(spreadsheetId, { trigger: 'edit' });
  if (second.status !== 'completed') throw new Error(`The edit run ended ${second.status}`);
  const edit = written();
  process.stderr.write(`edit run writes by collection: ${JSON.stringify(edit.byCollection)}\n`);
  checkShared(standin, spreadsheetId, false);
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

/** What the functions read from their environment, for a run of one spreadsheet against the stand-ins and a Firestore. */
function cloudEnv(
  standin: SheetsStandin,
  drive: DriveStandin,
  spreadsheetId: string,
  firestoreHost: string,
  project: string,
): Record<string, string> {
  return {
    FIRESTORE_EMULATOR_HOST: firestoreHost,
    ...functionsConfigEnv(spreadsheetId, standin.url, project),
    SALESPERF_DRIVE_ROOT_URL: drive.url,
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
  const { emulator, drive } = await cloudServers();
  // Each repetition on a store of its own (a project of its own on the emulator): its full run starts empty.
  const env = cloudEnv(
    standin,
    drive,
    spreadsheetId,
    emulator.host,
    `salesperf-bench-${spreadsheetId}-${repetition}`,
  );
  standin.resetCalls();
  drive.resetCalls();
  const full = await runChild([spreadsheetId, 'manual'], env);
  checkShared(standin, spreadsheetId, true);
  editOneCell(standin, spreadsheetId);
  const edit = await runChild([spreadsheetId, 'edit'], env);
  checkShared(standin, spreadsheetId, false);
  return { full, edit };
}

/** Stops the Firestore emulator, its proxy and the Drive stand-in. */
export async function stopCloudServers(): Promise<void> {
  await proxy?.close();
  await emulator?.stop();
  await drive?.close();
}
