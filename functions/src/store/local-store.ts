/**
 * The embedded default store: a folder beside the workbook (`book.xlsx` → `book.xlsx.salesperf/`),
 * one JSON file per run, each written to a temporary name and renamed into place. No server.
 */
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runRecordSchema, type RunRecord, type RunStore } from './port.js';



/** The store folder of a workbook path. */
export function storeFolderOf(workbookPath: string): string {
  return `${path.resolve(workbookPath).replace(/[\\/]+$/, '')}.salesperf`;
}

export class LocalRunStore implements RunStore {
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
    const latest = names.filter((n) => n.endsWith('.json')).sort().reverse().slice(0, limit);
    const runs = await Promise.all(latest.map(async (n) => runRecordSchema.safeParse(JSON.parse(await readFile(path.join(this.runsDir, n), 'utf8')))));
    return runs.flatMap((r) => (r.success ? [r.data as RunRecord] : []));
  }
}
