/**
 * The rule tables (KPIs, Grades, CommissionPlans) must work as a whole before anything is computed:
 * weights that do not make 100, two grades on one threshold or a plan without its rates stop the run.
 */
import type { TabSpec } from '../../../sheets-templates/define.js';
import {
  commissionPlans,
  defaultGrades,
  defaultKpis,
  grades,
  kpis,
} from '../../../sheets-templates/index.js';
import { Dec, ZERO } from '../domain/money.js';
import { readPercent } from './cells.js';
import type { DataIssue } from './issues.js';
import type { ReadTab, RowOf } from './read-tab.js';

export type KpiRow = RowOf<typeof kpis>;
export type GradeRow = RowOf<typeof grades>;
export type PlanRow = RowOf<typeof commissionPlans>;

function cellOf(read: ReadTab<TabSpec>, column: string, row: number): string {
  return `${read.letters.get(column) ?? '?'}${row}`;
}

function stop(
  tab: string,
  row: number | null,
  column: string | null,
  cell: string,
  value: string,
  code: DataIssue['code'],
  params?: DataIssue['params'],
): DataIssue {
  return { tab, row, column, cell, value, code, action: 'stopped_run', ...(params ? { params } : {}) };
}

export function checkKpis(read: ReadTab<typeof kpis>): DataIssue[] {
  const issues: DataIssue[] = [];
  const known = new Map<string, string>(defaultKpis.map((k) => [k.kpi, k.group]));
  for (const k of read.rows) {
    const expected = known.get(k.kpi);
    if (!expected) {
      issues.push(
        stop(kpis.id, k.row, 'kpi', cellOf(read, 'kpi', k.row), k.kpi, 'unknown_kpi', {
          allowed: [...known.keys()].join(', '),
        }),
      );
    } else if (expected !== k.group) {
      issues.push(
        stop(kpis.id, k.row, 'group', cellOf(read, 'group', k.row), k.group, 'wrong_kpi_group', {
          kpi: k.kpi,
          expected,
        }),
      );
    }
    if (k.floor !== undefined && k.cap !== undefined && k.floor.gt(k.cap)) {
      issues.push(
        stop(kpis.id, k.row, 'floor', cellOf(read, 'floor', k.row), k.floor.toFixed(), 'floor_above_cap', {
          cap: k.cap.toFixed(),
        }),
      );
    }
  }
  const total = read.rows.reduce((sum, k) => sum.add(k.weight), ZERO);
  if (read.rows.length > 0 && !total.eq(100)) {
    const first = read.rows[0]!.row;
    const last = read.rows[read.rows.length - 1]!.row;
    const cells = `${cellOf(read, 'weight', first)}:${cellOf(read, 'weight', last)}`;
    issues.push(
      stop(kpis.id, null, 'weight', cells, total.toFixed(), 'weights_not_100', {
        cells: `${kpis.id}!${cells}`,
      }),
    );
  }
  return issues;
}

export function checkGrades(read: ReadTab<typeof grades>): DataIssue[] {
  if (read.usable && read.rows.length === 0) return [stop(grades.id, null, null, 'A1', '', 'no_grades')];
  const byScore = new Map<string, GradeRow[]>();
  for (const g of read.rows) {
    const key = g.min_score.toFixed();
    byScore.set(key, [...(byScore.get(key) ?? []), g]);
  }
  const overlapping = [...byScore]
    .filter(([, same]) => same.length > 1)
    .map(([score, same]) => {
      const cells = same.map((g) => cellOf(read, 'min_score', g.row)).join(', ');
      return stop(grades.id, same[1]!.row, 'min_score', cells, score, 'overlapping_grades', {
        grades: same.map((g) => g.grade).join(', '),
      });
    });
  // A grade that needs a higher score must not pay a smaller bonus than the grade below it.
  const ladder = [...read.rows].sort((a, b) => b.min_score.comparedTo(a.min_score));
  const outOfOrder = ladder.slice(0, -1).flatMap((g, i) => {
    const lower = ladder[i + 1]!;
    if (!g.bonus_multiplier.lt(lower.bonus_multiplier) || g.min_score.eq(lower.min_score)) return [];
    const cells = `${cellOf(read, 'bonus_multiplier', g.row)}, ${cellOf(read, 'bonus_multiplier', lower.row)}`;
    const pct = (d: typeof g.bonus_multiplier) => `${d.mul(100).toFixed()}%`;
    return [
      stop(grades.id, g.row, 'bonus_multiplier', cells, pct(g.bonus_multiplier), 'grades_out_of_order', {
        grade: g.grade,
        lower: lower.grade,
        lowerBonus: pct(lower.bonus_multiplier),
      }),
    ];
  });
  return [...overlapping, ...outOfOrder];
}

const RATES_OF_MODE = {
  retroactive: ['base_rate'],
  marginal: ['base_rate'],
  flat: ['flat_rate'],
} as const;

export function checkPlans(read: ReadTab<typeof commissionPlans>): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const p of read.rows) {
    for (const column of RATES_OF_MODE[p.mode as keyof typeof RATES_OF_MODE]) {
      if (p[column] === undefined) {
        issues.push(
          stop(commissionPlans.id, p.row, column, cellOf(read, column, p.row), '', 'plan_missing_rate', {
            plan: p.plan,
            mode: p.mode,
            column,
          }),
        );
      }
    }
    if (p.draw !== undefined && p.draw.gt(ZERO) && p.draw_kind === undefined) {
      issues.push(
        stop(
          commissionPlans.id,
          p.row,
          'draw_kind',
          cellOf(read, 'draw_kind', p.row),
          '',
          'plan_missing_draw_kind',
          { plan: p.plan },
        ),
      );
    }
  }
  return issues;
}

/** The default scorecard as rows, for a workbook without a KPIs tab. */
export function defaultKpiRows(): KpiRow[] {
  return defaultKpis.map((k, i) => ({
    kpi: k.kpi,
    group: k.group,
    weight: new Dec(k.weight),
    floor: new Dec(k.floor),
    cap: new Dec(k.cap),
    row: i + 2,
  }));
}

/** The default grades as rows, for a workbook without a Grades tab. */
export function defaultGradeRows(): GradeRow[] {
  return defaultGrades.map((g, i) => {
    const multiplier = readPercent(g.bonus_multiplier, true);
    if (!multiplier.ok || multiplier.value === undefined) throw new Error(`Bad default grade ${g.grade}`);
    return {
      grade: g.grade,
      min_score: new Dec(g.min_score),
      bonus_multiplier: multiplier.value,
      row: i + 2,
    };
  });
}
