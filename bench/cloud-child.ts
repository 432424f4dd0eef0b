/**
 * One cloud run in a process of its own, as a fresh function instance runs it: `runSpreadsheet` (the
 * Sheets adapter against the stand-in, the Firestore store against the emulator, input snapshots and
 * period results kept, the Change Log worked out) and its peak RSS. The parent sets the environment
 * the functions read (FIRESTORE_EMULATOR_HOST, SALESPERF_*). Prints one JSON line.
 * Usage: node cloud-child.js SPREADSHEET_ID TRIGGER
 */
import { runSpreadsheet } from '../functions/src/cloud/runner.js';

const [spreadsheetId = '', trigger = 'manual'] = process.argv.slice(2);
const started = performance.now();
const outcome = await runSpreadsheet(spreadsheetId, { trigger: trigger as 'manual' | 'edit' });
if (outcome.status !== 'completed') throw new Error(`The cloud run ended ${outcome.status}`);
process.stdout.write(
  `${JSON.stringify({ ms: performance.now() - started, maxRssKb: process.resourceUsage().maxRSS })}\n`,
);
process.exit(0);
