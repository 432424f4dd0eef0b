/**
 * The words the Change Log writes where a value would be: a tab not kept or not listed, a month closed
 * or reopened, a prior-period adjustment carried. History keeps them in English, so the store's entries
 * read the same whatever the workbook's language (like the reason codes of --json); the tab shows them
 * in the workbook's language.
 */
import type { Locale } from '../workbook/messages.js';

export const NOTES = {
  /** A changed tab whose earlier content the store does not have. */
  notKept: 'not kept',
  /** A tab the last run did not read. */
  noTab: 'no tab',
  rows: (n: number) => `${n} rows`,
  /** A tab's changed cells past those listed, counted. */
  notListed: 'not listed',
  moreCells: (n: number) => `${n} more cells`,
  open: 'open',
  closed: 'closed',
  frozen: 'closed: statements frozen',
  reopened: 'reopened: frozen statements released',
  carried: (amount: string, into: string, rep: string) => `prior-period ${amount} → ${into} (${rep})`,
} as const;

/** Each note's Chinese, by its English; the Periods statuses as the Periods tab spells them. */
const CHINESE: ReadonlyMap<string, string> = new Map([
  [NOTES.notKept, '未保存'],
  [NOTES.noTab, '无此表'],
  [NOTES.notListed, '未列出'],
  [NOTES.open, '开放'],
  [NOTES.closed, '关闭'],
  [NOTES.frozen, '关闭：工资单已冻结'],
  [NOTES.reopened, '重新开放：冻结的工资单已释放'],
]);

const CHINESE_PATTERNS: readonly (readonly [RegExp, string])[] = [
  [/^(\d+) rows$/, '$1 行'],
  [/^(\d+) more cells$/, '另有 $1 个单元格'],
  [/^prior-period (\S+) → (\S+) \((.*)\)$/s, '以前期间调整 $1 → $2（$3）'],
];

/**
 * A note in the workbook's language; any other text as it is. Only for an entry that holds notes
 * (`holdsNotes`): a cell's own value may be any text, "open" among them, and is shown as it is.
 */
export function localNote(text: string, locale: Locale): string {
  if (locale === 'en' || text === '') return text;
  const exact = CHINESE.get(text);
  if (exact !== undefined) return exact;
  for (const [pattern, replacement] of CHINESE_PATTERNS)
    if (pattern.test(text)) return text.replace(pattern, replacement);
  return text;
}

/**
 * Whether an entry's before and after are notes rather than a cell's values: a changed cell is named by
 * its A1 reference, while a tab's own line has no cell and a month's close, reopening or carried
 * adjustment names the month (and rep).
 */
export function holdsNotes(cell: string): boolean {
  return !A1_CELL.test(cell);
}

const A1_CELL = /^[A-Z]+[0-9]+$/;
