/** The `Data Issues` tab: one row per cell the engine could not use. */
import { dataIssues as spec } from '../../../sheets-templates/index.js';
import type { DataIssue } from '../workbook/issues.js';
import { actionLabel, issueMessage, type Locale } from '../workbook/messages.js';
import type { OutputTab } from '../workbook/port.js';
import { layoutTab } from './layout.js';

export function issuesTab(
  issues: readonly DataIssue[],
  locale: Locale,
  tabTitle: (id: string) => string,
): OutputTab {
  return layoutTab(
    spec,
    {
      issues: issues.map((i) => ({
        tab: tabTitle(i.tab),
        row: i.row,
        column: i.column,
        value: i.value,
        code: i.code,
        message: issueMessage(i, locale),
        action: actionLabel(i.action, locale),
      })),
    },
    locale,
  );
}
