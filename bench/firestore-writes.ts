/**
 * Firestore document writes of a cloud run (runSpreadsheet: lease, run record, input snapshots,
 * period results, history) against the Firestore emulator, for a full run on a fresh store and for a
 * run after a one-cell edit. Every commit is counted, batches and transactions alike.
 */
import { WriteBatch } from '@google-cloud/firestore';
import { startFirestoreEmulator, type Emulator } from '../test/cloud-emulators.js';
import type { SheetsStandin } from '../test/sheets-standin/server.js';
import { AS_OF } from './workbook.js';

export interface FirestoreFigures {
  full: number;
  edit: number;
}

let writes = 0;
/** Writes by collection (the path without document ids), for the log. */
const byCollection = new Map<string, number>();
const proto = WriteBatch.prototype as unknown as { _commit: (...args: unknown[]) => Promise<unknown>; _ops: { docPath: string }[] };
const commit = proto._commit;
proto._commit = function (this: { _ops: { docPath: string }[] }, ...args: unknown[]) {
  writes += this._ops.length;
  for (const op of this._ops) {
    const key = op.docPath.split('/').filter((_, i) => i % 2 === 0).join('/');
    byCollection.set(key, (byCollection.get(key) ?? 0) + 1);
  }
  return commit.apply(this, args);
};

let emulator: Emulator | undefined;

export async function firestoreWrites(standin: SheetsStandin, spreadsheetId: string): Promise<FirestoreFigures> {
  emulator ??= await startFirestoreEmulator();
  Object.assign(process.env, {
    FIRESTORE_EMULATOR_HOST: emulator.host,
    GOOGLE_CLOUD_PROJECT: 'salesperf-bench',
    SALESPERF_WEBHOOK_SECRET: 'bench-secret-0123456789abcdef0123456789abcdef',
    SALESPERF_SPREADSHEET_IDS: spreadsheetId,
    SALESPERF_SHEETS_ROOT_URL: standin.url,
    SALESPERF_AS_OF: AS_OF,
  });
  const { runSpreadsheet } = await import('../functions/src/cloud/runner.js');
  writes = 0;
  const first = await runSpreadsheet(spreadsheetId, { trigger: 'cli' });
  if (first.status !== 'completed') throw new Error(`The full run ended ${first.status}`);
  const full = writes;
  process.stderr.write(`full run writes by collection: ${JSON.stringify(Object.fromEntries(byCollection))}\n`);
  byCollection.clear();
  // One cell: the amount of the first deal row.
  const rows = standin.values(spreadsheetId, 'Activity');
  const header = rows[0] ?? [];
  const r = rows.findIndex((row) => row[header.indexOf('type')] === 'deal');
  const col = header.indexOf('amount');
  standin.setCell(spreadsheetId, 'Activity', `${String.fromCharCode(65 + col)}${r + 1}`, Number(rows[r]?.[col] ?? 0) + 100);
  writes = 0;
  const second = await runSpreadsheet(spreadsheetId, { trigger: 'edit' });
  if (second.status !== 'completed') throw new Error(`The edit run ended ${second.status}`);
  process.stderr.write(`edit run writes by collection: ${JSON.stringify(Object.fromEntries(byCollection))}\n`);
  return { full, edit: writes };
}

export async function stopFirestore(): Promise<void> {
  await emulator?.stop();
}
