/**
 * The Firestore store against Google's Firestore emulator (started by the test from the gcloud SDK):
 * runs, content-addressed input snapshots, results per period with fencing, history, leases and
 * replay protection.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Firestore } from 'firebase-admin/firestore';
import { firestore } from '../functions/src/store/firestore-db.js';
import { FirestoreLeaseKeeper, FirestoreReplayGuard } from '../functions/src/store/firestore-lease.js';
import { FirestoreRunStore } from '../functions/src/store/firestore-store.js';
import type { RunRecord, TabSnapshot } from '../functions/src/store/port.js';
import { changedCells } from '../functions/src/run/history.js';
import { chunkCells, chunkRows } from '../functions/src/store/snapshot-chunks.js';
import type { RawCell } from '../functions/src/workbook/port.js';
import { clearFirestore, startFirestoreEmulator, type Emulator } from './cloud-emulators.js';

const PROJECT = 'salesperf-store-test';
let emulator: Emulator;
let db: Firestore;

beforeAll(async () => {
  emulator = await startFirestoreEmulator();
  process.env.FIRESTORE_EMULATOR_HOST = emulator.host;
  db = firestore(PROJECT);
}, 60_000);
afterAll(async () => {
  await db?.terminate();
  await emulator?.stop();
}, 30_000);
beforeEach(async () => clearFirestore(emulator.host, PROJECT));

const run = (id: string, startedAt: string, outcome: RunRecord['outcome'] = 'completed'): RunRecord => ({
  id,
  started_at: startedAt,
  started_at_local: startedAt.slice(0, 16).replace('T', ' '),
  trigger: 'schedule',
  as_of: '2026-05-15',
  input_hash: `hash-${id}`,
  tab_hashes: { Settings: 'a', Activity: 'b' },
  rows_read: 10,
  rows_used: 9,
  rows_skipped: 1,
  data_issues: 1,
  duration_ms: 1200,
  ...(outcome === 'completed'
    ? { result_digest: `digest-${id}` }
    : { message: 'KPIs!C2: weights sum to 90' }),
  outcome,
});

/** The cells of an Activity tab of `rows` deals, one of them edited when asked. */
const activityRows = (rows: number, edit?: { row: number; value: string }): RawCell[][] => [
  ['date', 'rep_id', 'type', 'amount'],
  ...Array.from({ length: rows }, (_, i) => [
    46100 + (i % 60),
    i + 1 === edit?.row ? edit.value : `R${i % 40}`,
    'deal',
    1000 + i,
  ]),
  [new Date('2026-05-01T00:00:00Z'), null, true, ''],
];

const activity = (rows: number, edit?: { row: number; value: string }): TabSnapshot => {
  const cells = activityRows(rows, edit);
  return {
    tab: 'Activity',
    title: '业绩明细',
    hash: `h${rows}-${edit?.value ?? ''}`,
    rowCount: cells.length,
    chunks: chunkRows(cells),
  };
};

describe('runs', () => {
  test('given three runs, when the recent two are asked for, then they come newest first as recorded', async () => {
    const store = new FirestoreRunStore(db, 'sheet-1');
    await store.recordRun(run('a', '2026-05-13T01:00:00.000Z'));
    await store.recordRun(run('c', '2026-05-15T01:00:00.000Z', 'stopped'));
    await store.recordRun(run('b', '2026-05-14T01:00:00.000Z'));
    expect(await store.recentRuns(2)).toEqual([
      run('c', '2026-05-15T01:00:00.000Z', 'stopped'),
      run('b', '2026-05-14T01:00:00.000Z'),
    ]);
    const workbook = await db.collection('workbooks').doc('sheet-1').get();
    expect(workbook.get('last_run_id')).toBe('b');
    // Another spreadsheet's runs are its own.
    expect(await new FirestoreRunStore(db, 'sheet-2').recentRuns(5)).toEqual([]);
  });
});

describe('input snapshots', () => {
  test('given a tab of 2,500 rows, when kept, then it is three chunks whose rows read back exactly', async () => {
    const store = new FirestoreRunStore(db, 'sheet-1');
    const tab = activity(2500);
    expect(await store.saveSnapshots('r1', [tab])).toEqual({ written: 4 });
    const snapshot = await db.doc(`workbooks/sheet-1/snapshots/Activity~${tab.hash}`).get();
    const chunkIds = snapshot.get('chunk_ids') as string[];
    expect(chunkIds).toHaveLength(3);
    const chunks = await Promise.all(chunkIds.map((id) => db.doc(`workbooks/sheet-1/chunks/${id}`).get()));
    const rows = chunks.flatMap((c) => chunkCells(String(c.get('rows_json'))));
    expect(rows).toEqual(activityRows(2500));
    expect(String(chunks[0]?.get('row_hashes')).split(',')).toHaveLength(1000);
  });

  test('given a kept tab, when the same tab is kept again nothing is written, and when one row changes only its chunk is', async () => {
    const store = new FirestoreRunStore(db, 'sheet-1');
    await store.saveSnapshots('r1', [activity(2500)]);
    expect(await store.saveSnapshots('r2', [activity(2500)])).toEqual({ written: 0 });
    expect(await store.saveSnapshots('r3', [activity(2500, { row: 1200, value: 'R-edited' })])).toEqual({
      written: 2,
    });
    const chunks = await db.collection('workbooks/sheet-1/chunks').get();
    expect(chunks.size).toBe(4);
  });
});

describe('changed cells against a kept tab', () => {
  test('given a kept tab of 2,500 rows, when one cell is edited, then that cell is the one change and only its chunk is read', async () => {
    const store = new FirestoreRunStore(db, 'sheet-1');
    await store.keepInputs('r1', [activity(2500)]);
    const kept = (await store.keptInputs({ Activity: activity(2500).hash })).get('Activity');
    expect(kept?.chunks.map((c) => c.rows)).toEqual([1000, 1000, 502]);
    const read: number[] = [];
    const counted = { chunks: kept!.chunks, rowsOf: (k: number) => (read.push(k), kept!.rowsOf(k)) };
    const changes = await changedCells(counted, activity(2500, { row: 1200, value: 'R-edited' }));
    expect(changes).toEqual({
      cells: [{ cell: 'B1201', row: 1200, column: 1, before: 'R39', after: 'R-edited' }],
      more: 0,
    });
    expect(read).toEqual([1]);
  });

  test('given a kept tab, when rows are added and others taken off the bottom, then each cell that differs is listed by its place', async () => {
    const store = new FirestoreRunStore(db, 'sheet-1');
    await store.keepInputs('r1', [activity(1500)]);
    const kept = (await store.keptInputs({ Activity: activity(1500).hash })).get('Activity')!;
    // 1,498 deals: the closing row moves up two rows, and the last two rows are gone.
    const shorter = (await changedCells(kept, activity(1498)))?.cells;
    expect(shorter?.map((c) => c.cell)).toEqual([
      ...['A1500', 'B1500', 'C1500', 'D1500'],
      ...['A1501', 'B1501', 'C1501', 'D1501'],
      ...['A1502', 'C1502'],
    ]);
    expect(shorter?.[0]).toEqual({
      cell: 'A1500',
      row: 1499,
      column: 0,
      before: '46158',
      after: '2026-05-01',
    });
    expect(shorter?.[9]).toEqual({ cell: 'C1502', row: 1501, column: 2, before: 'true', after: '' });
  });

  test('given a snapshot kept before its chunks were counted beside their ids, when compared, then the chunks give their counts', async () => {
    const store = new FirestoreRunStore(db, 'sheet-1');
    const tab = activity(2500);
    await store.keepInputs('r1', [tab]);
    const { FieldValue } = await import('firebase-admin/firestore');
    await db
      .doc(`workbooks/sheet-1/snapshots/Activity~${tab.hash}`)
      .update({ chunk_rows: FieldValue.delete() });
    const kept = (await store.keptInputs({ Activity: tab.hash })).get('Activity')!;
    expect(kept.chunks.map((c) => c.rows)).toEqual([1000, 1000, 502]);
    const changes = await changedCells(kept, activity(2500, { row: 2100, value: 'R-edited' }));
    expect(changes?.cells.map((c) => `${c.cell} ${c.before} → ${c.after}`)).toEqual(['B2101 R19 → R-edited']);
  });

  test('given a kept tab, when a row near the top is deleted, then the first cells are listed and the rest counted', async () => {
    const store = new FirestoreRunStore(db, 'sheet-1');
    await store.keepInputs('r1', [activity(2500)]);
    const kept = (await store.keptInputs({ Activity: activity(2500).hash })).get('Activity')!;
    // The first deal's row is deleted: every deal below moves up a row.
    const [header, , ...rest] = activityRows(2500);
    const cells = [header!, ...rest];
    const shifted: TabSnapshot = {
      tab: 'Activity',
      title: '业绩明细',
      hash: 'h2500-shifted',
      rowCount: cells.length,
      chunks: chunkRows(cells),
    };
    const all = await changedCells(kept, shifted, Infinity);
    const found = await changedCells(kept, shifted, 100);
    expect(all?.cells.length).toBeGreaterThan(2000);
    expect(found?.cells).toEqual(all?.cells.slice(0, 100));
    expect(found?.more).toBe((all?.cells.length ?? 0) - 100);
  });

  test('given a tab whose chunks are no longer kept, when compared, then nothing is claimed', async () => {
    const store = new FirestoreRunStore(db, 'sheet-1');
    await store.keepInputs('r1', [activity(1500)]);
    const kept = (await store.keptInputs({ Activity: activity(1500).hash })).get('Activity')!;
    for (const c of kept.chunks) await db.doc(`workbooks/sheet-1/chunks/${c.id}`).delete();
    expect(await changedCells(kept, activity(1500, { row: 3, value: 'R-edited' }))).toBeUndefined();
  });
});

describe('results per period', () => {
  const result = (period: string, digest: string, cards: number) => ({
    period,
    digest,
    sections: {
      scorecards: Array.from({ length: cards }, (_, i) => ({
        period,
        rep_id: `R${i}`,
        total: 80 + (i % 20),
        note: 'x'.repeat(400),
      })),
    },
  });

  test('given results, when kept again unchanged nothing is written, and a smaller result drops its extra parts', async () => {
    const store = new FirestoreRunStore(db, 'sheet-1');
    const first = await store.savePeriodResults('r1', [
      result('2026-05', 'd1', 3000),
      result('2026-Q2', 'q1', 10),
    ]);
    expect(first.written).toBeGreaterThan(4);
    expect(await store.savePeriodResults('r2', [result('2026-05', 'd1', 3000)])).toEqual({ written: 0 });
    await store.savePeriodResults('r3', [result('2026-05', 'd2', 2)]);
    const stored = await store.periodResults('2026-05');
    expect(stored?.run_id).toBe('r3');
    expect(stored?.sections.scorecards).toHaveLength(2);
    expect((await db.collection('workbooks/sheet-1/results/2026-05/parts').get()).size).toBe(1);
  });

  test('given a year too large for one commit (a thousand reps), when kept, then it is written in parts and read back whole', async () => {
    const store = new FirestoreRunStore(db, 'sheet-1');
    // About 12 MB of scorecards: over the emulator's 4 MiB request and Firestore's 10 MiB commit.
    const year = result('2026', 'y1', 28_000);
    await store.savePeriodResults('r1', [year, result('2026-05', 'd1', 5)]);
    // More parts than one 3 MB commit holds.
    expect((await db.collection('workbooks/sheet-1/results/2026/parts').get()).size).toBeGreaterThan(4);
    const stored = await store.periodResults('2026');
    expect(stored?.digest).toBe('y1');
    expect(stored?.sections.scorecards).toEqual(year.sections.scorecards);
    // Rewritten smaller: the parts left over go, and nothing of the old year is read.
    await store.savePeriodResults('r2', [result('2026', 'y2', 20_000)]);
    expect((await store.periodResults('2026'))?.sections.scorecards).toHaveLength(20_000);
  }, 60_000);

  test('given one result item over a megabyte (an organisation-wide section), when kept, then it is cut into pieces and read back whole', async () => {
    const store = new FirestoreRunStore(db, 'sheet-1');
    // Chinese text: three bytes a character in UTF-8, and one emoji to be cut around.
    const insights = {
      customers: Array.from({ length: 4000 }, (_, i) => ({
        id: `C${i}`,
        note: '老客户回访'.repeat(60) + (i % 7 ? '' : '🙂'),
      })),
    };
    await store.savePeriodResults('r1', [{ period: 'undated', digest: 'u1', sections: { insights } }]);
    expect((await store.periodResults('undated'))?.sections.insights).toEqual([insights]);
  }, 60_000);

  test('given a closed month too large for one commit, when frozen, then it is read back whole', async () => {
    const store = new FirestoreRunStore(db, 'sheet-1');
    const statements = Array.from({ length: 9000 }, (_, i) => ({
      period: '2026-03',
      rep_id: `R${i}`,
      lines: 'x'.repeat(600),
    }));
    await store.freezeMonth({
      period: '2026-03',
      frozen_at: '2026-04-01T00:00:00.000Z',
      run_id: 'r1',
      statements,
      scorecards: [],
    });
    const [month] = await store.frozenMonths();
    expect(month?.period).toBe('2026-03');
    expect(month?.statements).toEqual(statements);
  }, 60_000);

  test('given results written under lease token 2, when a run holding token 1 writes late, then its results are refused', async () => {
    const base = new FirestoreRunStore(db, 'sheet-1');
    const lease = (token: number) => ({ holder: `h${token}`, token, expires_at: '2099-01-01T00:00:00.000Z' });
    await base.withLease(lease(2)).savePeriodResults('newer', [result('2026-05', 'new', 1)]);
    expect(await base.withLease(lease(1)).savePeriodResults('older', [result('2026-05', 'old', 1)])).toEqual({
      written: 0,
    });
    expect((await base.periodResults('2026-05'))?.run_id).toBe('newer');
  });
});

describe('history', () => {
  test('edits and runs are kept and read back newest first', async () => {
    const store = new FirestoreRunStore(db, 'sheet-1');
    await store.appendHistory({
      at: '2026-05-15T01:00:00.000Z',
      kind: 'edit',
      detail: { sheet: '目标', range: 'F2', user: 'lin@example.com', event_id: 'e1' },
    });
    await store.appendHistory({
      at: '2026-05-15T01:00:05.000Z',
      kind: 'run',
      run_id: 'r1',
      detail: { trigger: 'edit', changed_tabs: ['Targets'] },
    });
    const history = await store.recentHistory(10);
    expect(history.map((h) => h.kind)).toEqual(['run', 'edit']);
    expect(history[0]?.detail.changed_tabs).toEqual(['Targets']);
  });
});

describe('leases', () => {
  test('given a held lease, when another asks, then it is refused and the holder is asked to run again', async () => {
    const now = new Date('2026-05-15T01:00:00Z');
    const leases = new FirestoreLeaseKeeper(db, 'sheet-1', () => now);
    const first = await leases.acquireLease('instance-a', 60_000);
    expect(first?.token).toBe(1);
    expect(await leases.acquireLease('instance-b', 60_000)).toBeUndefined();
    expect(await leases.holdsLease(first!)).toBe(true);
    expect(await leases.releaseLease(first!)).toEqual({ rerun: true });

    const second = await leases.acquireLease('instance-b', 60_000);
    expect(second?.token).toBe(2);
    expect(await leases.releaseLease(second!)).toEqual({ rerun: false });
  });

  test('given a lease past its expiry, when another asks, then it is granted with a larger token and the old holder has lost it', async () => {
    let now = new Date('2026-05-15T01:00:00Z');
    const leases = new FirestoreLeaseKeeper(db, 'sheet-1', () => now);
    const stale = await leases.acquireLease('instance-a', 60_000);
    now = new Date('2026-05-15T01:01:01Z');
    const fresh = await leases.acquireLease('instance-b', 60_000);
    expect(fresh?.token).toBe(2);
    expect(await leases.holdsLease(stale!)).toBe(false);
    // Releasing a lost lease changes nothing.
    expect(await leases.releaseLease(stale!)).toEqual({ rerun: false });
    expect(await leases.holdsLease(fresh!)).toBe(true);
  });
});

describe('replayed webhook events', () => {
  test('an event id is claimed once', async () => {
    const guard = new FirestoreReplayGuard(db);
    expect(await guard.claim('evt-0123456789', 600_000)).toBe(true);
    expect(await guard.claim('evt-0123456789', 600_000)).toBe(false);
    expect(await guard.claim('evt-other-123', 600_000)).toBe(true);
  });
});
