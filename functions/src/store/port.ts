/**
 * The store port: where the history of runs is kept (a folder beside the workbook on one machine,
 * Firestore in the cloud).
 */
import type { Day } from '../domain/days.js';

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
