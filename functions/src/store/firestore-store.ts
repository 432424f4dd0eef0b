/**
 * The store port over Firestore (Admin SDK), one instance per spreadsheet. Layout in
 * docs/firestore.md: `workbooks/{spreadsheet}` with `runs`, `snapshots`, `chunks`, `results` (with
 * `parts`) and `history` below it. Results carry the lease token of the run that wrote them, and a
 * write never replaces results written under a larger token (fencing).
 */
import { randomUUID } from 'node:crypto';
import type { DocumentReference, Firestore, Transaction } from 'firebase-admin/firestore';
import { z } from 'zod';
import { chunkCells, type Chunk } from './snapshot-chunks.js';
import type { SharedCopy } from './port.js';
import {
  runRecordSchema,
  type AuditTrail,
  type ChangeEntry,
  type FrozenMonthRecord,
  type HistoryEvent,
  type HistoryKeeper,
  type KeptTab,
  type Lease,
  type PeriodResult,
  type ReportedEdit,
  type RunRecord,
  type RunStore,
  type TabSnapshot,
} from './port.js';

export const WORKBOOKS = 'workbooks';
/** Firestore commits hold at most 500 writes and 10 MiB; batches stay below both. */
const BATCH_WRITES = 400;
/** Under the 4 MiB a gRPC request may carry by default (the emulator refuses more, and clients retry). */
const BATCH_BYTES = 3_000_000;
/** Bytes of result JSON per `parts` document, under the 1 MiB a Firestore field may hold. */
const PART_BYTES = 900_000;
/** Changed cells kept per run; a paste of more keeps the first ones and says how many there were. */
const CHANGES_PER_RUN = 2000;

const historySchema = z.object({
  at: z.string(),
  kind: z.enum(['run', 'edit']),
  run_id: z.string().optional(),
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())])),
});

/**
 * Result items as one JSON list of `[section, item]` pairs, cut into pieces of at most PART_BYTES in
 * UTF-8: under Firestore's 1 MiB a field however large one item is (an `undated` section such as the
 * insights is one object), and never inside a character.
 */
export function resultParts(sections: Record<string, unknown>): string[] {
  const pairs: [string, unknown][] = [];
  for (const [section, value] of Object.entries(sections))
    for (const item of Array.isArray(value) ? value : [value]) pairs.push([section, item]);
  const bytes = Buffer.from(JSON.stringify(pairs), 'utf8');
  const parts: string[] = [];
  for (let at = 0; at < bytes.length;) {
    let end = Math.min(bytes.length, at + PART_BYTES);
    // Back to the start of a character: continuation bytes are 10xxxxxx.
    while (end < bytes.length && ((bytes[end] ?? 0) & 0xc0) === 0x80) end -= 1;
    parts.push(bytes.toString('utf8', at, end));
    at = end;
  }
  return parts;
}

/** The `[section, item]` pairs of pieces made by `resultParts`, in order. */
export function joinParts(parts: readonly string[]): [string, unknown][] {
  return JSON.parse(parts.join('')) as [string, unknown][];
}

/** What a period's stored header says of the results it holds. */
interface StoredHeader {
  digest?: string;
  lease_token?: number;
  part_count?: number;
}

/** Writes documents in as few commits as the limits allow. */
async function commitAll(
  db: Firestore,
  writes: { ref: DocumentReference; data: Record<string, unknown>; bytes: number }[],
): Promise<void> {
  let batch = db.batch();
  let count = 0;
  let bytes = 0;
  for (const w of writes) {
    if (count > 0 && (count >= BATCH_WRITES || bytes + w.bytes > BATCH_BYTES)) {
      await batch.commit();
      batch = db.batch();
      count = 0;
      bytes = 0;
    }
    batch.set(w.ref, w.data);
    count += 1;
    bytes += w.bytes;
  }
  if (count > 0) await batch.commit();
}

export class FirestoreRunStore implements RunStore, AuditTrail, HistoryKeeper {
  private readonly root: DocumentReference;

  constructor(
    private readonly db: Firestore,
    readonly spreadsheetId: string,
    /** The lease the run holds: its token goes with every result written (fencing). */
    private readonly lease?: Lease,
  ) {
    this.root = db.collection(WORKBOOKS).doc(spreadsheetId);
  }

  /** The same store, writing under a lease. */
  withLease(lease: Lease): FirestoreRunStore {
    return new FirestoreRunStore(this.db, this.spreadsheetId, lease);
  }

  private get token(): number {
    return this.lease?.token ?? 0;
  }

  async recordRun(run: RunRecord): Promise<void> {
    const batch = this.db.batch();
    batch.set(this.root.collection('runs').doc(run.id), { ...run, lease_token: this.token });
    batch.set(
      this.root,
      {
        spreadsheet_id: this.spreadsheetId,
        last_run_id: run.id,
        last_run_at: run.started_at,
        last_outcome: run.outcome,
      },
      { merge: true },
    );
    await batch.commit();
  }

  async recentRuns(limit: number): Promise<RunRecord[]> {
    if (limit <= 0) return [];
    const snap = await this.root.collection('runs').orderBy('started_at', 'desc').limit(limit).get();
    return snap.docs.flatMap((d) => {
      // The schema keeps the record's own fields and drops the lease token stored beside them.
      const parsed = runRecordSchema.safeParse(d.data());
      return parsed.success ? [parsed.data as RunRecord] : [];
    });
  }

  async saveSnapshots(runId: string, tabs: readonly TabSnapshot[]): Promise<{ written: number }> {
    if (tabs.length === 0) return { written: 0 };
    const snapshotRef = (t: TabSnapshot) => this.root.collection('snapshots').doc(`${t.tab}~${t.hash}`);
    const existing = await this.db.getAll(...tabs.map(snapshotRef), { fieldMask: [] });
    const fresh = tabs.filter((_, i) => !existing[i]?.exists);
    if (fresh.length === 0) return { written: 0 };

    const allChunks = new Map<string, Chunk>();
    for (const t of fresh) for (const c of t.chunks) allChunks.set(c.id, c);
    const chunkRefs = [...allChunks.keys()].map((id) => this.root.collection('chunks').doc(id));
    const stored = chunkRefs.length > 0 ? await this.db.getAll(...chunkRefs, { fieldMask: [] }) : [];
    const now = new Date().toISOString();
    const writes: { ref: DocumentReference; data: Record<string, unknown>; bytes: number }[] = [
      ...allChunks.values(),
    ]
      .filter((_, i) => !stored[i]?.exists)
      .map((c) => ({
        ref: this.root.collection('chunks').doc(c.id),
        // One string, not an array: every array element would be an index entry.
        data: {
          rows_json: c.rowsJson,
          row_hashes: c.rowHashes,
          row_count: c.rows,
          created_at: now,
        },
        bytes: c.bytes + c.rowHashes.length,
      }));
    for (const t of fresh) {
      writes.push({
        ref: snapshotRef(t),
        data: {
          tab: t.tab,
          title: t.title,
          hash: t.hash,
          row_count: t.rowCount,
          chunk_ids: t.chunks.map((c) => c.id),
          // Each chunk's row count, so a later run finds the chunks an edit changed without reading them.
          chunk_rows: t.chunks.map((c) => c.rows).join(','),
          first_run_id: runId,
          created_at: now,
        },
        bytes: 200 + t.chunks.length * 50,
      });
    }
    await commitAll(this.db, writes);
    return { written: writes.length };
  }

  async savePeriodResults(runId: string, results: readonly PeriodResult[]): Promise<{ written: number }> {
    if (results.length === 0) return { written: 0 };
    // One read finds the periods whose digest changed; a one-cell edit usually changes one or two.
    const headers = await this.db.getAll(...results.map((r) => this.resultHeader(r.period)), {
      fieldMask: ['digest'],
    });
    const changed = results.filter((r, i) => headers[i]?.get('digest') !== r.digest);
    // Changed periods in as few transactions as the commit limits allow; each re-reads its headers (fencing).
    let written = 0;
    let group: { result: PeriodResult; parts: string[] }[] = [];
    let writes = 0;
    let bytes = 0;
    for (const result of changed) {
      const parts = resultParts(result.sections);
      const size = parts.reduce((n, p) => n + Buffer.byteLength(p), 0);
      if (parts.length + 1 > BATCH_WRITES / 2 || size > BATCH_BYTES) {
        // A period too large for one commit (a year of a large organisation) goes on its own.
        written += await this.saveLargePeriod(runId, result, parts);
        continue;
      }
      if (group.length > 0 && (writes + parts.length + 1 > BATCH_WRITES / 2 || bytes + size > BATCH_BYTES)) {
        written += await this.savePeriods(runId, group);
        group = [];
        writes = 0;
        bytes = 0;
      }
      group.push({ result, parts });
      writes += parts.length + 1;
      bytes += size;
    }
    if (group.length > 0) written += await this.savePeriods(runId, group);
    return { written };
  }

  /**
   * A period over the commit limits: its parts in as many commits as they need, each part marked with
   * the digest it belongs to, then the header in a transaction (fencing). Until the header is written
   * the parts do not match it, and `periodResults` says the period is being rewritten.
   */
  private async saveLargePeriod(
    runId: string,
    result: PeriodResult,
    parts: readonly string[],
  ): Promise<number> {
    const header = this.resultHeader(result.period);
    if (((await header.get()).get('lease_token') ?? 0) > this.token) return 0;
    await commitAll(
      this.db,
      parts.map((json, n) => ({
        ref: header.collection('parts').doc(String(n)),
        data: { items_json: json, digest: result.digest },
        bytes: Buffer.byteLength(json) + 100,
      })),
    );
    return this.db.runTransaction(async (tx) => {
      const old = (await tx.get(header)).data() as StoredHeader | undefined;
      if (this.leaves(old, result)) return 0;
      this.setHeader(tx, header, old, result, runId, parts.length);
      return parts.length + 1;
    });
  }

  /** Whether a stored period is left as it is: a later run (larger token) wrote it, or it is unchanged. */
  private leaves(old: StoredHeader | undefined, result: PeriodResult): boolean {
    return old !== undefined && ((old.lease_token ?? 0) > this.token || old.digest === result.digest);
  }

  /** A period's header, and the deletion of parts past its new count (deletes count towards the commit's writes: at most the old count). */
  private setHeader(
    tx: Transaction,
    header: DocumentReference,
    old: StoredHeader | undefined,
    result: PeriodResult,
    runId: string,
    partCount: number,
  ): void {
    for (let n = partCount; n < (old?.part_count ?? 0); n++)
      tx.delete(header.collection('parts').doc(String(n)));
    tx.set(header, {
      period: result.period,
      digest: result.digest,
      run_id: runId,
      lease_token: this.token,
      part_count: partCount,
      updated_at: new Date().toISOString(),
    });
  }

  private resultHeader(period: string): DocumentReference {
    return this.root.collection('results').doc(period);
  }

  /** Writes periods in one transaction, leaving those a later run (larger token) wrote, or that are unchanged. */
  private savePeriods(
    runId: string,
    group: readonly { result: PeriodResult; parts: string[] }[],
  ): Promise<number> {
    const refs = group.map((g) => this.resultHeader(g.result.period));
    return this.db.runTransaction(async (tx) => {
      const snaps = await tx.getAll(...refs);
      let written = 0;
      group.forEach(({ result, parts }, i) => {
        const header = refs[i] as DocumentReference;
        const old = snaps[i]?.data() as StoredHeader | undefined;
        if (this.leaves(old, result)) return;
        parts.forEach((json, n) =>
          tx.set(header.collection('parts').doc(String(n)), { items_json: json, digest: result.digest }),
        );
        this.setHeader(tx, header, old, result, runId, parts.length);
        written += parts.length + 1;
      });
      return written;
    });
  }

  /** The stored results of a period, by section; undefined when none, or while a large one is being rewritten. */
  async periodResults(
    period: string,
  ): Promise<{ digest: string; run_id: string; sections: Record<string, unknown[]> } | undefined> {
    const header = await this.root.collection('results').doc(period).get();
    if (!header.exists) return undefined;
    const data = header.data() as { digest: string; run_id: string; part_count: number };
    const parts = await Promise.all(
      Array.from({ length: data.part_count }, (_, n) => header.ref.collection('parts').doc(String(n)).get()),
    );
    // A large period is written part by part before its header: parts of another digest mean it is mid-rewrite.
    if (parts.some((p) => !p.exists || (p.get('digest') !== undefined && p.get('digest') !== data.digest)))
      return undefined;
    const sections: Record<string, unknown[]> = {};
    for (const [section, item] of joinParts(parts.map((p) => String(p.get('items_json')))))
      (sections[section] ??= []).push(item);
    return { digest: data.digest, run_id: data.run_id, sections };
  }

  async appendHistory(event: HistoryEvent): Promise<void> {
    await this.root
      .collection('history')
      .doc(`${event.at}~${randomUUID().slice(0, 8)}`)
      .set(event);
  }

  async recentHistory(limit: number): Promise<HistoryEvent[]> {
    const snap = await this.root.collection('history').orderBy('at', 'desc').limit(limit).get();
    return snap.docs.flatMap((d) => {
      const parsed = historySchema.safeParse(d.data());
      return parsed.success ? [parsed.data as HistoryEvent] : [];
    });
  }

  keepInputs(runId: string, tabs: readonly TabSnapshot[]): Promise<{ written: number }> {
    return this.saveSnapshots(runId, tabs);
  }

  async keptInputs(hashes: Readonly<Record<string, string>>): Promise<Map<string, KeptTab>> {
    const entries = Object.entries(hashes);
    const kept = new Map<string, KeptTab>();
    if (entries.length === 0) return kept;
    const snaps = await this.db.getAll(
      ...entries.map(([tab, hash]) => this.root.collection('snapshots').doc(`${tab}~${hash}`)),
    );
    for (const [i, snap] of snaps.entries()) {
      if (!snap.exists) continue;
      const ids = (snap.get('chunk_ids') as string[] | undefined) ?? [];
      const chunkRef = (id: string) => this.root.collection('chunks').doc(id);
      const counted = snap.get('chunk_rows') as string | undefined;
      // Snapshots kept before the counts were written beside the ids: the chunks' own counts.
      const rows =
        counted !== undefined
          ? counted.split(',').map(Number)
          : ids.length > 0
            ? (await this.db.getAll(...ids.map(chunkRef), { fieldMask: ['row_count'] })).map((c) =>
                c.exists ? Number(c.get('row_count')) : NaN,
              )
            : [];
      if (rows.length !== ids.length || rows.some((n) => !Number.isInteger(n))) continue;
      kept.set(entries[i]![0], {
        chunks: ids.map((id, at) => ({ id, rows: rows[at]! })),
        rowsOf: async (chunk) => {
          const doc = await chunkRef(ids[chunk]!).get();
          return doc.exists ? chunkCells(String(doc.get('rows_json'))) : undefined;
        },
      });
    }
    return kept;
  }

  async appendChanges(key: string, entries: readonly ChangeEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const first = entries[0]!;
    // Named by the inputs the changes were counted against: a retried run rewrites the same document.
    await this.root
      .collection('changes')
      .doc(key)
      .set({
        at: first.at,
        run_id: first.run_id,
        count: entries.length,
        entries_json: JSON.stringify(entries.slice(0, CHANGES_PER_RUN)),
      });
  }

  async recentChanges(limit: number): Promise<ChangeEntry[]> {
    const out: ChangeEntry[] = [];
    const snap = await this.root
      .collection('changes')
      .orderBy('at', 'desc')
      .limit(Math.max(1, Math.min(limit, 50)))
      .get();
    for (const d of snap.docs) {
      if (out.length >= limit) break;
      out.push(...(JSON.parse(String(d.get('entries_json'))) as ChangeEntry[]));
    }
    return out.slice(0, limit);
  }

  async editsSince(since: string): Promise<ReportedEdit[]> {
    // One field's range: no composite index needed; runs are rare enough to filter here.
    const snap = await this.root
      .collection('history')
      .where('at', '>', since)
      .orderBy('at')
      .limit(2000)
      .get();
    return snap.docs
      .filter((d) => d.get('kind') === 'edit')
      .map((d) => ({
        at: String(d.get('at')),
        sheet: String(d.get('detail.sheet') ?? ''),
        range: String(d.get('detail.range') ?? ''),
        user: String(d.get('detail.user') ?? ''),
      }));
  }

  async frozenMonths(): Promise<FrozenMonthRecord[]> {
    // Two queries whatever the number of closed months: the complete headers, then every part.
    const [headers, parts] = await Promise.all([
      this.root.collection('frozen').where('complete', '==', true).get(),
      this.root.collection('frozen_parts').get(),
    ]);
    const byPeriod = new Map<string, { index: number; json: string }[]>();
    for (const p of parts.docs) {
      const period = String(p.get('period'));
      (byPeriod.get(period) ?? byPeriod.set(period, []).get(period))?.push({
        index: Number(p.get('index')),
        json: String(p.get('json')),
      });
    }
    return headers.docs.map((h) => {
      const statements: unknown[] = [];
      const scorecards: unknown[] = [];
      // Parts past the header's count are left from an earlier, unfinished freeze.
      const count = Number(h.get('parts') ?? 0);
      const pieces = (byPeriod.get(h.id) ?? [])
        .filter((p) => p.index < count)
        .sort((a, b) => a.index - b.index);
      for (const [section, item] of joinParts(pieces.map((p) => p.json)))
        (section === 'statements' ? statements : scorecards).push(item);
      return {
        period: h.id,
        frozen_at: String(h.get('frozen_at')),
        run_id: String(h.get('run_id')),
        statements,
        scorecards,
      };
    });
  }

  private frozenPart(period: string, index: number): DocumentReference {
    return this.root.collection('frozen_parts').doc(`${period}~${String(index).padStart(4, '0')}`);
  }

  async freezeMonth(month: FrozenMonthRecord): Promise<void> {
    const header = this.root.collection('frozen').doc(month.period);
    if ((await header.get()).get('complete') === true) return;
    // A month's statements and scorecards in as few documents as fit (each well under 1 MiB), the
    // header last, marking the month complete: one atomic batch when they fit in a commit, else the
    // parts first. A month is read only once complete, so it is frozen whole or not at all.
    const parts = resultParts({ statements: month.statements, scorecards: month.scorecards });
    await commitAll(this.db, [
      ...parts.map((json, index) => ({
        ref: this.frozenPart(month.period, index),
        data: { period: month.period, index, json },
        bytes: Buffer.byteLength(json) + 100,
      })),
      {
        ref: header,
        data: {
          period: month.period,
          frozen_at: month.frozen_at,
          run_id: month.run_id,
          parts: parts.length,
          complete: true,
          lease_token: this.token,
        },
        bytes: 300,
      },
    ]);
  }

  async unfreezeMonth(period: string): Promise<void> {
    const header = this.root.collection('frozen').doc(period);
    const count = Number((await header.get()).get('parts') ?? 0);
    const batch = this.db.batch();
    for (let index = 0; index < count; index++) batch.delete(this.frozenPart(period, index));
    batch.delete(header);
    await batch.commit();
  }

  // Sharing (port.ts `SharingStore`): one document `workbooks/{id}/sharing/copies`, copies as JSON.
  async sharedCopies(): Promise<Record<string, SharedCopy>> {
    const doc = await this.root.collection('sharing').doc('copies').get();
    const json = doc.get('copies_json') as unknown;
    return typeof json === 'string' ? (JSON.parse(json) as Record<string, SharedCopy>) : {};
  }

  async saveSharedCopies(copies: Readonly<Record<string, SharedCopy>>): Promise<void> {
    await this.root
      .collection('sharing')
      .doc('copies')
      .set({ copies_json: JSON.stringify(copies), lease_token: this.token });
  }
}
