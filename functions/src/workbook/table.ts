/** Rows of one tab on their way through the checks: a check drops a row (with its issue) or amends it. */
import { FirstSeen } from './first-seen.js';
import type { DataIssue } from './issues.js';

export class Table<R extends { readonly row: number }> {
  private readonly dropped = new Set<number>();
  /**
   * Position of each sheet row in `rowsInOrder`, so an amendment costs one write. Made at the first
   * amendment: most tabs (a million-row log among them) are never amended.
   */
  private positions: Map<number, number> | undefined;

  constructor(
    readonly tab: string,
    private readonly rowsInOrder: R[],
    readonly issues: DataIssue[],
  ) {}

  /** The rows in use as last worked out: the checks read a tab many times between drops. */
  private kept: readonly R[] | undefined;

  /** The rows still in use. */
  get rows(): readonly R[] {
    if (this.dropped.size === 0) return this.rowsInOrder;
    this.kept ??= this.rowsInOrder.filter((r) => !this.dropped.has(r.row));
    return this.kept;
  }

  /** Drops a row with the issue that explains why. */
  drop(row: R, issue: Omit<DataIssue, 'tab' | 'row' | 'action'>): void {
    if (this.dropped.has(row.row)) return;
    this.dropped.add(row.row);
    this.kept = undefined;
    this.issues.push({ tab: this.tab, row: row.row, action: 'skipped_row', ...issue });
  }

  /** Keeps a row with changed values, noting the issue when there is one. */
  amend(row: R, changes: Partial<R>, issue?: Omit<DataIssue, 'tab' | 'row'>): void {
    this.positions ??= new Map(this.rowsInOrder.map((r, i) => [r.row, i]));
    const at = this.positions.get(row.row);
    if (at !== undefined) this.rowsInOrder[at] = { ...this.rowsInOrder[at]!, ...changes };
    this.kept = undefined;
    if (issue) this.issues.push({ tab: this.tab, row: row.row, ...issue });
  }

  /** Keeps the first row of each key; later rows with the same key are dropped. */
  dropDuplicates(keyOf: (row: R) => string | undefined, describe: (row: R) => string): void {
    const rows = this.rows;
    const first = new FirstSeen(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i]!;
      const key = keyOf(r);
      if (key === undefined) continue;
      const seen = first.firstOrAdd(key, r.row);
      if (seen !== undefined)
        this.drop(r, { column: null, value: describe(r), code: 'duplicate_key', params: { first: seen } });
    }
  }
}
