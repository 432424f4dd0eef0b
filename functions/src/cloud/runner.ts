/**
 * One recalculation of one spreadsheet in the cloud: take the spreadsheet's lease, call the same
 * orchestrator as the CLI over the Sheets adapter and the Firestore store, keep the input snapshots,
 * the results per period and a history entry, give the lease back, and run once more if an edit
 * asked for it meanwhile.
 */
import { randomUUID } from 'node:crypto';
import type { RunReport } from '../recalculate.js';
import { jsonDigest } from '../run/json-digest.js';
import type { FirestoreRunStore } from '../store/firestore-store.js';
import type { Lease, LeaseKeeper, PeriodResult, RunRecord } from '../store/port.js';
import type { DataIssue } from '../workbook/issues.js';
import type { OutputTab, RawTab, WorkbookPort } from '../workbook/port.js';
import { collectGarbage } from './collect.js';
import { retryPolicy } from './config.js';
import * as logs from './logs.js';
import { shareAfterRun } from './sharing.js';
import { getServices, INSTANCE_ID } from './services.js';

export type RunOutcome =
  | { status: 'completed'; run: RunRecord; scorecards: number }
  | { status: 'stopped'; message: string; stops: readonly DataIssue[] }
  | { status: 'queued' }
  | {
      status: 'validated';
      data_issues: number;
      issues: { tab: string; row: number | null; column: string | null; message: string }[];
    };

export class LeaseLostError extends Error {
  override name = 'LeaseLostError';
}

/** Passes reads and writes through, and writes only while the lease holds. */
class LeasedWorkbook implements WorkbookPort {
  constructor(
    private readonly inner: WorkbookPort,
    private readonly leases: LeaseKeeper,
    private readonly lease: Lease,
  ) {}
  get location(): string {
    return this.inner.location;
  }
  read(): Promise<RawTab[]> {
    return this.inner.read();
  }
  async writeOutputs(tabs: readonly OutputTab[]): Promise<void> {
    if (!(await this.leases.holdsLease(this.lease)))
      throw new LeaseLostError(`Lease ${this.lease.token} of ${this.location} was lost`);
    await this.inner.writeOutputs(tabs);
  }
}

/**
 * Results split by period: every list whose items name a period goes to that period; each other
 * section is kept on its own as `undated~{section}`, so an edit that changes the insights does not
 * rewrite the claims or the funnel.
 */
export function periodResults(results: object): PeriodResult[] {
  const byPeriod = new Map<string, Record<string, unknown[]>>();
  const undated: [string, unknown][] = [];
  for (const [section, value] of Object.entries(results)) {
    const dated =
      Array.isArray(value) &&
      value.length > 0 &&
      value.every((v) => typeof (v as { period?: unknown })?.period === 'string');
    if (!dated) {
      undated.push([section, value]);
      continue;
    }
    for (const item of value as { period: string }[]) {
      const sections = byPeriod.get(item.period) ?? {};
      (sections[section] ??= []).push(item);
      byPeriod.set(item.period, sections);
    }
  }
  // Each digest is the SHA-256 of the period's JSON text, fed to the hash piece by piece (`jsonDigest`):
  // a year's scorecards of a thousand reps are megabytes of text not built.
  return [
    ...[...byPeriod]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([period, sections]) => ({ period, digest: jsonDigest(sections), sections })),
    ...undated.map(([section, value]) => {
      const sections = { [section]: value };
      return { period: `undated~${section}`, digest: jsonDigest(sections), sections };
    }),
  ];
}

/** Tabs whose content hash differs from the run before. */
function changedTabs(run: RunRecord, previous: RunRecord | undefined): string[] {
  const before = previous?.tab_hashes ?? {};
  return Object.keys(run.tab_hashes)
    .filter((t) => before[t] !== run.tab_hashes[t])
    .sort();
}

/**
 * The modules a run needs beyond the entry's, loaded on an instance's first run rather than at its
 * cold start. Exported for the bench, which times this same loading (with `getServices`).
 */
export async function loadRunParts() {
  const [
    { recalculate },
    { RuleTableError },
    { FirestoreRunStore },
    { FirestoreLeaseKeeper },
    { SheetsWorkbook },
  ] = await Promise.all([
    import('../recalculate.js'),
    import('../workbook/issues.js'),
    import('../store/firestore-store.js'),
    import('../store/firestore-lease.js'),
    import('../workbook/sheets-workbook.js'),
  ]);
  return {
    recalculate,
    RuleTableError,
    FirestoreRunStore,
    FirestoreLeaseKeeper,
    SheetsWorkbook,
  };
}

export interface RunOptions {
  trigger: RunRecord['trigger'];
  /** Compute and report only: no lease, nothing written (the menu's Validate). */
  validateOnly?: boolean;
}

/** Recalculates a spreadsheet; never throws for a rule-table stop or a busy lease. */
export async function runSpreadsheet(spreadsheetId: string, options: RunOptions): Promise<RunOutcome> {
  const { config, db, sheets } = await getServices();
  const parts = await loadRunParts();
  const workbook = new parts.SheetsWorkbook(spreadsheetId, sheets, {
    retry: retryPolicy(config, (r) => logs.sheetsRetry(spreadsheetId, r.attempt, r.status, r.delayMs)),
  });
  const store = new parts.FirestoreRunStore(db, spreadsheetId);

  if (options.validateOnly) {
    try {
      const report = await parts.recalculate(workbook, {
        store,
        trigger: options.trigger,
        write: false,
        ...(config.asOf ? { asOf: config.asOf } : {}),
      });
      return validated(report);
    } catch (error) {
      if (error instanceof parts.RuleTableError)
        return { status: 'stopped', message: error.message, stops: error.issues };
      throw error;
    }
  }

  const leases = new parts.FirestoreLeaseKeeper(db, spreadsheetId);
  let lease = await leases.acquireLease(`${INSTANCE_ID}-${randomUUID().slice(0, 8)}`, config.leaseTtlMs);
  if (!lease) {
    logs.leaseBusy(spreadsheetId);
    return { status: 'queued' };
  }
  let outcome: RunOutcome = { status: 'queued' };
  // An edit that arrived during the run asked for one more; more than a few in a row waits for the next edit.
  for (let pass = 0; lease && pass < 3; pass++) {
    try {
      outcome = await onePass(
        parts,
        store.withLease(lease),
        new LeasedWorkbook(workbook, leases, lease),
        spreadsheetId,
        options.trigger,
        config.asOf,
      );
    } catch (error) {
      if (error instanceof LeaseLostError) logs.leaseLost(spreadsheetId, lease.token);
      await leases.releaseLease(lease);
      throw error;
    }
    const { rerun } = await leases.releaseLease(lease);
    lease = rerun
      ? await leases.acquireLease(`${INSTANCE_ID}-${randomUUID().slice(0, 8)}`, config.leaseTtlMs)
      : undefined;
  }
  if (lease) await leases.releaseLease(lease);
  return outcome;
}

async function onePass(
  parts: Awaited<ReturnType<typeof loadRunParts>>,
  store: FirestoreRunStore,
  workbook: LeasedWorkbook,
  spreadsheetId: string,
  trigger: RunRecord['trigger'],
  asOf: string | undefined,
): Promise<RunOutcome> {
  logs.recalcStarted(spreadsheetId, trigger);
  const previous = (await store.recentRuns(1))[0];
  let report: RunReport;
  try {
    report = await parts.recalculate(workbook, { store, trigger, ...(asOf ? { asOf } : {}) });
  } catch (error) {
    if (!(error instanceof parts.RuleTableError)) throw error;
    logs.recalcStopped(spreadsheetId, error.issues);
    const stopped = (await store.recentRuns(1))[0];
    await store.appendHistory({
      at: new Date().toISOString(),
      kind: 'run',
      ...(stopped ? { run_id: stopped.id } : {}),
      detail: {
        trigger,
        outcome: 'stopped',
        stops: error.issues.map((i) => `${i.tab}!${i.cell ?? i.row ?? ''} ${i.code}`),
      },
    });
    return { status: 'stopped', message: error.message, stops: error.issues };
  }
  const run = report.record;
  // What the run let go is collected before its results are saved and shared (collect.ts).
  collectGarbage();
  // The input snapshots were kept by the run itself (the store keeps history), before it was recorded.
  const results = await store.savePeriodResults(run.id, periodResults(report.results));
  await store.appendHistory({
    at: new Date().toISOString(),
    kind: 'run',
    run_id: run.id,
    detail: {
      trigger,
      outcome: run.outcome,
      as_of: run.as_of,
      input_hash: run.input_hash,
      data_issues: run.data_issues,
      changed_tabs: changedTabs(run, previous),
    },
  });
  logs.recalcCompleted(spreadsheetId, run, { snapshots: report.inputsKept, results: results.written });
  // Sharing after the run, under the same lease: its calls are its own, the run's three are unchanged.
  await shareAfterRun(spreadsheetId, store, report);
  return { status: 'completed', run, scorecards: report.results.scorecards.length };
}

function validated(report: RunReport): RunOutcome {
  return {
    status: 'validated',
    data_issues: report.record.data_issues,
    issues: report.results.data_issues
      .slice(0, 50)
      .map((i) => ({ tab: i.tab, row: i.row, column: i.column, message: i.message })),
  };
}
