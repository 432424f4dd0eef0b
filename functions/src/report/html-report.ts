/**
 * The local leadership report (`salesperf report`): one self-contained HTML page with the roll-ups
 * of the `Leadership` tab and their charts as inline SVG; no script, no font or file fetched, in the
 * workbook's language.
 */
import { leadership as spec } from '../../../sheets-templates/output/leadership.js';
import { leadershipSummary, WORDS, word, type LeadershipSummary } from '../outputs/leadership-tab.js';
import type { Results } from '../run/results.js';
import type { Locale } from '../workbook/messages.js';
import { barChart, esc } from './svg-charts.js';

const STATUS_COLOR = { on_track: '#2e8b57', at_risk: '#d4a017', off_track: '#c0392b' } as const;

function formats(locale: Locale) {
  const tag = locale === 'zh-CN' ? 'zh-CN' : 'en-US';
  return {
    money: new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    number: new Intl.NumberFormat(tag, { maximumFractionDigits: 2 }),
    percent: new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 }),
  };
}

function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  numeric: readonly boolean[],
): string {
  const th = headers.map((h, i) => `<th${numeric[i] ? ' class="n"' : ''}>${esc(h)}</th>`).join('');
  const body = rows
    .map((r) => `<tr>${r.map((c, i) => `<td${numeric[i] ? ' class="n"' : ''}>${esc(c)}</td>`).join('')}</tr>`)
    .join('');
  return `<table><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`;
}

function sectionText(id: string, locale: Locale): { title: string; headers: string[] } {
  const s = spec.sections.find((x) => x.id === id);
  const pick = (x: { en: string; zh: string }) => (locale === 'zh-CN' ? x.zh : x.en);
  return { title: s ? pick(s) : id, headers: s ? s.columns.map(pick) : [] };
}

/** The page for a summary. */
export function reportHtml(summary: LeadershipSummary, locale: Locale, workbookName: string): string {
  const f = formats(locale);
  const zh = locale === 'zh-CN';
  const pct = (v: number | null) => (v === null ? '—' : f.percent.format(v));
  const heading = zh ? `管理层概览 · ${workbookName}` : `Leadership summary · ${workbookName}`;
  const period = summary.period
    ? zh
      ? `截至 ${summary.as_of}；团队与等级为 ${summary.period} 月（最近一个已评级的月份）。`
      : `As of ${summary.as_of}; teams and grades are for ${summary.period}, the latest graded month.`
    : zh
      ? `截至 ${summary.as_of}：尚无已评级的月份。`
      : `As of ${summary.as_of}: no graded month yet.`;
  const total = summary.teams.reduce(
    (s, t) => ({ revenue: s.revenue + t.revenue, target: s.target + t.target, pay: s.pay + t.pay }),
    { revenue: 0, target: 0, pay: 0 },
  );
  const kpi = (label: string, value: string) =>
    `<div class="kpi"><div class="kpi-value">${esc(value)}</div><div class="kpi-label">${esc(label)}</div></div>`;

  const charts = [
    summary.teams.length > 0
      ? barChart(
          word(WORDS.attainmentChart, locale),
          summary.teams.map((t) => ({
            label: t.team,
            value: t.attainment ?? 0,
            text: pct(t.attainment),
            color: (t.attainment ?? 0) >= 1 ? '#2e8b57' : '#2a62b5',
          })),
          { reference: { value: 1, label: '100%' } },
        )
      : '',
    summary.funnel.length > 0
      ? barChart(
          word(WORDS.funnelChart, locale),
          summary.funnel.map((s) => ({
            label: word(WORDS.stage[s.stage], locale),
            value: s.plan,
            text: f.number.format(s.plan),
          })),
          { color: '#338c59' },
        )
      : '',
    summary.channels.length > 0
      ? barChart(
          word(WORDS.gapChart, locale),
          summary.channels.map((c) => ({
            label: c.name,
            value: c.gap,
            text: `${f.number.format(c.gap)} · ${word(WORDS.status[c.status], locale)}`,
            color: STATUS_COLOR[c.status],
          })),
        )
      : '',
    summary.grades.length > 0
      ? barChart(
          word(WORDS.gradeChart, locale),
          summary.grades.map((g) => ({ label: g.grade, value: g.reps, text: `${g.reps} (${pct(g.share)})` })),
        )
      : '',
  ].filter((c) => c !== '');

  const teams = sectionText('teams', locale);
  const grades = sectionText('grades', locale);
  const channels = sectionText('channels', locale);
  const funnel = sectionText('funnel', locale);
  return `<!doctype html>
<html lang="${zh ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(heading)}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:24px;color:#1d2733;background:#fff}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px}
.note{color:#5a6675;margin:0 0 16px}
.kpis{display:flex;gap:16px;flex-wrap:wrap}.kpi{border:1px solid #d8dee6;border-radius:6px;padding:10px 16px;min-width:150px}
.kpi-value{font-size:20px;font-weight:600}.kpi-label{color:#5a6675;font-size:13px}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(640px,1fr));gap:20px;margin-top:20px}
.chart{border:1px solid #e3e7ed;border-radius:6px;padding:8px;background:#fbfcfd}
.chart-title{font-size:15px;font-weight:600;fill:#1d2733}.label,.value{font-size:13px;fill:#1d2733}.small{font-size:11px;fill:#5a6675}
.axis{stroke:#7a8594}.reference{stroke:#c0392b;stroke-dasharray:4 3}
table{border-collapse:collapse;font-size:13px;margin-bottom:8px}th,td{border-bottom:1px solid #e3e7ed;padding:4px 10px;text-align:left}
th{background:#f1f4f8}.n{text-align:right;font-variant-numeric:tabular-nums}
@media print{.charts{grid-template-columns:1fr}}
</style>
</head>
<body>
<h1>${esc(heading)}</h1>
<p class="note">${esc(period)}</p>
<div class="kpis">${kpi(zh ? '业绩' : 'Revenue', f.money.format(total.revenue))}${kpi(zh ? '业绩目标' : 'Revenue target', f.money.format(total.target))}${kpi(zh ? '达成率' : 'Attainment', pct(total.target > 0 ? total.revenue / total.target : null))}${kpi(zh ? '薪酬合计' : 'Pay total', f.money.format(total.pay))}</div>
<div class="charts">${charts.join('\n')}</div>
<h2>${esc(teams.title)}</h2>
${table(
  teams.headers,
  summary.teams.map((t) => [
    t.team,
    String(t.reps),
    f.money.format(t.revenue),
    f.money.format(t.target),
    pct(t.attainment),
    t.average_score === null ? '—' : f.number.format(t.average_score),
    f.money.format(t.pay),
  ]),
  [false, true, true, true, true, true, true],
)}
<h2>${esc(grades.title)}</h2>
${table(
  grades.headers,
  summary.grades.map((g) => [g.grade, String(g.reps), pct(g.share)]),
  [false, true, true],
)}
<h2>${esc(channels.title)}</h2>
${table(
  channels.headers,
  summary.channels.map((c) => [
    c.name,
    c.phase,
    word(WORDS.status[c.status], locale),
    f.number.format(c.target_to_date),
    f.number.format(c.actual_to_date),
    f.number.format(c.gap),
    pct(c.completion),
  ]),
  [false, false, false, true, true, true, true],
)}
<h2>${esc(funnel.title)}</h2>
${table(
  funnel.headers,
  summary.funnel.map((s) => [word(WORDS.stage[s.stage], locale), f.number.format(s.plan)]),
  [false, true],
)}
</body>
</html>
`;
}

/** The report of a run's results. */
export function resultsReport(results: Results, locale: Locale, workbookName: string): string {
  return reportHtml(leadershipSummary(results), locale, workbookName);
}
