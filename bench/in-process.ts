/**
 * A profiling aid, not part of `npm run bench`: one size's read (a batchGet-shaped file read as the
 * Sheets adapter reads the API's answer, `readValueRanges` and `toRawCells`), check and compute in this
 * process, with no server, so `node --cpu-prof` and heap snapshots see the engine alone. Prints each
 * step's time, CPU time (user and system, every thread of the process) and peak RSS.
 * The workbook's text is made once and kept in the given file, so the generator's memory is not counted.
 * Usage: node bench/lib/bench/in-process.js REPS ROWS FILE [RUNS]
 */
import { createHash } from 'node:crypto';
import { Session } from 'node:inspector';
import { createReadStream, existsSync, writeFileSync } from 'node:fs';
import { recalculate } from '../functions/src/recalculate.js';
import type { RawTab, WorkbookPort } from '../functions/src/workbook/port.js';
import { toRawCells } from '../functions/src/workbook/sheets-workbook.js';
import { readValueRanges } from '../functions/src/workbook/value-ranges.js';
import { AS_OF, benchWorkbook, sheetGrids } from './workbook.js';

const [repsText = '1000', rowsText = '1000000', file = '/tmp/bench-workbook.json', runsText = '1'] =
  process.argv.slice(2);
if (!existsSync(file)) {
  const grids = sheetGrids(benchWorkbook(Number(repsText), Number(rowsText)).rows);
  writeFileSync(
    file,
    JSON.stringify({ valueRanges: grids.map((g) => ({ range: g.title, values: g.values })) }),
  );
}
const workbook: WorkbookPort = {
  location: 'in-process',
  read: async () =>
    (await readValueRanges(createReadStream(file))).map((r): RawTab => ({
      title: r.range,
      rows: toRawCells(r.values),
    })),
  writeOutputs: () => Promise.resolve(),
};

// SALESPERF_ALLOCATIONS=FILE: every allocation sampled, kept or collected, by the function that made it.
const allocations = process.env.SALESPERF_ALLOCATIONS;
const session = allocations ? new Session() : undefined;
const post = (method: string, params?: object) =>
  new Promise<unknown>((resolve, reject) =>
    session?.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result))),
  );
if (session) {
  session.connect();
  await post('HeapProfiler.startSampling', {
    samplingInterval: 64 * 1024,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
}

for (let i = 0; i < Number(runsText); i++) {
  const t: Record<string, number> = {};
  let step = '';
  let faults = 0;
  let sys = 0;
  let user = 0;
  let mark = performance.now();
  const report = await recalculate(workbook, {
    asOf: AS_OF,
    write: false,
    onStep: (next) => {
      const now = performance.now();
      if (step) t[step] = Math.round(now - mark);
      const usage = process.resourceUsage();
      if (step) {
        t[`${step}Faults`] = usage.minorPageFault - faults;
        t[`${step}SysMs`] = Math.round((usage.systemCPUTime - sys) / 1000);
        t[`${step}UserMs`] = Math.round((usage.userCPUTime - user) / 1000);
      }
      faults = usage.minorPageFault;
      sys = usage.systemCPUTime;
      user = usage.userCPUTime;
      step = next;
      const g = (globalThis as { gc?: () => void }).gc;
      if (g && next === 'compute') {
        g();
        t.liveAfterCheckMiB = Math.round(process.memoryUsage().heapUsed / 2 ** 20);
      }
      mark = performance.now();
    },
  });
  if (step) t[step] = Math.round(performance.now() - mark);
  if (step) {
    const usage = process.resourceUsage();
    t[`${step}Faults`] = usage.minorPageFault - faults;
    t[`${step}SysMs`] = Math.round((usage.systemCPUTime - sys) / 1000);
    t[`${step}UserMs`] = Math.round((usage.userCPUTime - user) / 1000);
  }
  // What the run produced, to check that a change to the engine keeps every figure and cell.
  const outputs = createHash('sha256')
    .update(JSON.stringify(report.outputs.filter((o) => o.id !== 'Run Log')))
    .digest('hex')
    .slice(0, 12);
  process.stdout.write(
    `${JSON.stringify({ ...t, results: report.record.result_digest?.slice(0, 12), outputs, rssMiB: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`,
  );
}
if (allocations)
  writeFileSync(
    allocations,
    JSON.stringify(((await post('HeapProfiler.stopSampling')) as { profile: unknown }).profile),
  );
