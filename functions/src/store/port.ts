/**
 * The store port: where the history of runs is kept (a folder beside the workbook on one machine,
 * Firestore in the cloud).
 */
import { z } from 'zod';
import type { Day } from '../domain/days.js';
import type { RawCell } from '../workbook/port.js';
import type { Chunk } from './snapshot-chunks.js';

export interface RunRecord {
  id: string;
  /** The instant the run started, ISO 8601 UTC. */
  started_at: string;
  /** The same instant on the workbook's clock, `YYYY-MM-DD HH:mm`, for people. */
  started_at_local: string;
  trigger: 'cli' | 'schedule' | 'edit' | 'manual';
  as_of: Day;
  /** Content hash of all input tabs, and of each. */
  input_hash: string;
  tab_hashes: Record<string, string>;
  rows_read: number;
  rows_used: number;
  rows_skipped: number;
  data_issues: number;
  duration_ms: number;
  /** Digest of the results; absent when the run stopped. */
  result_digest?: string;
  outcome: 'completed' | 'stopped';
  message?: string;
}

export interface RunStore {
  /** Keeps the record of a run. */
  recordRun(run: RunRecord): Promise<void>;
  /** The latest runs, newest first. */
  recentRuns(limit: number): Promise<RunRecord[]>;
}

// Optional capabilities of a store kept in the cloud (Firestore). The local store has none of them;
// the cloud functions use them when the store they are given has them.

/**
 * One input tab as read by a run, for the audit trail. `hash` is the tab's hash in `tab_hashes`. Its
 * rows are held as chunks of JSON text (`snapshot-chunks.ts`), made as soon as the run has checked them.
 */
export interface TabSnapshot {
  /** English id of the tab. */
  tab: string;
  title: string;
  hash: string;
  /** How many rows, the header's included. */
  rowCount: number;
  chunks: readonly Chunk[];
}

/** An input tab as a store keeps it: its chunks in order, each read only when asked for. */
export interface KeptTab {
  /** Each chunk's id and row count, in order. */
  chunks: readonly { id: string; rows: number }[];
  /** The rows of the chunk at a place in `chunks`; undefined when that chunk is no longer kept. */
  rowsOf(chunk: number): Promise<RawCell[][] | undefined>;
}

/** The results of one period (or one `undated~{section}` without one), as JSON, with their digest. */
export interface PeriodResult {
  period: string;
  digest: string;
  /** Result items of the period, by section (`scorecards`, `alerts`, …). */
  sections: Record<string, unknown>;
}

/** One entry of the audit trail: a run, or an edit reported by the spreadsheet. */
export interface HistoryEvent {
  /** ISO 8601 UTC. */
  at: string;
  kind: 'run' | 'edit';
  run_id?: string;
  detail: Record<string, string | number | boolean | null | readonly string[]>;
}

export interface AuditTrail {
  /** Keeps the input tabs a run read; tabs already kept under the same hash cost nothing. */
  saveSnapshots(runId: string, tabs: readonly TabSnapshot[]): Promise<{ written: number }>;
  /** Keeps the results per period; periods whose digest has not changed are left as they are. */
  savePeriodResults(runId: string, results: readonly PeriodResult[]): Promise<{ written: number }>;
  appendHistory(event: HistoryEvent): Promise<void>;
  /** The latest history entries, newest first. */
  recentHistory(limit: number): Promise<HistoryEvent[]>;
}

/** The right to run one workbook, exclusive while it lasts; `token` grows with every grant (fencing). */
export interface Lease {
  holder: string;
  token: number;
  /** ISO 8601 UTC. */
  expires_at: string;
}

export interface LeaseKeeper {
  /** Grants the lease, or returns undefined and asks the current holder to run once more. */
  acquireLease(holder: string, ttlMs: number): Promise<Lease | undefined>;
  /** Whether `lease` is still the current one. */
  holdsLease(lease: Lease): Promise<boolean>;
  /** Gives the lease up; says whether someone asked for another run meanwhile. */
  releaseLease(lease: Lease): Promise<{ rerun: boolean }>;
}

/** A run record as stored, checked when read back (a store is a boundary too). */
export const runRecordSchema = z.object({
  id: z.string(),
  started_at: z.string(),
  started_at_local: z.string(),
  trigger: z.enum(['cli', 'schedule', 'edit', 'manual']),
  as_of: z.string(),
  input_hash: z.string(),
  tab_hashes: z.record(z.string(), z.string()),
  rows_read: z.number(),
  rows_used: z.number(),
  rows_skipped: z.number(),
  data_issues: z.number(),
  duration_ms: z.number(),
  result_digest: z.string().optional(),
  outcome: z.enum(['completed', 'stopped']),
  message: z.string().optional(),
});

/** One changed input cell (or a period closed or reopened), as the `Change Log` tab shows it. */
export interface ChangeEntry {
  /** ISO 8601 UTC of the run that saw the change, and the same on the workbook's clock. */
  at: string;
  at_local: string;
  run_id: string;
  /** English id of the tab; `cell` in A1 (`F2`), or the period for a close or reopen. */
  tab: string;
  cell: string;
  before: string;
  after: string;
  /** Who edited it, when the spreadsheet reported the edit; '' when unknown. */
  by: string;
}

/** An edit as reported by the spreadsheet (the Apps Script trigger). */
export interface ReportedEdit {
  at: string;
  sheet: string;
  range: string;
  user: string;
}

/**
 * The history of inputs and closed periods, kept by both stores: the input tabs of each run (to
 * tell which cells changed), the change log, and the frozen statements of closed months.
 */
export interface HistoryKeeper {
  /** Keeps the input tabs a run read (tabs kept under the same hash cost nothing); how many documents or files it wrote. */
  keepInputs(runId: string, tabs: readonly TabSnapshot[]): Promise<{ written: number }>;
  /** The tabs kept under these hashes (tabs not kept are left out). */
  keptInputs(hashes: Readonly<Record<string, string>>): Promise<Map<string, KeptTab>>;
  /** Keeps a run's changes under `key`; the same key again replaces them (a retried run). */
  appendChanges(key: string, entries: readonly ChangeEntry[]): Promise<void>;
  /** The latest changes, newest first. */
  recentChanges(limit: number): Promise<ChangeEntry[]>;
  /** Edits the spreadsheet reported after `since` (ISO UTC). */
  editsSince(since: string): Promise<ReportedEdit[]>;
  frozenMonths(): Promise<FrozenMonthRecord[]>;
  /** Freezes a month unless it is frozen already (the first freeze wins). */
  freezeMonth(month: FrozenMonthRecord): Promise<void>;
  unfreezeMonth(period: string): Promise<void>;
}

/** A closed month as kept: statements encoded with `encodeFrozen`, scorecards as JSON. */
export interface FrozenMonthRecord {
  period: string;
  frozen_at: string;
  run_id: string;
  statements: unknown[];
  scorecards: unknown[];
}

export function isHistoryKeeper(store: unknown): store is HistoryKeeper {
  return typeof (store as Partial<HistoryKeeper> | undefined)?.frozenMonths === 'function';
}

/** A copy of results shared out of the workbook: the leadership copy, or one rep's. */
export interface SharedCopy {
  spreadsheetId: string;
  /** The addresses it is shared with, as last granted. */
  readers: string[];
  /** Digest of the tabs last written, so an unchanged rep copy costs no call. */
  digest: string;
}

/** Where the copies of a workbook are (`leadership`, `rep:S101`, …): kept between runs. */
export interface SharingStore {
  sharedCopies(): Promise<Record<string, SharedCopy>>;
  saveSharedCopies(copies: Readonly<Record<string, SharedCopy>>): Promise<void>;
}

export function isSharingStore(store: unknown): store is SharingStore {
  return typeof (store as Partial<SharingStore> | undefined)?.sharedCopies === 'function';
}
