/**
 * The alternative managers use today: a formula workbook with SUMIFS/COUNTIFS per rep and month, in
 * HyperFormula. Builds the Activity sheet and a Summary sheet (monthly deal revenue and visits for every
 * rep), lets HyperFormula compute it, and prints the time and a checksum as one JSON line.
 * Usage: node formula-child.js REPS ROWS
 */
import { HyperFormula } from 'hyperformula';
import { summaryMonths } from './same-figures.js';
import { benchWorkbook } from './workbook.js';

const [repsText = '200', rowsText = '20000'] = process.argv.slice(2);
const { rows } = benchWorkbook(Number(repsText), Number(rowsText));
const DAY_MS = 86_400_000;
const serial = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS + 25_569;

const activity: (string | number)[][] = [['date', 'rep_id', 'type', 'amount']];
for (const a of rows.Activity ?? [])
  activity.push([
    serial(String(a.date)),
    String(a.rep_id),
    String(a.type),
    typeof a.amount === 'number' ? a.amount : 0,
  ]);
const n = activity.length;
const months = summaryMonths();
const monthEnd = (start: string) => {
  const d = new Date(`${start}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString().slice(0, 10);
};
const reps = (rows.Reps ?? []).map((r) => String(r.rep_id));
const summary: (string | number)[][] = [
  ['rep_id', ...months.flatMap((m) => [`revenue ${m}`, `visits ${m}`])],
];
const range = (col: string) => `Activity!$${col}$2:$${col}$${n}`;
reps.forEach((rep, i) => {
  const row = i + 2;
  const cells: (string | number)[] = [rep];
  for (const m of months) {
    const between = `${range('A')},">="&${serial(m)},${range('A')},"<"&${serial(monthEnd(m))}`;
    cells.push(`=SUMIFS(${range('D')},${range('B')},$A${row},${range('C')},"deal",${between})`);
    cells.push(`=COUNTIFS(${range('B')},$A${row},${range('C')},"visit",${between})`);
  }
  summary.push(cells);
});

const t0 = performance.now();
const hf = HyperFormula.buildFromSheets({ Activity: activity, Summary: summary }, { licenseKey: 'gpl-v3' });
const values = hf.getSheetValues(hf.getSheetId('Summary') ?? 0);
const ms = performance.now() - t0;
let checksum = 0;
for (const row of values.slice(1)) for (const v of row.slice(1)) checksum += typeof v === 'number' ? v : 0;
process.stdout.write(
  `${JSON.stringify({ ms, formulas: reps.length * months.length * 2, activityRows: n - 1, checksum, maxRssKb: process.resourceUsage().maxRSS })}\n`,
);
