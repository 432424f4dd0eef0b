/**
 * Pay statements from the workbook's inputs (SPEC sections 4 and 5): plain records for the payout rules,
 * the statements and team totals, their JSON (SPEC section 10) and alerts for months paid without a
 * revenue target or a plan.
 */
import type { Day } from '../domain/days.js';
import { reportFigure, ZERO, type Dec } from '../domain/money.js';
import type { Plan } from '../domain/payouts/plan.js';
import {
  statements,
  type AdjustmentRecord,
  type Line,
  type PayRep,
  type Statement,
  type TeamMonth,
} from '../domain/payouts/statements.js';
import type { Period } from '../domain/periods.js';
import type { RewardLine } from '../domain/rewards/types.js';
import type { Scorecard } from '../domain/scorecard/scorecards.js';
import type { Inputs } from '../workbook/ingest.js';
import type { Alert } from './alerts.js';
import type { Records } from './records.js';

export interface PayoutJson {
  period: string;
  rep_id: string;
  revenue: number;
  tier: string | null;
  commission: number;
  draw_topup: number;
  draw_balance: number;
  performance_bonus: number;
  rewards: number;
  penalties: number;
  pools: number;
  adjustments: number;
  total: number;
  lines: { kind: string; amount: number; source: { tab: string; row: number }[] }[];
}

const money = (d: Dec) => reportFigure(d, 2);

/** The kinds of line a statement's JSON sums, each under its own figure. */
type SummedKind = 'draw_top_up' | 'performance_bonus' | 'reward' | 'penalty' | 'pool' | 'adjustment';
/** Undefined for a kind with no line. */
type KindSums = Record<SummedKind, Dec | undefined>;

/**
 * Per summed kind, the sum of a statement's lines of that kind, in one pass over the lines (not one
 * filtered copy per kind). Adding to nothing makes no Decimal: a kind's first line is its sum so far
 * (the figures are reported as numbers, so a −0 kept that way reads 0 all the same).
 */
function kindSums(lines: readonly Line[]): KindSums {
  const sums: KindSums = {
    draw_top_up: undefined,
    performance_bonus: undefined,
    reward: undefined,
    penalty: undefined,
    pool: undefined,
    adjustment: undefined,
  };
  for (let i = 0; i < lines.length; i++) {
    const { kind, amount } = lines[i]!;
    if (!(kind in sums)) continue;
    const sum = sums[kind as SummedKind];
    sums[kind as SummedKind] = sum === undefined ? amount : sum.add(amount);
  }
  return sums;
}

/** A kind's sum as reported: 0 when the statement has no line of the kind. */
const summed = (sum: Dec | undefined) => (sum === undefined ? 0 : money(sum));

export function payoutJson(s: Statement): PayoutJson {
  const sums = kindSums(s.lines);
  const lines: PayoutJson['lines'] = [];
  for (let i = 0; i < s.lines.length; i++) {
    const l = s.lines[i]!;
    lines.push({ kind: l.kind, amount: money(l.amount), source: l.source });
  }
  return {
    period: s.period,
    rep_id: s.rep,
    revenue: money(s.revenue),
    tier: s.tier,
    commission: money(s.commission?.paid ?? ZERO),
    draw_topup: summed(sums.draw_top_up),
    draw_balance: money(s.drawBalance),
    performance_bonus: summed(sums.performance_bonus),
    rewards: summed(sums.reward),
    penalties: sums.penalty === undefined ? 0 : money(sums.penalty.neg()),
    pools: summed(sums.pool),
    adjustments: summed(sums.adjustment),
    total: money(s.total),
    lines,
  };
}

function plansOf(inputs: Inputs): Plan[] {
  return inputs.plans.map((p) => ({
    plan: p.plan,
    mode: p.mode as Plan['mode'],
    belowBaseRate: p.below_base_rate ?? ZERO,
    ...(p.base_rate ? { baseRate: p.base_rate } : {}),
    ...(p.challenge_rate ? { challengeRate: p.challenge_rate } : {}),
    ...(p.sprint_rate ? { sprintRate: p.sprint_rate } : {}),
    ...(p.flat_rate ? { flatRate: p.flat_rate } : {}),
    ...(p.cap ? { cap: p.cap } : {}),
    ...(p.draw ? { draw: p.draw } : {}),
    ...(p.draw_kind ? { drawKind: p.draw_kind as Plan['drawKind'] & string } : {}),
    row: p.row,
  }));
}

export interface PayoutResults {
  statements: Statement[];
  teams: TeamMonth[];
  json: PayoutJson[];
  alerts: Alert[];
}

export function payoutResults(
  inputs: Inputs,
  records: Records,
  months: readonly Period[],
  asOf: Day,
  cards: readonly Scorecard[],
  rewards: readonly RewardLine[],
  /** Adjustments from other tabs (resolved pay inquiries). */
  extraAdjustments: readonly AdjustmentRecord[] = [],
): PayoutResults {
  const canonical = new Map(inputs.reps.map((r) => [r.rep_id.toLowerCase(), r.rep_id]));
  const rep = (id: string) => canonical.get(id.toLowerCase()) ?? id;
  const reps: PayRep[] = inputs.reps.map((r) => ({
    rep: r.rep_id,
    name: r.name,
    ...(r.team !== undefined ? { team: r.team } : {}),
    hire: r.hire_date,
    ...(r.leave_date !== undefined ? { leave: r.leave_date } : {}),
    plan: r.plan,
    ...(r.base_salary !== undefined ? { baseSalary: r.base_salary } : {}),
    ...(r.monthly_bonus_base !== undefined ? { monthlyBonusBase: r.monthly_bonus_base } : {}),
    row: r.row,
  }));
  const result = statements({
    months,
    asOf,
    reps,
    activity: records.activity,
    targets: records.targets,
    plans: plansOf(inputs),
    grades: inputs.grades.map((g) => ({
      grade: g.grade,
      minScore: g.min_score,
      bonusMultiplier: g.bonus_multiplier,
      row: g.row,
    })),
    scorecards: cards,
    rewards,
    rewardRows: new Map(inputs.rewards.map((r) => [r.rule, r.row])),
    pools: inputs.pools.map((p) => ({
      day: p.date,
      pool: p.pool,
      amount: p.amount,
      rep: rep(p.rep_id),
      role: p.role as 'lead' | 'support',
      row: p.row,
    })),
    adjustments: [
      ...inputs.adjustments.map((a) => ({
        day: a.date,
        rep: rep(a.rep_id),
        amount: a.amount,
        reason: a.reason,
        row: a.row,
      })),
      ...extraAdjustments.map((a) => ({ ...a, rep: rep(a.rep) })),
    ],
    settings: {
      autoRateRaise: inputs.settings.auto_rate_raise,
      rateRaiseMultiplier: inputs.settings.rate_raise_multiplier,
      lowGradePolicy: inputs.settings.low_grade_policy as 'flag' | 'reduce' | 'suspend',
      rateCutMultiplier: inputs.settings.rate_cut_multiplier,
    },
  });
  return { ...result, json: result.statements.map(payoutJson), alerts: payoutAlerts(result.statements) };
}

/** A month paid without a revenue target (all at the below-base rate), or a rep without a plan. */
function payoutAlerts(list: readonly Statement[]): Alert[] {
  const alerts: Alert[] = [];
  for (const s of list) {
    const who = `${s.name} (${s.rep})`;
    if (s.plan === undefined) {
      alerts.push({
        severity: 'high',
        rule: 'no_plan',
        rep_id: s.rep,
        period: s.period,
        figures: {},
        message: {
          en: `${who}, ${s.period}: no commission plan, so no commission was worked out.`,
          'zh-CN': `${who}，${s.period}：没有提成方案，未计算提成。`,
        },
      });
    } else if (s.tier === null && !s.revenue.isZero()) {
      alerts.push({
        severity: 'medium',
        rule: 'no_revenue_target',
        rep_id: s.rep,
        period: s.period,
        figures: { revenue: money(s.revenue) },
        message: {
          en: `${who}, ${s.period}: no revenue target, so all revenue is paid at the below-base rate.`,
          'zh-CN': `${who}，${s.period}：没有业绩目标，全部业绩按未达基础提成率计算。`,
        },
      });
    }
  }
  return alerts;
}
