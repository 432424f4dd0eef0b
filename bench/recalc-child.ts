/**
 * One size's measurements in a process of its own, so its peak RSS is its own: full recalculations
 * through the Sheets adapter against the stand-in, timed per step, with the peak RSS and the time each
 * step spent paused for garbage collection (V8's own `gc` performance entries). Prints one JSON line.
 * Usage: node recalc-child.js ROOT_URL SPREADSHEET_ID RUNS
 */
import { PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { setImmediate } from 'node:timers/promises';
import { recalculate } from '../functions/src/recalculate.js';
import { sheetsClient } from '../functions/src/workbook/sheets-client.js';
import { SheetsWorkbook } from '../functions/src/workbook/sheets-workbook.js';
import { AS_OF } from './workbook.js';

type Step = 'read' | 'check' | 'compute' | 'write' | 'record';

const [rootUrl = '', spreadsheetId = '', runsText = '3'] = process.argv.slice(2);
const runs = Number(runsText);
const client = await sheetsClient({ rootUrl });
const workbook = new SheetsWorkbook(spreadsheetId, client);

const timings: Record<Step | 'total', number>[] = [];
/** Per run, the milliseconds each step spent in garbage-collection pauses. */
const gcPauses: Record<Step, number>[] = [];
const collections: PerformanceEntry[] = [];
const observer = new PerformanceObserver((list) => collections.push(...list.getEntries()));
observer.observe({ entryTypes: ['gc'] });
/** The peak RSS (KiB) reached by the end of each step, to tell which step sets the peak. */
const peakAfter: Partial<Record<Step, number>> = {};
for (let i = 0; i < runs; i++) {
  const t: Record<Step | 'total', number> = { read: 0, check: 0, compute: 0, write: 0, record: 0, total: 0 };
  let step: Step | undefined;
  const windows: { step: Step; from: number; to: number }[] = [];
  let mark = performance.now();
  const start = mark;
  await recalculate(workbook, {
    asOf: AS_OF,
    onStep: (next) => {
      const now = performance.now();
      if (step) {
        t[step] += now - mark;
        windows.push({ step, from: mark, to: now });
        peakAfter[step] = process.resourceUsage().maxRSS;
      }
      step = next;
      mark = now;
    },
  });
  const end = performance.now();
  if (step) {
    t[step] += end - mark;
    windows.push({ step, from: mark, to: end });
    peakAfter[step] = process.resourceUsage().maxRSS;
  }
  t.total = end - start;
  timings.push(t);
  await setImmediate(); // the observer is told of the run's last collections
  const paused: Record<Step, number> = { read: 0, check: 0, compute: 0, write: 0, record: 0 };
  for (const gc of collections.splice(0)) {
    const w = windows.find((x) => gc.startTime >= x.from && gc.startTime < x.to);
    if (w) paused[w.step] += gc.duration;
  }
  gcPauses.push(paused);
}
observer.disconnect();
const maxRssKb = process.resourceUsage().maxRSS;

process.stderr.write(`peak RSS by the end of each step (KiB): ${JSON.stringify(peakAfter)}\n`);
process.stdout.write(`${JSON.stringify({ timings, gcPauses, maxRssKb })}\n`);
