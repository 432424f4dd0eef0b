/**
 * Closed periods (SPEC section 8): a closed month's statements are frozen as they were when the month
 * was first seen closed. A later edit that changes a frozen statement leaves it as it is; the
 * difference goes, as one `prior_period` line per rep and month, into the first open month after it,
 * naming the month and the lines that changed. What earlier prior-period lines (in months since
 * closed) already carried is not carried again.
 *
 * @example
 * // 2026-04 closed with R1's total 1,000.00; a deal edited later makes it 1,150.00:
 * // 2026-04 still shows 1,000.00, 2026-05 gets `prior_period` +150.00 (period 2026-04, commission).
 */
import type { Decimal } from 'decimal.js';
import { Dec, ZERO, roundHalfUp } from '../money.js';
import type { Period } from '../periods.js';
import type { Line, SourceRow, Statement } from './statements.js';
import { pushTo } from '../lists.js';

/** What the store keeps of a closed month. */
export interface FrozenMonth {
  period: Period;
  /** ISO UTC, and the run that froze it. */
  frozen_at: string;
  run_id: string;
  /** The month's statements, as `encodeFrozen` writes them. */
  statements: unknown[];
  /** The month's scorecards as JSON (SPEC section 10). */
  scorecards: unknown[];
}

export interface CloseOutcome {
  /** The statements to report: frozen for closed months, with prior-period lines added to open ones. */
  statements: Statement[];
  /** Months closed for the first time in this run: to be frozen. */
  toFreeze: { period: Period; statements: Statement[] }[];
  /** Months that were frozen and are open again: to be unfrozen (and logged). */
  reopened: Period[];
  /** Every prior-period line added, for the record. */
  carried: { period: Period; into: Period; rep: string; amount: Decimal; cause: string }[];
}

/** A statement as plain JSON, decimals as `{ "$dec": "…" }`, so it reads back exactly. */
export function encodeFrozen(value: unknown): unknown {
  if (
    value instanceof Dec ||
    (value !== null && typeof value === 'object' && value.constructor?.name === 'Decimal')
  )
    return { $dec: (value as Decimal).toString() };
  if (Array.isArray(value)) return value.map(encodeFrozen);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, encodeFrozen(v)]),
    );
  return value;
}

export function decodeFrozen<T>(value: unknown): T {
  if (Array.isArray(value)) return value.map((v) => decodeFrozen(v)) as T;
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    if (typeof obj.$dec === 'string' && Object.keys(obj).length === 1) return new Dec(obj.$dec) as T;
    return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, decodeFrozen(v)])) as T;
  }
  return value as T;
}

const repKey = (rep: string) => rep.toLowerCase();

/** Per kind, the sum of a statement's lines (prior-period lines left out). */
function byKind(lines: readonly Line[]): Map<string, Decimal> {
  const sums = new Map<string, Decimal>();
  for (const l of lines)
    if (l.kind !== 'prior_period') sums.set(l.kind, (sums.get(l.kind) ?? ZERO).add(l.amount));
  return sums;
}

/** "commission 1000.00 → 1150.00; reward 0.00 → 50.00": the kinds whose amounts changed. */
function causeOf(
  frozen: Statement | undefined,
  fresh: Statement | undefined,
): { cause: string; source: SourceRow[] } {
  const before = byKind(frozen?.lines ?? []);
  const after = byKind(fresh?.lines ?? []);
  const kinds = [...new Set([...before.keys(), ...after.keys()])].sort();
  const parts: string[] = [];
  const source: SourceRow[] = [];
  for (const kind of kinds) {
    const a = before.get(kind) ?? ZERO;
    const b = after.get(kind) ?? ZERO;
    if (a.eq(b)) continue;
    parts.push(`${kind} ${roundHalfUp(a).toFixed(2)} → ${roundHalfUp(b).toFixed(2)}`);
    // The rows behind the changed lines, as they read now (a row edited in place keeps its number).
    const seen = new Set<string>();
    for (const l of [...(fresh?.lines ?? []), ...(frozen?.lines ?? [])]) {
      if (l.kind !== kind) continue;
      for (const r of l.source)
        if (!seen.has(`${r.tab}:${r.row}`) && seen.add(`${r.tab}:${r.row}`)) source.push(r);
    }
  }
  return { cause: parts.join('; '), source };
}

/**
 * Applies closed months to freshly computed statements. `months` are the months reported, in
 * order; `closed` the months the `Periods` tab marks closed; `frozen` what the store holds.
 */
export function applyPeriodClose(
  fresh: readonly Statement[],
  months: readonly Period[],
  closed: ReadonlySet<Period>,
  frozen: readonly FrozenMonth[],
): CloseOutcome {
  const frozenBy = new Map(
    frozen.map((f) => [f.period, f.statements.map((s) => decodeFrozen<Statement>(s))]),
  );
  const reopened = [...frozenBy.keys()].filter((p) => !closed.has(p)).sort();
  for (const p of reopened) frozenBy.delete(p);
  const freshBy = new Map<Period, Statement[]>();
  for (const s of fresh) pushTo(freshBy, s.period, s);

  const toFreeze = months
    .filter((m) => closed.has(m) && !frozenBy.has(m))
    .map((period) => ({ period, statements: freshBy.get(period) ?? [] }));
  for (const f of toFreeze) frozenBy.set(f.period, f.statements);

  // Kept per month: frozen for closed months, fresh for the others.
  const kept = new Map<Period, Statement[]>();
  for (const m of new Set([...freshBy.keys(), ...frozenBy.keys()]))
    kept.set(m, frozenBy.get(m) ?? freshBy.get(m) ?? []);

  // What prior-period lines in frozen months already carried, per source month and rep.
  const alreadyCarried = new Map<string, Decimal>();
  const carriedFrom = new Set<string>();
  for (const list of frozenBy.values()) {
    for (const s of list) {
      for (const l of s.lines) {
        if (l.kind !== 'prior_period') continue;
        const k = `${String(l.detail.period)}\u0000${repKey(s.rep)}`;
        alreadyCarried.set(k, (alreadyCarried.get(k) ?? ZERO).add(l.amount));
        carriedFrom.add(String(l.detail.period));
      }
    }
  }

  const carried: CloseOutcome['carried'] = [];
  const added = new Map<string, Line[]>();
  const openMonths = months.filter((m) => !closed.has(m));
  for (const period of [...frozenBy.keys()].sort()) {
    const into = openMonths.find((m) => m > period);
    if (into === undefined) continue;
    // A month frozen in this run holds the fresh statements themselves: unless earlier prior-period
    // lines carried something from it, every rep's difference is zero, so no rep is looked at.
    if (frozenBy.get(period) === freshBy.get(period) && !carriedFrom.has(period)) continue;
    const frozenReps = new Map((frozenBy.get(period) ?? []).map((s) => [repKey(s.rep), s]));
    const freshReps = new Map((freshBy.get(period) ?? []).map((s) => [repKey(s.rep), s]));
    for (const rep of [...new Set([...frozenReps.keys(), ...freshReps.keys()])].sort()) {
      const was = frozenReps.get(rep);
      const now = freshReps.get(rep);
      const delta = (now?.total ?? ZERO)
        .sub(was?.total ?? ZERO)
        .sub(alreadyCarried.get(`${period}\u0000${rep}`) ?? ZERO);
      if (delta.isZero()) continue;
      const { cause, source } = causeOf(was, now);
      const key = `${into}\u0000${rep}`;
      added.set(key, [
        ...(added.get(key) ?? []),
        {
          kind: 'prior_period',
          amount: roundHalfUp(delta),
          source,
          detail: {
            period,
            cause,
            frozen_total: roundHalfUp(was?.total ?? ZERO).toFixed(2),
            now_total: roundHalfUp(now?.total ?? ZERO).toFixed(2),
          },
        },
      ]);
      carried.push({ period, into, rep: (now ?? was)!.rep, amount: roundHalfUp(delta), cause });
    }
  }

  const statements: Statement[] = [];
  const used = new Set<string>();
  for (const [period, list] of kept) {
    // Nothing carried (most runs): no statement needs its key made and looked up.
    if (added.size === 0) {
      for (let i = 0; i < list.length; i++) statements.push(list[i]!);
      continue;
    }
    for (const s of list) {
      const key = `${period}\u0000${repKey(s.rep)}`;
      const extra = added.get(key);
      if (!extra) {
        statements.push(s);
        continue;
      }
      used.add(key);
      statements.push({
        ...s,
        lines: [...s.lines, ...extra],
        total: extra.reduce((t, l) => t.add(l.amount), s.total),
      });
    }
  }
  // A rep with no statement in the open month (left since) still gets the adjustment.
  for (const [key, lines] of added) {
    if (used.has(key)) continue;
    const [period] = key.split('\u0000') as [Period];
    const sample = carried.find((c) => c.into === period && `${period}\u0000${repKey(c.rep)}` === key)!;
    const basis = [...frozenBy.values(), ...freshBy.values()]
      .flat()
      .find((s) => repKey(s.rep) === repKey(sample.rep));
    statements.push({
      period,
      rep: sample.rep,
      name: basis?.name ?? sample.rep,
      ...(basis?.team !== undefined ? { team: basis.team } : {}),
      revenue: ZERO,
      tier: null,
      drawBalance: ZERO,
      lines,
      total: lines.reduce((t, l) => t.add(l.amount), ZERO),
    });
  }
  return { statements, toFreeze, reopened, carried };
}
