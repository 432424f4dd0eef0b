/**
 * The template workbook, generated from the tab declarations: every input tab with its header in the
 * workbook's language, column formats, lists for enum columns, and the rule defaults of SPEC
 * sections 2 and 3 filled in, so managers start from working rules.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import type { ColumnSpec, TabSpec } from '../../../sheets-templates/define.js';
import { defaultGrades, defaultKpis, inputTabs, settingKeys } from '../../../sheets-templates/index.js';
import type { Locale } from '../workbook/messages.js';
import { writeAtomically } from '../workbook/xlsx-workbook.js';

/** A value of a template row: days as `YYYY-MM-DD`, date-times as `YYYY-MM-DD HH:mm`, percents as fractions. */
export type TemplateValue = string | number | boolean | null | undefined;
export type TemplateRow = Readonly<Record<string, TemplateValue>>;
/** Rows per input tab id. */
export type TemplateRows = Readonly<Partial<Record<string, readonly TemplateRow[]>>>;

const INPUT_FORMATS: Partial<Record<ColumnSpec['type'], string>> = {
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
  money: '#,##0.00',
  percent: '0.##%',
};

/** The rows a new workbook starts with: settings at their defaults, the default scorecard and grades. */
export function defaultRows(locale: Locale): TemplateRows {
  return {
    Settings: settingKeys.map((k) => ({
      key: k.key,
      value: k.key === 'locale' ? locale : 'default' in k ? k.default : '',
      note: k.about,
    })),
    KPIs: defaultKpis.map((k) => ({ ...k })),
    Grades: defaultGrades.map((g) => ({
      grade: g.grade,
      min_score: g.min_score,
      bonus_multiplier: Number.parseFloat(g.bonus_multiplier) / 100,
    })),
    CommissionPlans: [
      {
        plan: 'standard',
        mode: 'retroactive',
        below_base_rate: 0,
        base_rate: 0.1,
        challenge_rate: 0.15,
        sprint_rate: 0.2,
      },
    ],
  };
}

function headerOf(column: ColumnSpec, locale: Locale): string {
  return locale === 'zh-CN' ? column.zh : column.id;
}

/** A day or date-time text as the Date ExcelJS writes as that wall-clock serial. */
function dateCell(value: string): Date | string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}))?$/.exec(value);
  return m ? new Date(`${m[1]}T${m[2] ?? '00:00'}:00Z`) : value;
}

function addInputSheet(
  book: ExcelJS.Workbook,
  tab: TabSpec,
  rows: readonly TemplateRow[],
  locale: Locale,
): void {
  const sheet = book.addWorksheet(locale === 'zh-CN' ? tab.zh : tab.id, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = tab.columns.map((c) => ({
    width: Math.max(c.width ?? 12, headerOf(c, locale).length * (locale === 'zh-CN' ? 2 : 1) + 2),
  }));
  const header = sheet.getRow(1);
  tab.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = headerOf(c, locale);
    cell.font = { bold: true, color: c.required ? { argb: 'FF1F3B73' } : { argb: 'FF555555' } };
    cell.fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: c.required ? 'FFDCE6F5' : 'FFF2F2F2' },
    };
    cell.note = `${c.required ? (locale === 'zh-CN' ? '必填 · ' : 'required · ') : ''}${c.type}${c.values ? `: ${c.values.join(' / ')}` : ''}`;
  });
  rows.forEach((values, r) => {
    const row = sheet.getRow(r + 2);
    tab.columns.forEach((c, i) => {
      const value = values[c.id];
      if (value === undefined || value === null || value === '') return;
      const cell = row.getCell(i + 1);
      cell.value =
        (c.type === 'date' || c.type === 'datetime') && typeof value === 'string' ? dateCell(value) : value;
      const format = INPUT_FORMATS[c.type];
      if (format && (typeof value === 'number' || cell.value instanceof Date)) cell.numFmt = format;
    });
  });
  // Lists for enum columns, down to a generous number of rows.
  tab.columns.forEach((c, i) => {
    if (!c.values) return;
    const letter = sheet.getColumn(i + 1).letter;
    for (let r = 2; r <= Math.max(200, rows.length + 50); r++) {
      sheet.getCell(`${letter}${r}`).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`"${c.values.join(',')}"`],
      };
    }
  });
}

/** The template as an ExcelJS workbook. `rows` replace the defaults of the tabs they name. */
export function templateWorkbook(locale: Locale, rows: TemplateRows = {}): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.creator = 'salesperf';
  const all = { ...defaultRows(locale), ...rows };
  for (const tab of inputTabs) addInputSheet(book, tab, all[tab.id] ?? [], locale);
  return book;
}

function csvValue(column: ColumnSpec, value: TemplateValue): string {
  if (value === undefined || value === null) return '';
  if (column.type === 'percent' && typeof value === 'number')
    return `${Number((value * 100).toPrecision(12))}%`;
  return String(value);
}

/** Writes the template to an .xlsx file, or to a folder of CSV files when `out` does not end in .xlsx. */
export async function writeTemplate(out: string, locale: Locale, rows: TemplateRows = {}): Promise<void> {
  if (out.toLowerCase().endsWith('.xlsx')) {
    await mkdir(path.dirname(path.resolve(out)), { recursive: true });
    await writeAtomically(templateWorkbook(locale, rows), out);
    return;
  }
  await mkdir(out, { recursive: true });
  const all = { ...defaultRows(locale), ...rows };
  for (const tab of inputTabs) {
    const header = tab.columns.map((c) => headerOf(c, locale));
    const body = (all[tab.id] ?? []).map((r) => tab.columns.map((c) => csvValue(c, r[c.id])));
    await writeFile(
      path.join(out, `${locale === 'zh-CN' ? tab.zh : tab.id}.csv`),
      `\uFEFF${stringify([header, ...body])}`,
    );
  }
}
