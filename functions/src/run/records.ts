/**
 * From checked workbook rows to the plain records the rules take. Rep ids are matched to the Reps tab
 * without regard to case (the checks did the same), so `r1` in Activity is R1's.
 */
import type { ActivityRecord, RepRecord } from '../domain/activity.js';
import { memo } from '../domain/memo.js';
import { Dec } from '../domain/money.js';
import type { GradeRule } from '../domain/scorecard/grade.js';
import type { KpiConfig, KpiId, QualitativeKpi } from '../domain/scorecard/kpis.js';
import { QUALITATIVE } from '../domain/scorecard/kpis.js';
import type { ReviewRecord } from '../domain/scorecard/reviews.js';
import type { TargetRecord } from '../domain/scorecard/targets.js';
import type { Day } from '../domain/days.js';
import type { Inputs } from '../workbook/ingest.js';

const ONE = new Dec(1);

/** The Reps tab's own spelling of each rep id. */
function repIds(inputs: Inputs): (id: string) => string {
  const canonical = new Map(inputs.reps.map((r) => [r.rep_id.toLowerCase(), r.rep_id]));
  // Once per distinct spelling: the log repeats each rep's id on every row.
  return memo((id: string) => canonical.get(id.toLowerCase()) ?? id);
}

export interface Records {
  reps: RepRecord[];
  /** The log's leads, deals, refunds and collections: the rows the scorecard and pay rules read. */
  activity: ActivityRecord[];
  targets: TargetRecord[];
  reviews: ReviewRecord[];
  kpis: KpiConfig[];
  grades: GradeRule[];
  /** The earliest dated input on or before `as_of` (activity, adjustments, pools). */
  firstDay: Day;
}

/**
 * The types of row the scorecard and pay rules read. The rest of the log (calls, visits, events: most
 * of its rows) is read by the campaign and insight views from the checked rows, so it is not copied.
 */
const RULE_TYPES: ReadonlySet<string> = new Set(['lead', 'deal', 'refund', 'collection']);

export function recordsOf(inputs: Inputs, asOf: Day): Records {
  const rep = repIds(inputs);
  const type = memo((t: string) => t.toLowerCase());
  // Every record has every field (absent ones undefined): one object shape, so the passes over a
  // million of them stay fast, and no temporary object is spread per row.
  const activity: ActivityRecord[] = [];
  let firstDay = asOf;
  for (let at = 0; at < inputs.activity.length; at++) {
    const a = inputs.activity[at]!;
    if (a.date < firstDay) firstDay = a.date;
    const t = type(a.type);
    if (!RULE_TYPES.has(t)) continue;
    activity.push({ rep: rep(a.rep_id), type: t, day: a.date, customer: a.customer_id, amount: a.amount, share: a.share ?? ONE, ref: a.ref, due: a.due_date, row: a.row });
  }
  for (const a of inputs.adjustments) if (a.date < firstDay) firstDay = a.date;
  for (const p of inputs.pools) if (p.date < firstDay) firstDay = p.date;
  return {
    reps: inputs.reps.map((r) => ({
      rep: r.rep_id,
      name: r.name,
      ...(r.team !== undefined ? { team: r.team } : {}),
      hire: r.hire_date,
      ...(r.leave_date !== undefined ? { leave: r.leave_date } : {}),
    })),
    activity,
    targets: inputs.targets.flatMap((t) =>
      t.rep_id === undefined
        ? []
        : [{ period: t.period, metric: t.metric, rep: rep(t.rep_id), base: t.base, ...(t.challenge ? { challenge: t.challenge } : {}), ...(t.sprint ? { sprint: t.sprint } : {}), row: t.row }],
    ),
    reviews: inputs.reviews.map((r) => ({
      period: r.period,
      rep: rep(r.rep_id),
      scores: Object.fromEntries(QUALITATIVE.flatMap((k) => (r[k] !== undefined ? [[k, r[k]]] : []))) as Partial<Record<QualitativeKpi, Dec>>,
      row: r.row,
    })),
    kpis: inputs.kpis.map((k) => ({
      kpi: k.kpi as KpiId,
      group: k.group as KpiConfig['group'],
      weight: k.weight,
      ...(k.floor !== undefined ? { floor: k.floor } : {}),
      ...(k.cap !== undefined ? { cap: k.cap } : {}),
    })),
    grades: inputs.grades.map((g) => ({ grade: g.grade, minScore: g.min_score, bonusMultiplier: g.bonus_multiplier })),
    firstDay,
  };
}
