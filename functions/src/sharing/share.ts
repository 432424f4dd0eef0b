/**
 * Sharing after a successful run (SPEC section 9): the leadership copy (every output tab and
 * `Leadership`, charts drawn, read-only for Settings `leadership_emails`) and, with `rep_statements`
 * on, one private copy per rep (only their scorecard rows and statements, read-only for their
 * `email` alone). Input tabs are never copied. A rep who leaves, loses their address or is taken
 * off the Reps tab loses access; a changed address moves it.
 */
import type { drive_v3 } from '@googleapis/drive';
import type { sheets_v4 } from '@googleapis/sheets';
import { leadership as leadershipSpec } from '../../../sheets-templates/output/leadership.js';
import { leadershipSummary } from '../outputs/leadership-tab.js';
import type { RunReport } from '../recalculate.js';
import { jsonDigest } from '../run/json-digest.js';
import type { SharedCopy, SharingStore } from '../store/port.js';
import { matchTab } from '../workbook/names.js';
import type { OutputTab } from '../workbook/port.js';
import type { RetryPolicy } from '../workbook/retry.js';
import { leadershipCharts } from './charts.js';
import { writeCopy } from './copy.js';
import { parseEmails, syncReaders } from './permissions.js';
import { REP_TABS, repOnlyTab } from './rep-tabs.js';

export interface SharingDeps {
  sheets: sheets_v4.Sheets;
  drive: drive_v3.Drive;
  store: SharingStore;
  retry: RetryPolicy;
}

export interface SharingReport {
  leadership?: { spreadsheetId: string; readers: string[] };
  reps: { rep_id: string; spreadsheetId: string; readers: string[] }[];
  /** Reps whose access was taken away this run. */
  revoked: string[];
  sheetsCalls: number;
  driveCalls: number;
}

/**
 * The SHA-256 of the tabs' titles and rows as JSON, fed to the hash a row at a time: a leadership copy
 * holds every output tab, some 60 million characters of JSON at a million rows.
 */
const digestOf = (tabs: readonly OutputTab[]) =>
  jsonDigest(
    tabs.map((t) => [t.title, t.rows]),
    2,
  );

/** Output tabs only: a tab whose title reads as an input tab is never copied, whatever its id says. */
function outputsOnly(tabs: readonly OutputTab[]): OutputTab[] {
  return tabs.filter(
    (t) => matchTab(t.title).kind !== 'input' && t.aliases.every((a) => matchTab(a).kind !== 'input'),
  );
}

/**
 * Copies are recorded in the store after this many are written, and at the end: a large
 * organisation's first run makes a copy per rep at the Sheets API's pace (60 writes a minute), and one
 * cut short by the functions' timeout or a failure leaves the next run only the rest to make.
 */
const RECORD_EVERY = 20;

/** Shares a run's results; `title` names the source workbook in the copies' titles. */
export async function shareRun(deps: SharingDeps, report: RunReport, title: string): Promise<SharingReport> {
  const { settings, reps } = report.inputs;
  const zh = report.locale === 'zh-CN';
  const copies = { ...(await deps.store.sharedCopies()) };
  const out: SharingReport = { reps: [], revoked: [], sheetsCalls: 0, driveCalls: 0 };
  // The copies as the store has them, as JSON, and how many were written since.
  let recorded = JSON.stringify(copies);
  let unrecorded = 0;
  /** Records the copies as they are, unless the store has them so already. */
  const record = async () => {
    const now = JSON.stringify(copies);
    if (now !== recorded) await deps.store.saveSharedCopies(copies);
    recorded = now;
    unrecorded = 0;
  };
  const write = async (
    key: string,
    copyTitle: string,
    tabs: OutputTab[],
    readers: string[],
    charts?: Parameters<typeof writeCopy>[1]['charts'],
  ) => {
    const before = copies[key];
    const digest = digestOf(tabs);
    let spreadsheetId = before?.spreadsheetId;
    if (!before || before.digest !== digest || charts) {
      const written = await writeCopy(
        deps.sheets,
        {
          spreadsheetId,
          title: copyTitle,
          locale: report.locale,
          timeZone: settings.timezone,
          tabs,
          ...(charts ? { charts } : {}),
          // A copy just made is kept with no reader and no digest, so a later run finishes it.
          onCreated: (id) => (copies[key] = { spreadsheetId: id, readers: [], digest: '' }),
        },
        deps.retry,
      );
      spreadsheetId = written.spreadsheetId;
      out.sheetsCalls += written.calls;
      // Kept at once, with the readers it had: a copy made is never forgotten if what follows fails.
      copies[key] = {
        spreadsheetId,
        readers: before?.spreadsheetId === spreadsheetId ? before.readers : [],
        digest,
      };
      unrecorded += 1;
    }
    if (!spreadsheetId) throw new Error(`No spreadsheet for ${key}`);
    if (!before || before.spreadsheetId !== spreadsheetId || before.readers.join() !== readers.join()) {
      out.driveCalls += (await syncReaders(deps.drive, spreadsheetId, readers, deps.retry)).calls;
    }
    copies[key] = { spreadsheetId, readers, digest };
    if (unrecorded >= RECORD_EVERY) await record();
    return spreadsheetId;
  };

  try {
    // The leadership copy: made once anyone is to read it, kept up to date (and its readers exact) after.
    const leaders = parseEmails(settings.leadership_emails);
    const leadershipTabs = outputsOnly(report.outputs);
    if (leaders.length > 0 || copies.leadership) {
      const summary = leadershipSummary(report.results);
      const id = await write(
        'leadership',
        zh ? `${title}（管理层）` : `${title} (leadership)`,
        leadershipTabs,
        leaders,
        (sheetIdOf) => {
          const sheetId = sheetIdOf(leadershipSpec.id);
          return sheetId === undefined ? [] : leadershipCharts(sheetId, summary, report.locale);
        },
      );
      out.leadership = { spreadsheetId: id, readers: leaders };
    }

    // Rep copies.
    const sources = REP_TABS.map((spec) => ({ spec, tab: report.outputs.find((t) => t.id === spec.id) }));
    const current = new Set<string>();
    if (settings.rep_statements) {
      for (const rep of reps) {
        const email = parseEmails(rep.email)[0];
        const left =
          rep.leave_date !== undefined &&
          rep.leave_date !== null &&
          String(rep.leave_date) < report.results.as_of;
        if (!email || left) continue;
        current.add(`rep:${rep.rep_id}`);
        const tabs = sources.flatMap(({ spec, tab }) =>
          tab ? [repOnlyTab(tab, spec, rep.rep_id, report.locale)] : [],
        );
        const id = await write(
          `rep:${rep.rep_id}`,
          zh ? `${rep.name} 的绩效与工资单` : `${rep.name}: scorecard and statements`,
          tabs,
          [email],
        );
        out.reps.push({ rep_id: rep.rep_id, spreadsheetId: id, readers: [email] });
      }
    }
    // Everyone else's copy is closed: nobody reads it any more (the file is kept, for the records).
    for (const [key, copy] of Object.entries(copies)) {
      if (!key.startsWith('rep:') || current.has(key) || copy.readers.length === 0) continue;
      out.driveCalls += (await syncReaders(deps.drive, copy.spreadsheetId, [], deps.retry)).calls;
      copies[key] = { ...copy, readers: [] };
      out.revoked.push(key.slice(4));
    }
  } finally {
    // What was shared is recorded even when a later copy failed, so the next run does not make it again.
    await record();
  }
  return out;
}

export type { SharedCopy };
