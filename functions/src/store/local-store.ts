/**
 * The embedded default store: a folder beside the workbook (`book.xlsx` → `book.xlsx.salesperf/`),
 * one JSON file per run, each written to a temporary name and renamed into place. No server.
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  runRecordSchema,
  type ChangeEntry,
  type FrozenMonthRecord,
  type HistoryKeeper,
  type KeptTab,
  type ReportedEdit,
  type RunRecord,
  type RunStore,
  type TabSnapshot,
} from './port.js';
import { decodeCell, tabJson } from './snapshot-chunks.js';
import type { SharedCopy } from './port.js';

/** Writes a file whole: a temporary name, then renamed into place. */
async function writeWhole(target: string, text: string): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  const temporary = `${target}.tmp-${process.pid}`;
  await writeFile(temporary, text, { flush: true });
  await rename(temporary, target);
}

async function namesIn(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The store folder of a workbook path. */
export function storeFolderOf(workbookPath: string): string {
  return `${path.resolve(workbookPath).replace(/[\\/]+$/, '')}.salesperf`;
}

export class LocalRunStore implements RunStore, HistoryKeeper {
  private readonly runsDir: string;

  constructor(readonly folder: string) {
    this.runsDir = path.join(folder, 'runs');
  }

  async recordRun(run: RunRecord): Promise<void> {
    await mkdir(this.runsDir, { recursive: true });
    const name = `${run.started_at.replace(/[:.]/g, '-')}-${run.id}.json`;
    const target = path.join(this.runsDir, name);
    const temporary = `${target}.tmp-${process.pid}`;
    await writeFile(temporary, `${JSON.stringify(run, null, 2)}\n`, { flush: true });
    await rename(temporary, target);
  }

  async recentRuns(limit: number): Promise<RunRecord[]> {
    let names: string[];
    try {
      names = await readdir(this.runsDir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const latest = names
      .filter((n) => n.endsWith('.json'))
      .sort()
      .reverse()
      .slice(0, limit);
    const runs = await Promise.all(
      latest.map(async (n) =>
        runRecordSchema.safeParse(JSON.parse(await readFile(path.join(this.runsDir, n), 'utf8'))),
      ),
    );
    return runs.flatMap((r) => (r.success ? [r.data as RunRecord] : []));
  }

  // Input tabs by hash (`inputs/`), the change log (`changes/`, one file per run) and closed months
  // (`frozen/`, one file per month).

  private inputFile(tab: string, hash: string): string {
    return path.join(this.folder, 'inputs', `${tab}~${hash}.json`);
  }

  async keepInputs(_runId: string, tabs: readonly TabSnapshot[]): Promise<{ written: number }> {
    const kept = new Set(await namesIn(path.join(this.folder, 'inputs')));
    let written = 0;
    for (const t of tabs) {
      if (kept.has(path.basename(this.inputFile(t.tab, t.hash)))) continue;
      await writeWhole(this.inputFile(t.tab, t.hash), tabJson(t.chunks));
      written += 1;
    }
    return { written };
  }

  /** A tab is kept whole in one file: it is one chunk, read when asked for. */
  async keptInputs(hashes: Readonly<Record<string, string>>): Promise<Map<string, KeptTab>> {
    const kept = new Map<string, KeptTab>();
    for (const [tab, hash] of Object.entries(hashes)) {
      const json = (await readJson(this.inputFile(tab, hash))) as
        Parameters<typeof decodeCell>[0][][] | undefined;
      if (json)
        kept.set(tab, {
          chunks: [{ id: `${tab}~${hash}`, rows: json.length }],
          rowsOf: () => Promise.resolve(json.map((r) => r.map(decodeCell))),
        });
    }
    return kept;
  }

  async appendChanges(key: string, entries: readonly ChangeEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await writeWhole(path.join(this.folder, 'changes', `${key}.json`), `${JSON.stringify(entries)}\n`);
  }

  async recentChanges(limit: number): Promise<ChangeEntry[]> {
    const dir = path.join(this.folder, 'changes');
    const names = (await namesIn(dir)).filter((n) => n.endsWith('.json'));
    const all = (
      await Promise.all(
        names.map(async (n) => ((await readJson(path.join(dir, n))) as ChangeEntry[] | undefined) ?? []),
      )
    ).flat();
    // Newest run first; a run's own entries keep their order.
    return all
      .map((e, i) => ({ e, i }))
      .sort((a, b) => b.e.at.localeCompare(a.e.at) || a.i - b.i)
      .slice(0, limit)
      .map(({ e }) => e);
  }

  editsSince(): Promise<ReportedEdit[]> {
    // A workbook on disk reports no edits: who changed a cell is not known.
    return Promise.resolve([]);
  }

  async frozenMonths(): Promise<FrozenMonthRecord[]> {
    const dir = path.join(this.folder, 'frozen');
    const names = (await namesIn(dir)).filter((n) => n.endsWith('.json')).sort();
    return (await Promise.all(names.map((n) => readJson(path.join(dir, n))))).filter(
      (m): m is FrozenMonthRecord => m !== undefined,
    );
  }

  async freezeMonth(month: FrozenMonthRecord): Promise<void> {
    const file = path.join(this.folder, 'frozen', `${month.period}.json`);
    if ((await readJson(file)) !== undefined) return;
    await writeWhole(file, `${JSON.stringify(month)}\n`);
  }

  async unfreezeMonth(period: string): Promise<void> {
    await rm(path.join(this.folder, 'frozen', `${period}.json`), { force: true });
  }

  // Sharing (port.ts `SharingStore`): one JSON file of copies beside the runs.
  async sharedCopies(): Promise<Record<string, SharedCopy>> {
    return ((await readJson(path.join(this.folder, 'sharing.json'))) ?? {}) as Record<string, SharedCopy>;
  }

  async saveSharedCopies(copies: Readonly<Record<string, SharedCopy>>): Promise<void> {
    await writeWhole(path.join(this.folder, 'sharing.json'), `${JSON.stringify(copies, null, 2)}\n`);
  }
}
