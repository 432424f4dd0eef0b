import type { TemplateRow, TemplateValue } from '../template/template.js';

/** A row without its empty cells. */
export function compact(row: Readonly<Record<string, TemplateValue>>): TemplateRow {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined && v !== null && v !== ''));
}
