/**
 * A rep's own copy of the Scorecard and Payouts tabs: the same layout with every other rep's rows
 * taken out, and the sections not keyed by rep (team totals) left out whole.
 */
import { payouts, scorecard } from '../../../sheets-templates/index.js';
import type { OutputTabSpec } from '../../../sheets-templates/define.js';
import { labelOf } from '../outputs/layout.js';
import type { Locale } from '../workbook/messages.js';
import type { OutputCell, OutputTab } from '../workbook/port.js';

/** The output tabs a rep's copy holds. */
export const REP_TABS: readonly OutputTabSpec[] = [scorecard, payouts];

/** `tab` with only `repId`'s rows. A section whose header has no rep column is dropped. */
export function repOnlyTab(tab: OutputTab, spec: OutputTabSpec, repId: string, locale: Locale): OutputTab {
  const repHeaders = new Set(
    spec.sections
      .filter((s) => s.columns[1]?.id === 'rep_id')
      .map((s) => labelOf(s.columns[0] ?? { en: '', zh: '' }, locale)),
  );
  const repColumn = 1;
  const rows: OutputCell[][] = [];
  let pendingTitle: OutputCell[] | undefined;
  let inRepSection = false;
  let sawSection = false;
  for (const row of tab.rows) {
    const first = row[0];
    if (first?.style === 'title') {
      pendingTitle = row;
      inRepSection = false;
      continue;
    }
    if (first?.style === 'header') {
      sawSection = true;
      inRepSection =
        repHeaders.has(String(first.value)) &&
        row[repColumn]?.value ===
          labelOf(
            spec.sections.find((s) => s.columns[1]?.id === 'rep_id')?.columns[1] ?? { en: '', zh: '' },
            locale,
          );
      if (inRepSection) {
        if (rows.length > 0 && rows[rows.length - 1]?.length !== 0) rows.push([]);
        if (pendingTitle) rows.push(pendingTitle);
        rows.push(row);
      }
      pendingTitle = undefined;
      continue;
    }
    if (!sawSection) {
      // Notes above the first table speak of the whole team (counts of channels, reps): left out.
      continue;
    }
    if (inRepSection && row.length > 0 && row[repColumn]?.value === repId) rows.push(row);
  }
  return { ...tab, rows, frozenRows: tab.frozenRows };
}
