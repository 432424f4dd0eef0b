/**
 * The workbook port over a folder of CSV files, one `<Tab>.csv` per tab (UTF-8, header row first).
 * Output tabs are written to temporary files first and renamed into place together, so a failure
 * while writing leaves every previous output file as it was.
 */
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { normaliseName } from './names.js';
import type { OutputTab, RawTab, WorkbookPort } from './port.js';

const CSV = '.csv';

export class CsvFolderWorkbook implements WorkbookPort {
  constructor(readonly location: string) {}

  private async csvFiles(): Promise<string[]> {
    const names = await readdir(this.location);
    return names.filter((n) => n.toLowerCase().endsWith(CSV) && !n.startsWith('.')).sort();
  }

  async read(): Promise<RawTab[]> {
    const files = await this.csvFiles();
    return Promise.all(
      files.map(async (name) => {
        const text = await readFile(path.join(this.location, name), 'utf8');
        const rows = parse(text, {
          bom: true,
          relax_column_count: true,
          skip_empty_lines: false,
        }) as string[][];
        return { title: name.slice(0, -CSV.length), rows };
      }),
    );
  }

  async writeOutputs(tabs: readonly OutputTab[]): Promise<void> {
    const staged: { temporary: string; target: string }[] = [];
    try {
      for (const tab of tabs) {
        const target = path.join(this.location, `${tab.title}${CSV}`);
        const temporary = path.join(this.location, `.${tab.title}${CSV}.tmp-${process.pid}`);
        const rows = tab.rows.map((cells) => cells.map((c) => c.value ?? ''));
        await writeFile(temporary, `\uFEFF${stringify(rows)}`, { flush: true });
        staged.push({ temporary, target });
      }
    } catch (error) {
      await Promise.all(staged.map((s) => rm(s.temporary, { force: true })));
      throw error;
    }
    // Every file is written; now swap them in, and drop copies under another language's title.
    for (const s of staged) await rename(s.temporary, s.target);
    const current = new Set(tabs.map((t) => `${t.title}${CSV}`));
    const aliases = new Set(tabs.flatMap((t) => t.aliases.map(normaliseName)));
    for (const name of await this.csvFiles()) {
      if (!current.has(name) && aliases.has(normaliseName(name.slice(0, -CSV.length)))) {
        await rm(path.join(this.location, name), { force: true });
      }
    }
  }
}
