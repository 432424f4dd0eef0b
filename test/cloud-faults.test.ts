/**
 * Faults at every call a cloud run makes. The functions reach Firestore (Google's emulator) through a
 * gRPC proxy that can fail any one call, and Google Sheets (the stand-in) can fail any of its three.
 * A deal of an open month is changed before each run, so every run has new outputs to write. After
 * each fault the output tabs are all the previous run's or all the new ones, never a mix; and the
 * next run gives exactly what a clean recalculation of the same inputs on a fresh store gives:
 * every tab, every payout line (none lost, none twice) and the results kept per period.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunOutcome } from '../functions/src/cloud/runner.js';
import { templateWorkbook } from '../functions/src/template/template.js';
import { sheetsClient } from '../functions/src/workbook/sheets-client.js';
import { createSpreadsheetFromTemplate } from '../functions/src/workbook/sheets-template.js';
import {
  comparableOutputs,
  COMPARABLE_OUTPUTS,
  PROJECT,
  startCloudWorld,
  thisYearsDemo,
  type CloudWorld,
} from './cloud-support.js';
import { GRPC, type FirestoreFault } from './firestore-proxy.js';
import type { CallKind } from './sheets-standin/server.js';

const OUTPUT_TITLES = COMPARABLE_OUTPUTS;

type Outputs = Record<string, unknown[][]>;
interface Expected {
  outputs: Outputs;
  /** Digest of each period's results as kept in Firestore. */
  digests: Record<string, string>;
}

let world: CloudWorld;
let runSpreadsheet: (id: string, options: { trigger: 'manual' }) => Promise<RunOutcome>;
/** The cell toggled between two amounts, and the expected results of each. */
let cell: { a1: string; amounts: [number, number] };
const expected: Expected[] = [];
let current = 0;
let firstRunWrites = 0;

const outputsOf = (id: string): Outputs => comparableOutputs(world.standin, id);

async function storedDigests(id: string): Promise<Record<string, string>> {
  const { firestore } = await import('../functions/src/store/firestore-db.js');
  const docs = await firestore(PROJECT).collection(`workbooks/${id}/results`).get();
  return Object.fromEntries(docs.docs.map((d) => [d.id, String(d.get('digest'))]));
}

/** Recalculates; a run turned away by a lease left held by a failed run waits it out, as the next trigger would. */
async function runUntilDone(id: string): Promise<RunOutcome> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const outcome = await runSpreadsheet(id, { trigger: 'manual' });
    if (outcome.status !== 'queued' || Date.now() > deadline) return outcome;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/** A fresh spreadsheet and store with the same inputs, recalculated once without faults. */
async function cleanRecalculation(amount: number): Promise<Expected> {
  const client = await sheetsClient({ rootUrl: world.standin.url });
  const { spreadsheetId } = await createSpreadsheetFromTemplate(
    client,
    templateWorkbook('en', thisYearsDemo()),
    { title: 'clean', locale: 'en', timeZone: 'Asia/Shanghai' },
  );
  world.standin.setCell(spreadsheetId, 'Activity', cell.a1, amount);
  expect((await runSpreadsheet(spreadsheetId, { trigger: 'manual' })).status).toBe('completed');
  return { outputs: outputsOf(spreadsheetId), digests: await storedDigests(spreadsheetId) };
}

/** Changes the deal to its other amount: the next run has new outputs to write. */
function toggle(): Expected {
  current = 1 - current;
  world.standin.setCell(world.spreadsheetId, 'Activity', cell.a1, cell.amounts[current] as number);
  return expected[current] as Expected;
}

/** Runs with a fault planted; then checks the tabs are whole, and that the next run repairs everything. */
async function faultThenRepair(plant: () => void): Promise<{ outcome: string }> {
  const id = world.spreadsheetId;
  // The stand-in keeps every request it answered; this test makes hundreds.
  world.standin.resetCalls();
  const before = outputsOf(id);
  const want = toggle();
  plant();
  let outcome: string;
  try {
    outcome = (await runSpreadsheet(id, { trigger: 'manual' })).status;
  } catch (error) {
    outcome = `failed: ${(error as Error).message.slice(0, 80)}`;
  }
  world.proxy?.reset();
  // All the previous outputs or all the new ones: never a mix, never a half-written tab.
  const after = outputsOf(id);
  const whole =
    JSON.stringify(after) === JSON.stringify(before) ||
    JSON.stringify(after) === JSON.stringify(want.outputs);
  expect(whole, `outputs after a run that ended ${outcome} are a mix of old and new`).toBe(true);

  const repaired = await runUntilDone(id);
  expect(repaired.status).toBe('completed');
  const outputs = outputsOf(id);
  for (const title of OUTPUT_TITLES)
    expect(outputs[title], `${title} after repair (fault run: ${outcome})`).toEqual(want.outputs[title]);
  expect(await storedDigests(id)).toEqual(want.digests);
  return { outcome };
}

beforeAll(async () => {
  world = await startCloudWorld({
    rows: thisYearsDemo(),
    locale: 'en',
    proxy: true,
    env: { SALESPERF_RETRY_BASE_MS: '1', SALESPERF_LEASE_TTL_MS: '10000' },
  });
  ({ runSpreadsheet } = await import('../functions/src/cloud/runner.js'));
  // A May deal (an open month), found the way a person would: by its date, type and amount.
  const activity = world.standin.values(world.spreadsheetId, 'Activity');
  const header = (activity[0] ?? []).map(String);
  const [date, type, amount] = ['date', 'type', 'amount'].map((h) => header.indexOf(h)) as [
    number,
    number,
    number,
  ];
  const mayFirst = 46143; // 2026-05-01 as a Sheets serial number
  const row = activity.findIndex(
    (r, i) => i > 0 && r[type] === 'deal' && Number(r[date]) >= mayFirst && typeof r[amount] === 'number',
  );
  expect(row).toBeGreaterThan(0);
  const base = activity[row]?.[amount] as number;
  cell = { a1: `${String.fromCharCode(65 + amount)}${row + 1}`, amounts: [base, base + 25_000] };
  expected.push(await cleanRecalculation(base), await cleanRecalculation(base + 25_000));
  expect(JSON.stringify(expected[0]?.outputs.Payouts)).not.toBe(JSON.stringify(expected[1]?.outputs.Payouts));
  // The spreadsheet under test: a first clean run.
  world.proxy?.reset();
  expect((await runSpreadsheet(world.spreadsheetId, { trigger: 'manual' })).status).toBe('completed');
  firstRunWrites = documentsWritten();
}, 120_000);
afterAll(async () => world?.close(), 30_000);

const documentsWritten = () => (world.proxy?.calls ?? []).reduce((n, c) => n + (c.documents?.length ?? 0), 0);

describe('a run without faults', () => {
  test('gives what a clean recalculation on a fresh store gives', async () => {
    expect(outputsOf(world.spreadsheetId)).toEqual(expected[0]?.outputs);
    expect(await storedDigests(world.spreadsheetId)).toEqual(expected[0]?.digests);
  });

  test('after the months are closed, a one-cell edit writes a handful of Firestore documents, not the whole history', async () => {
    // Counted on the wire at the proxy: every document of every commit (runs, snapshots, chunks,
    // results, history, changes, lease). The first run of this store wrote far more.
    world.proxy?.reset();
    toggle();
    expect((await runSpreadsheet(world.spreadsheetId, { trigger: 'manual' })).status).toBe('completed');
    const names = (world.proxy?.calls ?? [])
      .flatMap((c) => c.documents ?? [])
      .map((n) => n.replace(/^.*?\/documents\//, ''));
    console.log(
      `a one-cell edit wrote ${documentsWritten()} documents; the first full run wrote ${firstRunWrites}:\n${names.join('\n')}`,
    );
    expect(documentsWritten()).toBeLessThanOrEqual(20);
    expect(firstRunWrites).toBeGreaterThan(4 * documentsWritten());
  });
});

describe('Firestore failing at each call of a run', () => {
  let methods: string[] = [];
  beforeAll(async () => {
    // The calls of one run, counted at the proxy.
    world.proxy?.reset();
    toggle();
    expect((await runSpreadsheet(world.spreadsheetId, { trigger: 'manual' })).status).toBe('completed');
    methods = world.proxy?.calls.map((c) => c.method) ?? [];
    console.log(`a run makes ${methods.length} Firestore calls: ${methods.join(', ')}`);
    expect(methods.length).toBeGreaterThan(8);
  }, 60_000);

  /**
   * The call sites of a run: a run of consecutive calls of one method is one site in the code (the
   * periods' transactions, the closed months' reads), tried at its first and last call.
   */
  const sites = (): number[] => {
    const at: number[] = [];
    methods.forEach((m, i) => {
      if (methods[i - 1] !== m || methods[i + 1] !== m) at.push(i);
    });
    return at;
  };

  test('INTERNAL at each call site: whole outputs after the fault, a full repair by the next run', async () => {
    const outcomes: string[] = [];
    for (const at of sites()) {
      const { outcome } = await faultThenRepair(() =>
        world.proxy?.inject({
          at: [at],
          fault: { status: GRPC.INTERNAL, message: 'injected: internal error' },
        }),
      );
      outcomes.push(`${at} ${methods[at]}: ${outcome}`);
    }
    console.log(outcomes.join('\n'));
    // Commits are not retried on INTERNAL: some runs failed, and were repaired.
    expect(outcomes.some((o) => o.includes('failed'))).toBe(true);
  }, 600_000);

  const transient: [string, FirestoreFault][] = [
    ['UNAVAILABLE', { status: GRPC.UNAVAILABLE, message: 'injected: unavailable' }],
    ['a reset stream', { reset: true }],
  ];
  test.each(transient)(
    '%s at every third call site: whole outputs, a full repair',
    async (_name, fault) => {
      for (const [n, at] of sites().entries()) {
        if (n % 3 === (fault === transient[0]?.[1] ? 0 : 1))
          await faultThenRepair(() => world.proxy?.inject({ at: [at], fault }));
      }
    },
    600_000,
  );

  test('Firestore lost once the outputs are written (as if the function died before recording the run) is repaired by the next run', async () => {
    // From the moment the stand-in applies the outputs, every Firestore call fails, the lease's release too.
    const { outcome } = await faultThenRepair(() => {
      world.standin.onBatchUpdate = () => {
        world.standin.onBatchUpdate = undefined;
        world.proxy?.inject({
          from: 0,
          fault: { status: GRPC.PERMISSION_DENIED, message: 'injected: outage' },
        });
      };
    });
    expect(outcome).toMatch(/^failed/);
  }, 120_000);
});

describe('Google Sheets failing at each call of a run', () => {
  const kinds: CallKind[] = ['spreadsheets.get', 'values.batchGet', 'spreadsheets.batchUpdate'];
  test.each(kinds)(
    '%s answering 503 until the retries run out, then a 429 once',
    async (kind) => {
      const failed = await faultThenRepair(() => world.standin.failNext({ kind, status: 503, times: 6 }));
      expect(failed.outcome).toMatch(/^failed/);
      const retried = await faultThenRepair(() => world.standin.failNext({ kind, status: 429, times: 1 }));
      expect(retried.outcome).toBe('completed');
    },
    120_000,
  );
});
