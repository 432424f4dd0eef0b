/**
 * Laying out output tabs from their declarations: section titles, header rows in the workbook's
 * language, and rows of values under the declared formats.
 */
import type { OutputFormat, OutputTabSpec, SectionSpec } from '../../../sheets-templates/define.js';
import type { Locale } from '../workbook/messages.js';
import type { OutputCell, OutputTab } from '../workbook/port.js';

export type CellValue = string | number | null | undefined;

/** A row of a section: a value per column id, or a cell with its own format. */
export type SectionRow = Readonly<Record<string, CellValue | OutputCell>>;

export function labelOf(item: { en: string; zh: string }, locale: Locale): string {
  return locale === 'zh-CN' ? item.zh : item.en;
}

function toCell(value: CellValue | OutputCell, format: OutputFormat): OutputCell {
  if (value !== null && typeof value === 'object') return { format, ...value };
  return { value: value ?? null, format };
}

/** The rows of one section: its title (when the tab has several), its header, its data. */
function sectionRows(section: SectionSpec, rows: readonly SectionRow[], titled: boolean, locale: Locale): OutputCell[][] {
  const out: OutputCell[][] = [];
  if (titled) out.push([{ value: labelOf(section, locale), style: 'title' }]);
  out.push(section.columns.map((c) => ({ value: labelOf(c, locale), style: 'header' })));
  for (const row of rows) out.push(section.columns.map((c) => toCell(row[c.id], c.format)));
  return out;
}

const DEFAULT_WIDTH = 12;

/**
 * An output tab from its declaration and the rows of each section. Sections stack with a blank row
 * between them; a tab with one section has its header frozen in row 1.
 */
export function layoutTab(
  spec: OutputTabSpec,
  rowsBySection: Readonly<Record<string, readonly SectionRow[]>>,
  locale: Locale,
  notes: readonly string[] = [],
): OutputTab {
  const titled = spec.sections.length > 1;
  const rows: OutputCell[][] = [];
  for (const note of notes) rows.push([{ value: note, style: 'note' }]);
  if (notes.length > 0) rows.push([]);
  spec.sections.forEach((section, i) => {
    if (i > 0) rows.push([]);
    rows.push(...sectionRows(section, rowsBySection[section.id] ?? [], titled, locale));
  });
  const columns = Math.max(...spec.sections.map((s) => s.columns.length));
  const widths = Array.from({ length: columns }, (_, i) =>
    Math.max(...spec.sections.map((s) => {
      const c = s.columns[i];
      return c ? Math.max(c.width ?? DEFAULT_WIDTH, labelOf(c, locale).length * (locale === 'zh-CN' ? 2 : 1) + 2) : 0;
    })),
  );
  return {
    id: spec.id,
    title: labelOf({ en: spec.id, zh: spec.zh }, locale),
    aliases: [spec.id, spec.zh],
    rows,
    widths,
    frozenRows: titled || notes.length > 0 ? 0 : 1,
  };
}
