/**
 * Matching tab and column names as people type them: English id or Chinese label, any case,
 * spaces, underscores and hyphens ignored ("Rep ID", "rep_id" and "REPID" are one name).
 */
import { inputTabs, reservedOutputNames, type TabSpec } from '../../../sheets-templates/index.js';

/** The comparable form of a name. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
}

const inputByName = new Map<string, TabSpec>();
for (const tab of inputTabs) {
  inputByName.set(normaliseName(tab.id), tab);
  inputByName.set(normaliseName(tab.zh), tab);
}
const outputNames = new Set(reservedOutputNames.flat().map(normaliseName));

export type TabMatch = { kind: 'input'; spec: TabSpec } | { kind: 'output' } | { kind: 'unknown' };

/** What a tab title names: an input tab, an output tab of the engine, or neither. */
export function matchTab(title: string): TabMatch {
  const key = normaliseName(title);
  const spec = inputByName.get(key);
  if (spec) return { kind: 'input', spec };
  return outputNames.has(key) ? { kind: 'output' } : { kind: 'unknown' };
}

/** Whether a name has Chinese characters in it. */
export function isChinese(name: string): boolean {
  return /[\u3400-\u9fff]/.test(name);
}
