/**
 * `npm run bench`: where a recalculation stands against the JSON.parse floor, the formula workbook
 * and the targets, at 10k, 100k and 1M activity rows. Prints one table and writes it to
 * bench/results.md with the machine and the date. `--quick` runs the smallest size only; `--rows N`
 * only the size of N rows (both print the table without writing it).
 */
import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { widestRow } from '../functions/src/workbook/a1.js';
import { startSheetsStandin, type SheetsStandin } from '../test/sheets-standin/server.js';
import { deployedEnvironment } from '../test/support/runtime-env.js';
import {
  cloudRunMemory,
  firestoreWrites,
  functionsConfigEnv,
  stopCloudServers,
  type CloudRunFigures,
  type FirestoreFigures,
} from './firestore-writes.js';
import { benchWorkbook, sheetGrids } from './workbook.js';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '..', '..', '..');
const quick = process.argv.includes('--quick');
const noFirestore = process.argv.includes('--no-firestore');

interface Size {
  reps: number;
  rows: number;
  /** Runs in each recalculation process. */
  runs: number;
  /** Processes, one after the other: at 1M rows each runs once, so each run starts as a new function instance does. */
  processes: number;
  firestore: boolean;
  /**
   * How many times the cloud path's own runs (Firestore store, snapshots, Change Log) are measured,
   * each a full run on an empty store and a run after a one-cell edit; 0 for none. Their peak moves
   * from run to run with when V8 collects, so at 1M rows it is measured three times.
   */
  cloud: number;
}
const rowsAt = process.argv.indexOf('--rows');
const only = rowsAt >= 0 ? Number(process.argv[rowsAt + 1]) : undefined;
const ALL_SIZES: Size[] = quick
  ? [{ reps: 100, rows: 10_000, runs: 3, processes: 1, firestore: !noFirestore, cloud: 0 }]
  : [
      { reps: 100, rows: 10_000, runs: 5, processes: 1, firestore: !noFirestore, cloud: 0 },
      { reps: 200, rows: 20_000, runs: 5, processes: 1, firestore: false, cloud: 0 },
      {
        reps: 500,
        rows: 100_000,
        runs: 3,
        processes: 1,
        firestore: !noFirestore,
        cloud: noFirestore ? 0 : 1,
      },
      // The largest organisation with a small log: what of compute at 1M rows is the reps' own work
      // (scorecards, pay, their output tabs), which no faster reading of the log would take away.
      { reps: 1000, rows: 10_000, runs: 3, processes: 1, firestore: false, cloud: 0 },
      { reps: 1000, rows: 1_000_000, runs: 1, processes: 3, firestore: false, cloud: noFirestore ? 0 : 3 },
    ];
const SIZES = only === undefined ? ALL_SIZES : ALL_SIZES.filter((s) => s.rows === only);
if (SIZES.length === 0) throw new Error(`--rows takes one of ${ALL_SIZES.map((s) => s.rows).join(', ')}`);

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2
    ? (s[(s.length - 1) / 2] ?? 0)
    : ((s[s.length / 2 - 1] ?? 0) + (s[s.length / 2] ?? 0)) / 2;
};

/**
 * The environment the functions are deployed in (scripts/deploy.sh sets every line of
 * functions/runtime.env): the V8 heap and the allocator's settings. The engine's runs are measured as
 * they run in the cloud.
 */
const runtimeEnv = deployedEnvironment(repoRoot);
const runtimeText = Object.entries(runtimeEnv)
  .map(([k, v]) => `${k}=${v}`)
  .join(' ');

/**
 * Seconds to write fresh memory, a GiB's worth: a new buffer's pages are mapped on first write, and on
 * some virtual machines each such fault costs far more than the write. Every step of a run that grows
 * the heap pays it, the floor's JSON.parse too, so it is given with the machine.
 */
function firstTouchPerGiB(): number {
  const size = 256 * 2 ** 20;
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const bytes = new Uint8Array(size);
    const t0 = performance.now();
    for (let at = 0; at < size; at += 4096) bytes[at] = 1;
    times.push((performance.now() - t0) / 1000 / (size / 2 ** 30));
  }
  return median(times);
}

/** Runs a compiled script of this folder in its own process and returns the JSON line it prints. */
function child<T>(script: string, args: readonly string[], env: Record<string, string> = {}): Promise<T> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [join(here, script), ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, ...env },
    });
    let out = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split('\n').pop() ?? '{}') as T)
        : reject(new Error(`${script} exited ${code}`)),
    );
  });
}

/** Puts a workbook straight into the stand-in (not API calls). */
function load(standin: SheetsStandin, id: string, grids: ReturnType<typeof sheetGrids>): void {
  const state = standin.addSpreadsheet(id, { title: id, locale: 'en', timeZone: 'Asia/Shanghai' });
  grids.forEach((g, i) => {
    const columns = widestRow(g.values);
    state.sheets.push({
      sheetId: 100 + i,
      title: g.title,
      rowCount: g.values.length + 200,
      columnCount: columns,
      frozenRowCount: 1,
      frozenColumnCount: 0,
      cells: g.values.map((r) => r.map((v) => (v === '' ? undefined : { value: v }))),
      columnWidths: new Map(),
      protectedRanges: [],
    });
  });
}

/**
 * Milliseconds to import the functions' entry module in a fresh process, and then to load what an
 * instance's first recalculation loads besides: the runner's own loading of the orchestrator, the
 * Sheets adapter and the Firestore store (`loadRunParts`), and the services' start (`getServices`:
 * the Firestore and Sheets client libraries, the Sheets client made against a stand-in's address,
 * which makes no request). Each the median of `n` processes.
 */
function coldStart(n: number): { entry: number; firstRun: number } {
  const src = join(repoRoot, 'functions/lib/functions/src');
  const module = (path: string) => JSON.stringify(pathToFileURL(join(src, path)).href);
  const code = [
    `const t=performance.now();await import(${module('index.js')});const u=performance.now();`,
    `const [{loadRunParts},{getServices}]=await Promise.all([import(${module('cloud/runner.js')}),import(${module('cloud/services.js')})]);`,
    `await Promise.all([loadRunParts(),getServices()]);`,
    `process.stdout.write(JSON.stringify([u-t,performance.now()-u]));process.exit(0)`,
  ].join('');
  const env = {
    ...process.env,
    ...functionsConfigEnv('bench-spreadsheet-0000000', 'http://127.0.0.1:9/', 'bench-cold-start'),
  };
  const runs = Array.from(
    { length: n },
    () =>
      // The last line: the services log their configuration first.
      JSON.parse(
        execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8', env })
          .trim()
          .split('\n')
          .at(-1)!,
      ) as [number, number],
  );
  return { entry: median(runs.map((r) => r[0])), firstRun: median(runs.map((r) => r[1])) };
}

interface RecalcFigures {
  timings: Record<'read' | 'check' | 'compute' | 'write' | 'record' | 'total', number>[];
  /** Per run, each step's garbage-collection pauses (ms). */
  gcPauses: Record<'read' | 'check' | 'compute' | 'write' | 'record', number>[];
  maxRssKb: number;
}
interface FloorFigures {
  parses: number[];
  responseBytes: number;
}
interface FormulaFigures {
  ms: number;
  formulas: number;
  activityRows: number;
  checksum: number;
  maxRssKb: number;
}
interface SameFigures {
  timings: number[];
  checksum: number;
}

const fmtMs = (ms: number) =>
  ms >= 10_000
    ? `${(ms / 1000).toFixed(1)} s`
    : ms >= 1000
      ? `${(ms / 1000).toFixed(2)} s`
      : `${ms.toFixed(0)} ms`;
const fmtMb = (kb: number) => `${Math.round(kb / 1024)} MiB`;

/**
 * The cloud path's peaks: one run's, or the highest of several with the range of each kind (full run,
 * run after the edit), and the run times (medians of several).
 */
function cloudCell(runs: readonly CloudRunFigures[]): string {
  const full = runs.map((r) => r.full.maxRssKb);
  const edit = runs.map((r) => r.edit.maxRssKb);
  const times = `${fmtMs(median(runs.map((r) => r.full.ms)))} / ${fmtMs(median(runs.map((r) => r.edit.ms)))}`;
  if (runs.length === 1) return `${fmtMb(full[0]!)} / ${fmtMb(edit[0]!)} (${times})`;
  const range = (kb: readonly number[]) =>
    `${Math.round(Math.min(...kb) / 1024)}–${Math.round(Math.max(...kb) / 1024)}`;
  return `${fmtMb(Math.max(...full))} / ${fmtMb(Math.max(...edit))} (highest of ${runs.length}: ${range(full)} / ${range(edit)} MiB; ${times})`;
}
const fmtN = (n: number) => n.toLocaleString('en-US');

const standin = await startSheetsStandin();
const lines: string[] = [];
const log = (s: string) => process.stderr.write(`${s}\n`);
const cold = coldStart(7);
log(`cold start import: ${fmtMs(cold.entry)}, then a first run's modules: ${fmtMs(cold.firstRun)}`);
const rowsOut: string[][] = [];
let formulaNote = '';
/** Each size's median read (without the stand-in's serving), check and compute, and its floor. */
const steps = new Map<Size, { read: number; check: number; compute: number; floor: number }>();
for (const size of SIZES) {
  log(`generating ${fmtN(size.rows)} rows, ${size.reps} reps…`);
  const book = benchWorkbook(size.reps, size.rows);
  const id = `bench-${size.reps}-${size.rows}-spreadsheet`;
  load(standin, id, sheetGrids(book.rows));
  standin.resetCalls();
  const runs = size.runs * size.processes;
  log(`recalculating ${runs}×…`);
  const r: RecalcFigures = { timings: [], gcPauses: [], maxRssKb: 0 };
  for (let p = 0; p < size.processes; p++) {
    const figures = await child<RecalcFigures>(
      'recalc-child.js',
      [standin.url, id, String(size.runs)],
      runtimeEnv,
    );
    r.timings.push(...figures.timings);
    r.gcPauses.push(...figures.gcPauses);
    r.maxRssKb = Math.max(r.maxRssKb, figures.maxRssKb);
  }
  // The stand-in's own time answering the reads (rendering its cells, serialising): Google's servers
  // do that work on their machines, the stand-in on this one's.
  const serving =
    standin.calls
      .filter((c) => c.kind !== 'spreadsheets.batchUpdate')
      .reduce((ms, c) => ms + (c.serverMs ?? 0), 0) / runs;
  const floorFigures = await child<FloorFigures>('floor-child.js', [standin.url, id, String(runs)]);
  // The floor's fetch is one batchGet and one get that are not the engine's.
  const callsPerRun = (standin.calls.length - 2) / runs;
  // The output write: its calls (one, or a staged write's several) and the bytes of their bodies.
  const writes = standin.calls.filter((c) => c.kind === 'spreadsheets.batchUpdate');
  const writeMiB = writes.reduce((sum, c) => sum + (c.bytes ?? 0), 0) / runs / 2 ** 20;
  const m = (k: keyof RecalcFigures['timings'][number]) => median(r.timings.map((t) => t[k]));
  const gc = (k: keyof RecalcFigures['gcPauses'][number]) =>
    `GC ${fmtMs(median(r.gcPauses.map((p) => p[k])))}`;
  const floor = median(floorFigures.parses);
  const readCompute = m('read') + m('check') + m('compute');
  steps.set(size, { read: m('read') - serving, check: m('check'), compute: m('compute'), floor });
  let fs: FirestoreFigures | undefined;
  if (size.firestore) {
    log('Firestore writes against the emulator…');
    fs = await firestoreWrites(standin, id);
  }
  let formula: FormulaFigures | undefined;
  if (size.rows === 20_000) {
    log('the formula workbook in HyperFormula…');
    formula = await child<FormulaFigures>('formula-child.js', [String(size.reps), String(size.rows)]);
    const same = await child<SameFigures>(
      'same-figures.js',
      [String(size.reps), String(size.rows), '5'],
      runtimeEnv,
    );
    const sameMs = median(same.timings);
    if (Math.abs(same.checksum - formula.checksum) > 1e-6 * Math.abs(formula.checksum))
      throw new Error(
        `The engine's figures (${same.checksum}) differ from the formula workbook's (${formula.checksum})`,
      );
    formulaNote = [
      `Formula workbook at ${fmtN(formula.activityRows)} rows, ${size.reps} reps: ${fmtN(formula.formulas)} SUMIFS/COUNTIFS (monthly deal revenue and visits per rep, twelve months) computed by HyperFormula in ${fmtMs(formula.ms)} (peak RSS ${fmtMb(formula.maxRssKb)}).`,
      `The same figures by the engine (every input tab read and checked, then the sums; checksum ${formula.checksum} in both): ${fmtMs(sameMs)} (median of 5), ${(formula.ms / sameMs).toFixed(0)}× faster.`,
      `The engine's whole read + check + compute of every result (scorecards, pay, channels, insights, all output tabs) at the same size: ${fmtMs(readCompute)}, ${(formula.ms / readCompute).toFixed(0)}× faster.`,
    ].join(' ');
  }
  const cloud: CloudRunFigures[] = [];
  for (let i = 0; i < size.cloud; i++) {
    log(`the cloud path (Firestore store and snapshots) in a process of its own, ${i + 1} of ${size.cloud}…`);
    cloud.push(
      await cloudRunMemory(
        standin,
        id,
        (args, env) => child('cloud-child.js', args, { ...runtimeEnv, ...env }),
        i,
      ),
    );
  }
  rowsOut.push([
    `${fmtN(book.activityRows)} / ${size.reps}`,
    fmtMs(m('total')),
    `${fmtMs(m('read'))} (stand-in ${fmtMs(serving)})`,
    `${fmtMs(m('check'))} (${gc('check')})`,
    `${fmtMs(m('compute'))} (${gc('compute')})`,
    fmtMs(m('write')),
    fmtMb(r.maxRssKb),
    `${fmtMs(floor)} (${(floorFigures.responseBytes / 1e6).toFixed(1)} MB)`,
    `${(readCompute / floor).toFixed(1)}× / ${((readCompute - serving) / floor).toFixed(1)}× / ${((m('check') + m('compute') + floor) / floor).toFixed(1)}×`,
    `${callsPerRun} (${writes.length / runs} of ${writeMiB.toFixed(1)} MiB)`,
    fs ? `${fs.full} / ${fs.edit}` : '—',
    cloud.length > 0 ? cloudCell(cloud) : '—',
    formula ? `${fmtMs(formula.ms)} (${(formula.ms / readCompute).toFixed(0)}×)` : '—',
  ]);
  standin.state(id).sheets.length = 0;
}
await standin.close();
await stopCloudServers();

const header = [
  'activity rows / reps',
  'full run (median)',
  'read',
  'check (parse; its GC pauses)',
  'compute (its GC pauses)',
  'write',
  'peak RSS',
  'floor: JSON.parse of batchGet',
  "read+check+compute ÷ floor (as measured / without the stand-in's serving / without transfer)",
  "Sheets calls a run (the write's calls, of its bodies' size)",
  'Firestore writes full / one-cell edit',
  'cloud run peak RSS full / one-cell edit (run time; the highest of several runs, with their range)',
  'formula workbook (HyperFormula) and ratio',
];
/**
 * What bounds the ratio at 1M rows: the same 1,000 reps' compute with a log of 10,000 rows is work
 * that grows with the reps, not the log, so read + that alone is a bound on the ratio of any faster
 * check or reading of the log.
 */
function limitNote(): string | undefined {
  const big = SIZES.find((z) => z.reps === 1000 && z.rows === 1_000_000);
  const small = SIZES.find((z) => z.reps === 1000 && z.rows === 10_000);
  const b = big && steps.get(big);
  const s = small && steps.get(small);
  if (!b || !s) return undefined;
  const ratio = (ms: number) => `${(ms / b.floor).toFixed(1)}×`;
  return [
    `What bounds the ratio at 1M rows: the same 1,000 reps with a log of 10,000 rows compute in ${fmtMs(s.compute)} (median of 3), the work that grows with the reps and not the log (a year of scorecards, statements and their output tabs).`,
    `At 1M rows, read without the stand-in's serving ${fmtMs(b.read)}, check ${fmtMs(b.check)} and compute ${fmtMs(b.compute)} are ${ratio(b.read + b.check + b.compute)} the floor; the read and the reps' compute alone are ${ratio(b.read + s.compute)}, and the log's own check and compute (${fmtMs(b.check + b.compute - s.compute)}) the rest.`,
  ].join(' ');
}
const table = [header, header.map(() => '---'), ...rowsOut].map((r) => `| ${r.join(' | ')} |`);
const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
// What fresh memory costs here: a run's heap grows by hundreds of MB, each page faulted in on first use.
const touch = firstTouchPerGiB();
lines.push(
  '# Benchmark',
  '',
  `Run ${new Date().toISOString()} on ${machine}. Writing fresh memory once (a byte every 4 KiB page of a new 256 MiB buffer, median of 3) took ${touch.toFixed(2)} s a GiB.`,
  '',
  ...table,
  '',
  `Cold start (import of functions/lib/functions/src/index.js, fresh process, median of 7): ${fmtMs(cold.entry)}. What a first recalculation then loads, in the same processes (the runner's own loading of the orchestrator and the Sheets and Firestore adapters, and the services' start with the Firestore and Sheets client libraries): ${fmtMs(cold.firstRun)}.`,
  '',
);
if (formulaNote) lines.push(formulaNote, '');
const repsNote = limitNote();
if (repsNote) lines.push(repsNote, '');
lines.push(
  'Read = metadata + values.batchGet through the Sheets adapter and the client library against the stand-in (HTTP on loopback, the stand-in rendering and serialising in the parent process; its own time answering is given beside the read, and taken out in the second ratio); check = ingest (every cell parsed and checked); compute = every result and output tab; GC pauses = the garbage-collection pauses of the main thread within the step (the `gc` performance entries of V8: scavenges and the final pauses of mark-compacts; incremental marking steps in between are not counted), median of the runs; write = the output calls (`spreadsheets.batchUpdate`: one with the layout and values of every output tab when its body fits in 9 MiB; else a staged write, hidden tabs filled over calls of at most 9 MiB each and one last call copying them into the output tabs, as the stand-in, like the API front end of Google, refuses a body of more than 10 MiB). Floor = only `JSON.parse` of the same batchGet response text. Firestore writes are the documents named in every commit (batches and transactions: runs, snapshots, chunks, results, history, changes, leases, shared copies), read on the wire by a gRPC proxy in front of the Google Firestore emulator; the one-cell edit changes a deal amount of the as-of month, with the earlier months closed. Cloud run = `runSpreadsheet`, what the deployed functions run, in a fresh process with the deployed environment: the Sheets adapter against the stand-in and the Firestore store against the emulator, keeping the input snapshots and the period results, working out the Change Log and sharing the leadership copy of every output tab (the Settings of the bench workbook name a reader; the copy written to the stand-in as the outputs are, access given to the reader by the Drive stand-in of the test suite); full on an empty store, then after the one-cell edit of the Activity tab (the changed cell is found by reading back only the kept chunk of 1,000 rows that differs)' +
    SIZES.filter((z) => z.cloud > 1)
      .map(
        (z) =>
          `; at ${fmtN(z.rows)} rows ${z.cloud} times, each on an empty store of its own, giving the highest peak of each kind, the range of the ${z.cloud}, and the median run times`,
      )
      .join('') +
    '.',
  '',
  `The recalculations run in the environment the functions are deployed with (functions/runtime.env): \`${runtimeText}\`.`,
  `Each size's times are the median of its runs: ${SIZES.map((z) => `${fmtN(z.rows)} rows ${z.runs * z.processes}${z.processes > 1 ? ` (${z.processes} processes of ${z.runs})` : ''}`).join(', ')}; peak RSS is the highest of them.`,
);
const text = `${lines.join('\n')}\n`;
process.stdout.write(text);
if (!quick && only === undefined) writeFileSync(join(repoRoot, 'bench/results.md'), text);
process.exit(0);
