/**
 * History around a run (SPEC section 8): which input cells changed since the last completed run and
 * who edited them, the `Change Log` tab, and closed months (frozen statements, prior-period lines,
 * reopening). The orchestrator calls `loadHistory` as a run starts and `keepHistory` after writing.
 */
import { changeLog as spec } from '../../../sheets-templates/index.js';
import { applyPeriodClose, encodeFrozen, type CloseOutcome } from '../domain/payouts/period-close.js';
import type { Period } from '../domain/periods.js';
import { compareText, layoutTab } from '../outputs/layout.js';
import type {
  ChangeEntry,
  FrozenMonthRecord,
  HistoryKeeper,
  KeptTab,
  ReportedEdit,
  RunRecord,
  TabSnapshot,
} from '../store/port.js';
import { isHistoryKeeper } from '../store/port.js';
import { chunkCells, chunkRows, rowJson } from '../store/snapshot-chunks.js';
import { columnLetters, parseA1 } from '../workbook/a1.js';
import type { Inputs } from '../workbook/ingest.js';
import type { Locale } from '../workbook/messages.js';
import { matchTab } from '../workbook/names.js';
import type { OutputTab, RawCell, RawTab } from '../workbook/port.js';
import type { Statement } from '../domain/payouts/statements.js';
import { holdsNotes, localNote, NOTES } from './change-notes.js';
import { payoutJson, type PayoutJson, type PayoutResults } from './payout-results.js';
import type { ScorecardJson } from './scorecard-results.js';

export const CHANGE_LOG_LENGTH = 500;

const text = (cell: RawCell | undefined): string =>
  cell === null || cell === undefined
    ? ''
    : cell instanceof Date
      ? cell.toISOString().slice(0, 10)
      : String(cell);

/**
 * The input tabs a run read, under the hashes it recorded (the first tab of each id), their rows made
 * into chunks. A tab still as the last completed run read it (`unchanged`, its hashes) is left out: that
 * run kept it, and no cell of it changed.
 */
export function inputSnapshots(
  tabs: readonly RawTab[],
  hashes: Readonly<Record<string, string>>,
  unchanged: Readonly<Record<string, string>> = {},
): TabSnapshot[] {
  const seen = new Set<string>();
  const out: TabSnapshot[] = [];
  for (const tab of tabs) {
    const match = matchTab(tab.title);
    if (match.kind !== 'input' || seen.has(match.spec.id)) continue;
    seen.add(match.spec.id);
    const hash = hashes[match.spec.id];
    if (hash && unchanged[match.spec.id] !== hash)
      out.push({
        tab: match.spec.id,
        title: tab.title,
        hash,
        rowCount: tab.rows.length,
        chunks: chunkRows(tab.rows),
      });
  }
  return out;
}

/** A cell that differs between two readings of a tab; `row` and `column` count from 0. */
export interface CellChange {
  cell: string;
  row: number;
  column: number;
  before: string;
  after: string;
}

/**
 * Changed cells listed per tab and run; past it a tab's changed cells are counted, not listed. A row
 * inserted or deleted near the top of a log moves every row below it: at a million rows that is ten
 * million changed cells, which listed took more memory than a run has.
 */
export const CHANGED_CELLS_LISTED = 2000;

/** The changed cells of a tab: the first ones listed, with how many more there are. */
export interface CellChanges {
  cells: CellChange[];
  more: number;
}

/**
 * Adds the cells of a tab that differ between two readings to `found`, row by row (a row whose content
 * is unchanged is skipped by its text), for rows from `firstRow` of the tab on, listing no more than
 * `listed` and counting the rest.
 */
function addCellChanges(
  before: readonly (readonly RawCell[])[],
  after: readonly (readonly RawCell[])[],
  firstRow: number,
  found: CellChanges,
  listed: number,
): void {
  for (let r = 0; r < Math.max(before.length, after.length); r++) {
    const a = before[r] ?? [];
    const b = after[r] ?? [];
    if (rowJson(a) === rowJson(b)) continue;
    const row = firstRow + r;
    for (let c = 0; c < Math.max(a.length, b.length); c++) {
      const x = text(a[c]);
      const y = text(b[c]);
      if (x === y) continue;
      if (found.cells.length < listed)
        found.cells.push({ cell: `${columnLetters(c)}${row + 1}`, row, column: c, before: x, after: y });
      else found.more += 1;
    }
  }
}

/**
 * The cells of a tab that differ from the reading a store kept, chunk by chunk: a chunk kept under the
 * same id at the same row holds the same rows and is passed over, so a one-cell edit of a million-row
 * log reads and compares one chunk of each side. Kept chunks are read as the rows they hold are
 * reached and let go once passed. The first `listed` cells are listed, the rest counted. Undefined
 * when a chunk it needs is no longer kept.
 */
export async function changedCells(
  kept: KeptTab,
  tab: TabSnapshot,
  listed = CHANGED_CELLS_LISTED,
): Promise<CellChanges | undefined> {
  const starts: number[] = [];
  let keptRows = 0;
  for (const c of kept.chunks) {
    starts.push(keptRows);
    keptRows += c.rows;
  }
  const same = new Set(kept.chunks.map((c, k) => `${starts[k]}:${c.id}`));
  const read = new Map<number, RawCell[][]>();
  /** The kept rows from `from` up to `to`, or undefined when a chunk holding them is gone. */
  const rowsBetween = async (from: number, to: number): Promise<RawCell[][] | undefined> => {
    const rows: RawCell[][] = [];
    for (let k = 0; k < kept.chunks.length && starts[k]! < to; k++) {
      const start = starts[k]!;
      const end = start + kept.chunks[k]!.rows;
      if (end <= from) {
        read.delete(k);
        continue;
      }
      let chunk = read.get(k);
      if (chunk === undefined) {
        chunk = await kept.rowsOf(k);
        if (chunk === undefined) return undefined;
        read.set(k, chunk);
      }
      for (let r = Math.max(start, from); r < Math.min(end, to); r++) rows.push(chunk[r - start] ?? []);
    }
    return rows;
  };
  const found: CellChanges = { cells: [], more: 0 };
  let start = 0;
  for (const c of tab.chunks) {
    if (!same.has(`${start}:${c.id}`)) {
      const before = await rowsBetween(start, start + c.rows);
      if (before === undefined) return undefined;
      addCellChanges(before, chunkCells(c.rowsJson), start, found, listed);
    }
    start += c.rows;
  }
  if (keptRows > start) {
    // Rows taken off the bottom of the tab.
    const before = await rowsBetween(start, keptRows);
    if (before === undefined) return undefined;
    addCellChanges(before, [], start, found, listed);
  }
  return found;
}

/** The latest reported editor of a cell of a tab (by its title), or ''. */
function editorOf(edits: readonly ReportedEdit[], title: string, row: number, column: number): string {
  for (let i = edits.length - 1; i >= 0; i--) {
    const e = edits[i]!;
    if (e.sheet !== title) continue;
    try {
      const r = parseA1(e.range);
      const inRows = (r.startRow ?? 0) <= row && row < (r.endRow ?? Infinity);
      const inColumns = (r.startColumn ?? 0) <= column && column < (r.endColumn ?? Infinity);
      if (inRows && inColumns) return e.user;
    } catch {
      // A range we cannot read names no cell.
    }
  }
  return '';
}

export interface HistoryContext {
  keeper: HistoryKeeper;
  /**
   * The closed months' frozen statements and scorecards, being read: the read starts with the run and
   * goes on while the workbook is read and checked (both wait on the network), and is awaited before
   * computing.
   */
  frozen: Promise<FrozenMonthRecord[]>;
  /** The last completed run, whose inputs the changes are counted against. */
  previous: RunRecord | undefined;
}

/** What the store holds for this run, when it keeps history (both stores do); its closed months are read meanwhile. */
export function loadHistory(store: unknown, recent: readonly RunRecord[]): HistoryContext | undefined {
  if (!isHistoryKeeper(store)) return undefined;
  const frozen = store.frozenMonths();
  // A run that stops before computing (its workbook unreadable, or a check that stops it) never awaits
  // the months: their failure is then not the run's, and must not surface as an unhandled rejection.
  frozen.catch(() => undefined);
  return { keeper: store, frozen, previous: recent.find((r) => r.outcome === 'completed') };
}

/** The months the `Periods` tab marks closed (quarters and years close their months). */
export function closedMonths(inputs: Inputs): Set<Period> {
  const closed = new Set<Period>();
  for (const p of inputs.periods) {
    if (p.status !== 'closed') continue;
    const period = String(p.period);
    if (/^\d{4}-\d{2}$/.test(period)) closed.add(period);
  }
  return closed;
}

export interface ClosedPay extends PayoutResults {
  close: CloseOutcome;
}

/** Pay with closed months frozen and prior-period lines added; scorecards of closed months as frozen. */
export function closePay(
  pay: PayoutResults,
  months: readonly Period[],
  inputs: Inputs,
  frozen: readonly FrozenMonthRecord[],
  scorecards: ScorecardJson[],
): { pay: ClosedPay; scorecards: ScorecardJson[] } {
  const closed = closedMonths(inputs);
  if (closed.size === 0 && frozen.length === 0)
    return {
      pay: { ...pay, close: { statements: pay.statements, toFreeze: [], reopened: [], carried: [] } },
      scorecards,
    };
  const close = applyPeriodClose(pay.statements, months, closed, frozen);
  const order = (a: { period: string; rep: string }, b: { period: string; rep: string }) =>
    compareText(a.period, b.period) || compareText(a.rep, b.rep);
  const statements = [...close.statements].sort(order);
  const frozenCards = new Map(
    frozen.filter((f) => closed.has(f.period)).map((f) => [f.period, f.scorecards as ScorecardJson[]]),
  );
  // With no frozen scorecards the fresh ones stand as they are, already in their order.
  const cards =
    frozenCards.size === 0
      ? scorecards
      : inScorecardOrder(
          [...scorecards.filter((s) => !frozenCards.has(s.period)), ...[...frozenCards.values()].flat()],
          scorecards,
        );
  return { pay: { ...pay, statements, json: closedJson(pay, statements), close }, scorecards: cards };
}

/**
 * The JSON of the closed statements. A statement kept as computed already has its JSON in `pay` (the
 * same object at the same place in `pay.statements`): only frozen and amended statements are turned again.
 */
function closedJson(pay: PayoutResults, statements: readonly Statement[]): PayoutJson[] {
  const known = new Map<Statement, PayoutJson>();
  if (pay.json.length === pay.statements.length)
    for (let i = 0; i < pay.statements.length; i++) known.set(pay.statements[i]!, pay.json[i]!);
  return statements.map((s) => known.get(s) ?? payoutJson(s));
}

/**
 * `cards` in the order of the fresh scorecards with the same period and rep (a card with none first),
 * a stable sort. Each card's place is looked up once, not twice per comparison, and cards already in
 * order (no frozen month) are not sorted at all.
 */
function inScorecardOrder(cards: ScorecardJson[], fresh: readonly ScorecardJson[]): ScorecardJson[] {
  const keepOrder = new Map(fresh.map((s, i) => [`${s.period}\u0000${s.rep_id}`, i]));
  const place = cards.map((c) => keepOrder.get(`${c.period}\u0000${c.rep_id}`) ?? 0);
  let sorted = true;
  for (let i = 1; i < place.length && sorted; i++) sorted = place[i - 1]! <= place[i]!;
  if (sorted) return cards;
  const at = cards.map((_, i) => i).sort((a, b) => place[a]! - place[b]!);
  return at.map((i) => cards[i]!);
}

/** Freezes months closed for the first time and unfreezes reopened ones; both are logged as changes. */
export async function settlePeriods(
  ctx: HistoryContext,
  close: CloseOutcome,
  scorecards: readonly ScorecardJson[],
  run: RunRecord,
): Promise<ChangeEntry[]> {
  const entries: ChangeEntry[] = [];
  const entry = (period: string, before: string, after: string): ChangeEntry => ({
    at: run.started_at,
    at_local: run.started_at_local,
    run_id: run.id,
    tab: 'Periods',
    cell: period,
    before,
    after,
    by: '',
  });
  // Months freeze independently of one another, so they are written side by side.
  await Promise.all(
    close.toFreeze.map((f) =>
      ctx.keeper.freezeMonth({
        period: f.period,
        frozen_at: run.started_at,
        run_id: run.id,
        statements: f.statements.map(encodeFrozen),
        scorecards: scorecards.filter((s) => s.period === f.period),
      }),
    ),
  );
  for (const f of close.toFreeze) entries.push(entry(f.period, NOTES.open, NOTES.frozen));
  for (const period of close.reopened) {
    await ctx.keeper.unfreezeMonth(period);
    entries.push(entry(period, NOTES.closed, NOTES.reopened));
  }
  for (const c of close.carried)
    entries.push({
      ...entry(c.period, '', NOTES.carried(c.amount.toFixed(2), c.into, c.rep)),
      tab: 'Payouts',
      cell: `${c.period} ${c.rep}`,
    });
  return entries;
}

/** What a run's history entries are stamped with: its id and when it started. */
export type RunStamp = Pick<RunRecord, 'id' | 'started_at' | 'started_at_local'>;

/**
 * Input cells changed since the last completed run, with who edited them when the spreadsheet said,
 * stamped with the run that saw them.
 */
export async function inputChanges(
  ctx: HistoryContext,
  tabs: readonly TabSnapshot[],
  run: RunStamp,
): Promise<ChangeEntry[]> {
  const previous = ctx.previous;
  if (!previous) return [];
  const changed = tabs.filter((t) => previous.tab_hashes[t.tab] !== t.hash);
  if (changed.length === 0) return [];
  const before = await ctx.keeper.keptInputs(
    Object.fromEntries(
      changed.flatMap((t) => (previous.tab_hashes[t.tab] ? [[t.tab, previous.tab_hashes[t.tab]!]] : [])),
    ),
  );
  const edits = await ctx.keeper.editsSince(previous.started_at);
  const entries: ChangeEntry[] = [];
  for (const t of changed) {
    const base = { at: run.started_at, at_local: run.started_at_local, run_id: run.id, tab: t.tab };
    const kept = before.get(t.tab);
    const found = kept && (await changedCells(kept, t));
    if (!found) {
      entries.push({
        ...base,
        cell: '',
        before: previous.tab_hashes[t.tab] ? NOTES.notKept : NOTES.noTab,
        after: NOTES.rows(t.rowCount),
        by: '',
      });
      continue;
    }
    // Cells past those listed are one entry, first, so the Change Log shows it above the cells listed.
    if (found.more > 0)
      entries.push({
        ...base,
        cell: '',
        before: NOTES.notListed,
        after: NOTES.moreCells(found.more),
        by: '',
      });
    for (const c of found.cells)
      entries.push({
        ...base,
        cell: c.cell,
        before: c.before,
        after: c.after,
        by: editorOf(edits, t.title, c.row, c.column),
      });
  }
  return entries;
}

/** The `Change Log` tab: the latest changes, newest first, its notes in the workbook's language. */
export function changeLogTab(
  entries: readonly ChangeEntry[],
  locale: Locale,
  tabTitle: (id: string) => string,
): OutputTab {
  return layoutTab(
    spec,
    {
      changes: entries.slice(0, CHANGE_LOG_LENGTH).map((e) => ({
        at: e.at_local,
        tab: tabTitle(e.tab),
        cell: e.cell,
        before: holdsNotes(e.cell) ? localNote(e.before, locale) : e.before,
        after: holdsNotes(e.cell) ? localNote(e.after, locale) : e.after,
        by: e.by,
        run_id: e.run_id,
      })),
    },
    locale,
  );
}
