/**
 * From checked workbook rows to the plain records the rules take. Rep ids are matched to the Reps tab
 * without regard to case (the checks did the same), so `r1` in Activity is R1's.
 */
import type { ActivityRecord, RepRecord } from '../domain/activity.js';
import { customerNumbers } from '../domain/leads/customer-numbers.js';
import { memo } from '../domain/memo.js';
import { ONE, type Dec } from '../domain/money.js';
import type { GradeRule } from '../domain/scorecard/grade.js';
import type { KpiConfig, KpiId, QualitativeKpi } from '../domain/scorecard/kpis.js';
import type { ActivityCustomers } from '../domain/scorecard/scorecards.js';
import { QUALITATIVE } from '../domain/scorecard/kpis.js';
import type { ReviewRecord } from '../domain/scorecard/reviews.js';
import type { TargetRecord } from '../domain/scorecard/targets.js';
import type { Day } from '../domain/days.js';
import type { Inputs } from '../workbook/ingest.js';

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
  /** The customer of each of those rows as the whole log numbers them (`customerNumbers`), shared with the other views. */
  activityCustomers: ActivityCustomers;
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

/**
 * The rows of the Targets tab that name a rep, a challenge or sprint left out when blank. A loop that
 * sets the fields in the record's order, not a temporary array and spread objects per row: there are
 * many thousands of targets (every rep, metric and period).
 */
function targetsOf(inputs: Inputs, rep: (id: string) => string): TargetRecord[] {
  const targets: TargetRecord[] = [];
  for (const t of inputs.targets) {
    if (t.rep_id === undefined) continue;
    // The row is set last, after the optional tiers, so every record keeps the fields' order.
    const target = { period: t.period, metric: t.metric, rep: rep(t.rep_id), base: t.base } as TargetRecord;
    if (t.challenge) target.challenge = t.challenge;
    if (t.sprint) target.sprint = t.sprint;
    target.row = t.row;
    targets.push(target);
  }
  return targets;
}

/** A review's scores, in the order of the qualitative KPIs, those left blank left out. */
function reviewScores(review: Inputs['reviews'][number]): Partial<Record<QualitativeKpi, Dec>> {
  const scores: Partial<Record<QualitativeKpi, Dec>> = {};
  for (const k of QUALITATIVE) if (review[k] !== undefined) scores[k] = review[k];
  return scores;
}

export function recordsOf(inputs: Inputs, asOf: Day): Records {
  const rep = repIds(inputs);
  // A row's type lowered, or '' for a type the rules do not read: one lookup per row decides both, and
  // '' (not undefined) is remembered without the memo's second lookup for an undefined result.
  const ruleType = memo((t: string) => {
    const lower = t.toLowerCase();
    return RULE_TYPES.has(lower) ? lower : '';
  });
  // Every record has every field (absent ones undefined): one object shape, so the passes over a
  // million of them stay fast, and no temporary object is spread per row.
  const activity: ActivityRecord[] = [];
  // The log's numbering of customers, worked out once for the log and read by the follow-up, campaign
  // and insight views too: the scorecard reads it rather than numbering the ids of its rows again.
  const log = customerNumbers(inputs.activity);
  const customerOf: number[] = [];
  let firstDay = asOf;
  for (let at = 0; at < inputs.activity.length; at++) {
    const a = inputs.activity[at]!;
    if (a.date < firstDay) firstDay = a.date;
    const t = ruleType(a.type);
    if (t === '') continue;
    customerOf.push(log.numberOf[at]!);
    activity.push({
      rep: rep(a.rep_id),
      type: t,
      day: a.date,
      customer: a.customer_id,
      amount: a.amount,
      share: a.share ?? ONE /* the shared one, so rules can tell a blank share by identity */,
      ref: a.ref,
      due: a.due_date,
      row: a.row,
    });
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
    activityCustomers: { numberOf: Int32Array.from(customerOf), count: log.count },
    targets: targetsOf(inputs, rep),
    reviews: inputs.reviews.map((r) => ({
      period: r.period,
      rep: rep(r.rep_id),
      scores: reviewScores(r),
      row: r.row,
    })),
    kpis: inputs.kpis.map((k) => ({
      kpi: k.kpi as KpiId,
      group: k.group as KpiConfig['group'],
      weight: k.weight,
      ...(k.floor !== undefined ? { floor: k.floor } : {}),
      ...(k.cap !== undefined ? { cap: k.cap } : {}),
    })),
    grades: inputs.grades.map((g) => ({
      grade: g.grade,
      minScore: g.min_score,
      bonusMultiplier: g.bonus_multiplier,
    })),
    firstDay,
  };
}
