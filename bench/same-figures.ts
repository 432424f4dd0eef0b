/**
 * The formula workbook's own figures, computed by the engine: monthly deal revenue and visit counts
 * per rep over the summary's twelve months, from the workbook's tabs as the engine reads them (every
 * cell of every input tab parsed and checked, then one pass over the checked activity, amounts summed
 * exactly). Prints the time and the same checksum as formula-child.js, as one JSON line.
 * Usage: node same-figures.js REPS ROWS RUNS
 */
import type { Decimal } from 'decimal.js';
import { ZERO } from '../functions/src/domain/money.js';
import { ingest } from '../functions/src/workbook/ingest.js';
import type { RawTab } from '../functions/src/workbook/port.js';
import { AS_OF, benchWorkbook, sheetGrids } from './workbook.js';

/** The first days of the twelve months up to the as-of month, `YYYY-MM-DD`. */
export function summaryMonths(): string[] {
  return Array.from({ length: 12 }, (_, m) =>
    new Date(Date.UTC(Number(AS_OF.slice(0, 4)), Number(AS_OF.slice(5, 7)) - 12 + m, 1))
      .toISOString()
      .slice(0, 10),
  );
}

function main(): void {
  const [repsText = '200', rowsText = '20000', runsText = '5'] = process.argv.slice(2);
  const raw: RawTab[] = sheetGrids(benchWorkbook(Number(repsText), Number(rowsText)).rows).map((g) => ({
    title: g.title,
    rows: g.values.map((r) => r.map((v) => (v === '' ? null : v))),
  }));
  const months = summaryMonths().map((d) => d.slice(0, 7));
  const timings: number[] = [];
  let checksum = 0;
  for (let run = 0; run < Number(runsText); run++) {
    const t0 = performance.now();
    const { inputs } = ingest(raw);
    const inSummary = new Set(months);
    const revenue = new Map<string, Decimal>();
    const visits = new Map<string, number>();
    for (const a of inputs.activity) {
      const month = a.date.slice(0, 7);
      if (!inSummary.has(month)) continue;
      const key = `${a.rep_id}\u0000${month}`;
      if (a.type === 'deal') revenue.set(key, (revenue.get(key) ?? ZERO).plus(a.amount ?? ZERO));
      else if (a.type === 'visit') visits.set(key, (visits.get(key) ?? 0) + 1);
    }
    timings.push(performance.now() - t0);
    checksum =
      [...revenue.values()].reduce((n, d) => n + d.toNumber(), 0) +
      [...visits.values()].reduce((n, v) => n + v, 0);
  }
  process.stdout.write(`${JSON.stringify({ timings, checksum })}\n`);
}

if (process.argv[1]?.endsWith('same-figures.js')) main();
