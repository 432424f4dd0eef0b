/**
 * The charts of the leadership copy, as `addChart` requests over the `Leadership` tab's tables:
 * team attainment bars, the funnel plan, channel gaps and the grade distribution.
 */
import type { sheets_v4 } from '@googleapis/sheets';
import { leadershipLayout, WORDS, word, type LeadershipSummary } from '../outputs/leadership-tab.js';
import type { Locale } from '../workbook/messages.js';

type Request = sheets_v4.Schema$Request;

/** Columns of the Leadership tab's sections charted (0-based, as declared). */
const COLUMNS = {
  team: 0,
  attainment: 4,
  grade: 0,
  gradeReps: 1,
  channel: 0,
  gap: 5,
  stage: 0,
  plan: 1,
} as const;
/** Charts sit right of the widest table (Teams and Channel status have 7 columns), one under another. */
const CHART_COLUMN = 8;
const CHART_HEIGHT = 320;
const ROWS_PER_CHART = 17;

/** One column of a section, header included (the header names the series). */
function column(
  sheetId: number,
  at: { header: number; rows: number },
  index: number,
): sheets_v4.Schema$ChartData {
  return {
    sourceRange: {
      sources: [
        {
          sheetId,
          startRowIndex: at.header,
          endRowIndex: at.header + 1 + at.rows,
          startColumnIndex: index,
          endColumnIndex: index + 1,
        },
      ],
    },
  };
}

function bar(
  sheetId: number,
  at: { header: number; rows: number },
  domain: number,
  series: number,
  chartType: 'BAR' | 'COLUMN',
  title: string,
  slot: number,
  color: sheets_v4.Schema$Color,
): Request {
  return {
    addChart: {
      chart: {
        spec: {
          title,
          basicChart: {
            chartType,
            legendPosition: 'NO_LEGEND',
            headerCount: 1,
            domains: [{ domain: column(sheetId, at, domain) }],
            series: [{ series: column(sheetId, at, series), color, dataLabel: { type: 'DATA' } }],
          },
        },
        position: {
          overlayPosition: {
            anchorCell: { sheetId, rowIndex: slot * ROWS_PER_CHART, columnIndex: CHART_COLUMN },
            widthPixels: 640,
            heightPixels: CHART_HEIGHT,
          },
        },
      },
    },
  };
}

/** The addChart requests for a Leadership tab with id `sheetId`; sections without rows get no chart. */
export function leadershipCharts(sheetId: number, summary: LeadershipSummary, locale: Locale): Request[] {
  const layout = leadershipLayout(summary);
  const blue = { red: 0.16, green: 0.38, blue: 0.71 };
  const charts: Request[] = [];
  const add = (make: (slot: number) => Request) => charts.push(make(charts.length));
  if (layout.teams.rows > 0)
    add((slot) =>
      bar(
        sheetId,
        layout.teams,
        COLUMNS.team,
        COLUMNS.attainment,
        'BAR',
        word(WORDS.attainmentChart, locale),
        slot,
        blue,
      ),
    );
  if (layout.funnel.rows > 0)
    add((slot) =>
      bar(sheetId, layout.funnel, COLUMNS.stage, COLUMNS.plan, 'BAR', word(WORDS.funnelChart, locale), slot, {
        red: 0.2,
        green: 0.55,
        blue: 0.35,
      }),
    );
  if (layout.channels.rows > 0)
    add((slot) =>
      bar(sheetId, layout.channels, COLUMNS.channel, COLUMNS.gap, 'BAR', word(WORDS.gapChart, locale), slot, {
        red: 0.8,
        green: 0.3,
        blue: 0.2,
      }),
    );
  if (layout.grades.rows > 0)
    add((slot) =>
      bar(
        sheetId,
        layout.grades,
        COLUMNS.grade,
        COLUMNS.gradeReps,
        'COLUMN',
        word(WORDS.gradeChart, locale),
        slot,
        blue,
      ),
    );
  return charts;
}
