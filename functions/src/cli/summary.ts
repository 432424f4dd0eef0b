/** The short tables a person reads after a run: what was read, what was found, the funnel. */
import Table from 'cli-table3';
import type { RunReport } from '../recalculate.js';
import type { DataIssue } from '../workbook/issues.js';
import { issueMessage, type Locale } from '../workbook/messages.js';

const fmt = (n: number) => n.toLocaleString('en-US');

export function runSummary(report: RunReport, location: string): string {
  const { record, results } = report;
  const runTable = new Table({ head: ['Run', ''], style: { head: [], border: [] } });
  runTable.push(
    ['Workbook', location],
    ['As of', record.as_of],
    [
      'Rows read / used / skipped',
      `${fmt(record.rows_read)} / ${fmt(record.rows_used)} / ${fmt(record.rows_skipped)}`,
    ],
    ['Data issues', fmt(record.data_issues)],
    ['Output tabs', report.written ? 'written' : 'not written (read-only or --no-write)'],
    ['Duration', `${fmt(record.duration_ms)} ms`],
  );
  const parts = [runTable.toString()];
  const funnel = results.funnel;
  if (funnel) {
    const funnelTable = new Table({
      head: ['Funnel plan', 'Visits', 'Days', 'Visits a day'],
      style: { head: [], border: [] },
    });
    funnelTable.push([
      'Whole campaign',
      fmt(funnel.visits),
      fmt(funnel.campaign_days),
      fmt(funnel.daily_visits),
    ]);
    for (const p of funnel.phases)
      funnelTable.push([`Phase ${p.phase}`, fmt(p.visits), fmt(p.days), fmt(p.daily_visits)]);
    for (const c of funnel.coverage) {
      funnelTable.push([
        `Channels' plan, ${c.phase}`,
        '',
        '',
        `${fmt(c.planned_daily)} of ${fmt(c.required_daily)}${c.shortfall_daily > 0 ? ` (short ${fmt(c.shortfall_daily)})` : ''}`,
      ]);
    }
    parts.push(
      `Sales target ${funnel.sales_target !== null ? fmt(funnel.sales_target) : '—'}: ${fmt(funnel.units)} units ← ${fmt(funnel.subscriptions)} subscriptions ← ${fmt(funnel.registrations)} registrations ← ${fmt(funnel.visits)} visits`,
      funnelTable.toString(),
    );
  }
  return parts.join('\n');
}

export function issuesSummary(issues: readonly DataIssue[], locale: Locale, limit = 40): string {
  if (issues.length === 0) return 'No data issues.';
  const table = new Table({
    head: ['Tab', 'Row', 'Column', 'Code', 'What is wrong'],
    style: { head: [], border: [] },
    colWidths: [16, 6, 18, 24, 60],
    wordWrap: true,
  });
  for (const i of issues.slice(0, limit))
    table.push([i.tab, i.row ?? '', i.column ?? '', i.code, issueMessage(i, locale)]);
  const more =
    issues.length > limit ? `\n… and ${issues.length - limit} more (see the Data Issues tab).` : '';
  return `${table.toString()}${more}`;
}
