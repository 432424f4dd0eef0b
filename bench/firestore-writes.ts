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
  Object.assign(process.env, {
    FIRESTORE_EMULATOR_HOST: proxy.host,
    GOOGLE_CLOUD_PROJECT: 'salesperf-bench',
    SALESPERF_WEBHOOK_SECRET: 'bench-secret-0123456789abcdef0123456789abcdef',
    SALESPERF_SPREADSHEET_IDS: spreadsheetId,
    SALESPERF_SHEETS_ROOT_URL: standin.url,
    SALESPERF_AS_OF: AS_OF,
  });
  const { runSpreadsheet } = await import('../functions/src/cloud/runner.js');
  proxy.reset();
  const first = await runSpreadsheet(spreadsheetId, { trigger: 'manual' });
  if (first.status !== 'completed') throw new Error(`The full run ended ${first.status}`);
  const full = written();
  process.stderr.write(`full run writes by collection: ${JSON.stringify(full.byCollection)}\n`);
  // One cell: the amount of the first deal of the as-of month (open; earlier months are closed).
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
  proxy.reset();
  const second = await runSpreadsheet(spreadsheetId, { trigger: 'edit' });
  if (second.status !== 'completed') throw new Error(`The edit run ended ${second.status}`);
  const edit = written();
  process.stderr.write(`edit run writes by collection: ${JSON.stringify(edit.byCollection)}\n`);
  return { full: full.count, edit: edit.count };
}

export async function stopFirestore(): Promise<void> {
  await proxy?.close();
  await emulator?.stop();
}
