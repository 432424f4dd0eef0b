/**
 * Closing a month on the local path: an .xlsx workbook is recalculated, a month is closed in
 * `Periods`, a deal in it is edited, and the next run leaves the closed month's statements as they
 * were and carries the difference into the next open month as a prior-period adjustment.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, test } from 'vitest';
import type { PayoutJson } from '../functions/src/run/payout-results.js';
import { salesperf } from './support/cli.js';
import { tempDir } from './support/files.js';

const AS_OF = '2026-05-15';
let file: string;

async function recalc(): Promise<{ payouts: PayoutJson[] }> {
  const run = await salesperf(['recalc', '--workbook', file, '--as-of', AS_OF, '--json']);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as { payouts: PayoutJson[] };
}

async function edit(change: (book: ExcelJS.Workbook) => void): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  change(book);
  await book.xlsx.writeFile(file);
}

/** Sets a month's status in `Periods` (the demo lists every month), adding the row if missing. */
async function setPeriod(period: string, status: 'open' | 'closed'): Promise<void> {
  await edit((book) => {
    const sheet = book.getWorksheet('Periods')!;
    let found = false;
    sheet.eachRow((row) => {
      const v = row.getCell(1).value;
      const text = v instanceof Date ? v.toISOString().slice(0, 7) : String(v ?? '');
      if (text === period) {
        row.getCell(2).value = status;
        found = true;
      }
    });
    if (!found) sheet.addRow([period, status]);
  });
}

const statement = (list: PayoutJson[], period: string, rep: string) =>
  list.find((p) => p.period === period && p.rep_id === rep);

beforeAll(async () => {
  file = path.join(await tempDir(), 'book.xlsx');
  const init = await salesperf(['init', '--out', file, '--demo', '--locale', 'en']);
  expect(init.code, init.stderr).toBe(0);
}, 60_000);

describe('closing a month on the command line', () => {
  test('given April closed, when an April deal is edited, then April stays as frozen and May carries the difference', async () => {
    const before = await recalc();
    await setPeriod('2026-04', 'closed');
    const closed = await recalc();
    expect(closed.payouts.filter((p) => p.period === '2026-04')).toEqual(
      before.payouts.filter((p) => p.period === '2026-04'),
    );

    // The first April deal with an amount is doubled.
    let rep = '';
    let added = 0;
    await edit((book) => {
      const sheet = book.getWorksheet('Activity')!;
      const header = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
      const col = (name: string) => header.indexOf(name);
      for (let r = 2; r <= sheet.rowCount; r++) {
        const row = sheet.getRow(r);
        const day = row.getCell(col('date')).value;
        const iso = day instanceof Date ? day.toISOString().slice(0, 10) : String(day);
        const amount = Number(row.getCell(col('amount')).value);
        if (row.getCell(col('type')).value === 'deal' && iso.startsWith('2026-04') && amount > 0) {
          rep = String(row.getCell(col('rep_id')).value);
          added = amount;
          row.getCell(col('amount')).value = amount * 2;
          return;
        }
      }
    });
    expect(rep).not.toBe('');
    const after = await recalc();

    // April is exactly as frozen; the fresh April would have paid more commission.
    expect(after.payouts.filter((p) => p.period === '2026-04')).toEqual(
      closed.payouts.filter((p) => p.period === '2026-04'),
    );
    const may = statement(after.payouts, '2026-05', rep)!;
    const lines = may.lines.filter((l) => l.kind === 'prior_period');
    expect(lines).toHaveLength(1);
    expect(lines[0]!.amount).toBeGreaterThan(0);
    expect(lines[0]!.amount).toBeLessThanOrEqual(added);
    expect(lines[0]!.source.some((s) => s.tab === 'Activity')).toBe(true);
    const mayBefore = statement(closed.payouts, '2026-05', rep)!;
    expect(may.total).toBeCloseTo(mayBefore.total + lines[0]!.amount, 2);
    // No other rep's pay moved, and only that one line was added.
    const othersBefore = closed.payouts.filter((p) => p.rep_id !== rep);
    expect(after.payouts.filter((p) => p.rep_id !== rep)).toEqual(othersBefore);

    // Running again changes nothing: the adjustment is not added twice.
    const again = await recalc();
    expect(again.payouts).toEqual(after.payouts);

    // The Change Log names the edited cell and the close.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const log: string[] = [];
    book
      .getWorksheet('Change Log')!
      .eachRow((row) => log.push((row.values as unknown[]).map((v) => String(v ?? '')).join('|')));
    expect(log.some((l) => l.includes('Periods') && l.includes('2026-04') && l.includes('closed'))).toBe(
      true,
    );
    expect(log.some((l) => l.includes('Activity') && l.includes(String(added * 2)))).toBe(true);

    // Reopening April releases the frozen statements: April is computed afresh, May loses the line.
    await setPeriod('2026-04', 'open');
    const reopened = await recalc();
    expect(statement(reopened.payouts, '2026-05', rep)!.lines.some((l) => l.kind === 'prior_period')).toBe(
      false,
    );
    expect(statement(reopened.payouts, '2026-04', rep)!.total).toBeGreaterThan(
      statement(closed.payouts, '2026-04', rep)!.total,
    );
  }, 240_000);
});
