/**
 * Laying out output tabs from their declarations: section titles, header rows in the workbook's
 * language, and rows of values under the declared formats.
 */
import type { OutputFormat, OutputTabSpec, SectionSpec } from '../../../sheets-templates/define.js';
import type { Locale } from '../workbook/messages.js';
import type { OutputCell, OutputTab } from '../workbook/port.js';
import { displayWidth } from '../workbook/text-width.js';
import { groupedWidth } from './numbers.js';

export type CellValue = string | number | null | undefined;

/** A row of a section: a value per column id, or a cell with its own format. */
export type SectionRow = Readonly<Record<string, CellValue | OutputCell>>;

/**
 * A row given by position instead: a value or cell per column, in the section's column order (a
 * missing one is empty). For the widest tabs, where an object keyed by every column id costs more
 * to fill and to read than the row is worth.
 */
export type SectionCells = readonly (CellValue | OutputCell)[];

function isCells(row: SectionRow | SectionCells): row is SectionCells {
  return Array.isArray(row);
}

/**
 * `a.localeCompare(b)`, skipping the collation when the texts are the same, as they mostly are when
 * sorting thousands of rows by month and team.
 */
export const compareText = (a: string, b: string): number => (a === b ? 0 : a.localeCompare(b));

export function labelOf(item: { en: string; zh: string }, locale: Locale): string {
  return locale === 'zh-CN' ? item.zh : item.en;
}

/**
 * A cell under its column's format. A cell given whole keeps its own format and style, its keys in
 * the order `{ format, ...cell }` gives them, but spelt out: a spread makes a larger object, and the
 * widest tabs keep tens of thousands of such cells.
 */
function toCell(value: CellValue | OutputCell, format: OutputFormat): OutputCell {
  if (value === null || typeof value !== 'object') return { value: value ?? null, format };
  const own = Object.hasOwn(value, 'format') ? value.format : format;
  return value.style === undefined && !Object.hasOwn(value, 'style')
    ? { format: own, value: value.value }
    : { format: own, value: value.value, style: value.style };
}

/**
 * Adds the rows of one section to `out`: its title (when the tab has several), its header, its data.
 * By index over the columns, as some tabs lay out tens of thousands of rows of dozens of cells.
 */
function addSectionRows(
  out: OutputCell[][],
  section: SectionSpec,
  rows: readonly (SectionRow | SectionCells)[],
  titled: boolean,
  locale: Locale,
): void {
  const columns = section.columns;
  if (titled) out.push([{ value: labelOf(section, locale), style: 'title' }]);
  out.push(columns.map((c) => ({ value: labelOf(c, locale), style: 'header' })));
  const ids = columns.map((c) => c.id);
  const formats = columns.map((c) => c.format);
  for (const row of rows) {
    const cells = new Array<OutputCell>(ids.length);
    if (isCells(row)) for (let i = 0; i < ids.length; i++) cells[i] = toCell(row[i], formats[i]!);
    else for (let i = 0; i < ids.length; i++) cells[i] = toCell(row[ids[i]!], formats[i]!);
    out.push(cells);
  }
}

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/** How wide a cell shows: numbers with their thousands separators and decimals. */
function cellWidth(cell: OutputCell): number {
  if (cell.value === null || cell.style === 'title' || cell.style === 'note' || cell.style === 'wrap')
    return 0;
  if (typeof cell.value === 'number') return groupedWidth(cell.value) + (cell.format === 'money' ? 3 : 0);
  const width = displayWidth(cell.value);
  return width > cell.value.length ? Math.ceil(width * 1.1) : width; // CJK glyphs run a little wider
}

/**
 * Column widths that fit the header and the content, within reason. A column already at the widest
 * it may be is not measured further: its long texts would not change it.
 */
function fitWidths(rows: readonly OutputCell[][], declared: readonly number[]): number[] {
  const widths = [...declared];
  for (const cells of rows) {
    for (let i = 0; i < cells.length; i++) {
      const width = widths[i] ?? MIN_WIDTH;
      if (width < MAX_WIDTH) widths[i] = Math.max(width, cellWidth(cells[i]!) + 2);
    }
  }
  return widths.map((w) => Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w)));
}

/**
 * An output tab from its declaration and the rows of each section. Sections stack with a blank row
 * between them; a tab with one section has its header frozen in row 1.
 */
export function layoutTab(
  spec: OutputTabSpec,
  rowsBySection: Readonly<Record<string, readonly (SectionRow | SectionCells)[]>>,
  locale: Locale,
  notes: readonly string[] = [],
  options: { frozenColumns?: number } = {},
): OutputTab {
  const titled = spec.sections.length > 1;
  const rows: OutputCell[][] = [];
  for (const note of notes) rows.push([{ value: note, style: 'note' }]);
  if (notes.length > 0) rows.push([]);
  spec.sections.forEach((section, i) => {
    if (i > 0) rows.push([]);
    addSectionRows(rows, section, rowsBySection[section.id] ?? [], titled, locale);
  });
  const columns = Math.max(...spec.sections.map((s) => s.columns.length));
  const declared = Array.from({ length: columns }, (_, i) =>
    Math.max(...spec.sections.map((s) => s.columns[i]?.width ?? MIN_WIDTH)),
  );
  const widths = fitWidths(rows, declared);
  return {
    id: spec.id,
    title: labelOf({ en: spec.id, zh: spec.zh }, locale),
    aliases: [spec.id, spec.zh],
    rows,
    widths,
    frozenRows: titled || notes.length > 0 ? 0 : 1,
    ...(options.frozenColumns ? { frozenColumns: options.frozenColumns } : {}),
  };
}
