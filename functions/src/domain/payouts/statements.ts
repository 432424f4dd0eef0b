/**
 * Monthly pay statements (SPEC sections 4 and 5): for each rep and each month they were employed, one
 * line per amount — commission (or clawback) and what the cap held back, draw top-up or recovery,
 * performance bonus, the December year lines, rewards and penalties, pool shares, adjustments — each
 * rounded half-up to cents once and carrying the rows it came from. The total is the sum of the lines.
 */
import type { Decimal } from 'decimal.js';
import type { ActivityRecord } from '../activity.js';
import type { Day } from '../days.js';
import { Dec, ZERO, roundHalfUp } from '../money.js';
import { monthOf, periodRange, previousPeriod, quarterOf, yearOf, type Period } from '../periods.js';
import type { RewardLine } from '../rewards/types.js';
import { gradeBands, gradeLadder, type GradeRule } from '../scorecard/grade.js';
import type { Scorecard } from '../scorecard/scorecards.js';
import type { TargetRecord } from '../scorecard/targets.js';
import { drawMonth } from './draw.js';
import { monthCommission, type MonthCommission } from './month-commission.js';
import type { Plan, Tier } from './plan.js';
import { splitPool, type PoolMember } from './pools.js';
import { employedDays } from './proration.js';
import { pushTo } from '../lists.js';

export type LineKind =
  | 'commission'
  | 'clawback'
  | 'above_cap'
  | 'draw_top_up'
  | 'draw_recovery'
  | 'performance_bonus'
  | 'year_salary_bonus'
  | 'year_bonus_forfeited'
  | 'reward'
  | 'penalty'
  | 'pool'
  | 'adjustment'
  /** A closed month's change carried into the first open month (period-close.ts). */
  | 'prior_period';

export interface SourceRow {
  tab: string;
  row: number;
}

export interface Line {
  kind: LineKind;
  amount: Decimal;
  source: SourceRow[];
  /** What a person needs to check the line by hand. */
  detail: Readonly<Record<string, string | number | null>>;
}

export interface PayRep {
  rep: string;
  name: string;
  team?: string;
  hire: Day;
  leave?: Day;
  plan: string;
  baseSalary?: Decimal;
  monthlyBonusBase?: Decimal;
  row: number;
}

export interface PoolRecord {
  day: Day;
  pool: string;
  amount: Decimal;
  rep: string;
  role: 'lead' | 'support';
  row: number;
}

export interface AdjustmentRecord {
  day: Day;
  rep: string;
  amount: Decimal;
  reason: string;
  row: number;
  /** The tab the row is on: `Adjustments` unless said (a resolved pay inquiry comes from `Inquiries`). */
  tab?: string;
}

export interface PaySettings {
  autoRateRaise: boolean;
  rateRaiseMultiplier: Decimal;
  lowGradePolicy: 'flag' | 'reduce' | 'suspend';
  rateCutMultiplier: Decimal;
}

export interface PayInputs {
  months: readonly Period[];
  asOf: Day;
  reps: readonly PayRep[];
  activity: readonly ActivityRecord[];
  targets: readonly TargetRecord[];
  plans: readonly Plan[];
  grades: readonly (GradeRule & { row?: number })[];
  scorecards: readonly Scorecard[];
  rewards: readonly RewardLine[];
  /** Sheet row of each Rewards rule, by rule id. */
  rewardRows: ReadonlyMap<string, number>;
  pools: readonly PoolRecord[];
  adjustments: readonly AdjustmentRecord[];
  settings: PaySettings;
}

export interface Statement {
  period: Period;
  rep: string;
  name: string;
  team?: string;
  plan?: string;
  revenue: Decimal;
  tier: Tier | null;
  commission?: MonthCommission;
  drawBalance: Decimal;
  lines: Line[];
  total: Decimal;
}

export interface TeamMonth {
  period: Period;
  team: string;
  /** Σ of the team's reps' statement totals. */
  reps: Decimal;
  /** Rewards paid to the team (recipient `team`). */
  teamRewards: Decimal;
  /** The team fund's share of pools. */
  poolFund: Decimal;
  source: SourceRow[];
}

const key = (rep: string, period: Period) => `${rep.toLowerCase()}\u0000${period}`;

export function statements(input: PayInputs): { statements: Statement[]; teams: TeamMonth[] } {
  const plans = new Map(input.plans.map((p) => [p.plan.toLowerCase(), p]));
  const ladder = gradeLadder(input.grades);
  const bands = gradeBands(ladder);
  const multiplierOf = new Map(input.grades.map((g) => [g.grade, g]));
  const cards = new Map(input.scorecards.map((c) => [key(c.rep, c.period), c]));
  const revenueTargets = new Map(input.targets.filter((t) => t.metric.toLowerCase() === 'revenue').map((t) => [key(t.rep, t.period), t]));

  // One pass over the activity: each month's revenue rows per rep.
  const revenueRows = new Map<string, ActivityRecord[]>();
  for (let at = 0; at < input.activity.length; at++) {
    const a = input.activity[at]!;
    if ((a.type === 'deal' || a.type === 'refund') && a.amount && a.day <= input.asOf) pushTo(revenueRows, key(a.rep, monthOf(a.day)), a);
  }
  const rewardsOf = new Map<string, RewardLine[]>();
  const teamRewardsOf = new Map<string, RewardLine[]>();
  for (const r of input.rewards) {
    if (r.day > input.asOf) continue;
    if (r.recipient === 'rep') pushTo(rewardsOf, key(r.rep_id, monthOf(r.day)), r);
    else if (r.recipient === 'team' && r.team !== null) pushTo(teamRewardsOf, `${r.team}\u0000${monthOf(r.day)}`, r);
  }
  const adjustmentsOf = new Map<string, AdjustmentRecord[]>();
  for (const a of input.adjustments) if (a.day <= input.asOf) pushTo(adjustmentsOf, key(a.rep, monthOf(a.day)), a);
  const { poolLines, poolFunds } = poolsByMonth(input);

  const out: Statement[] = [];
  const teamMonths = new Map<string, TeamMonth>();
  const teamMonth = (team: string, period: Period) => {
    const k = `${team}\u0000${period}`;
    let t = teamMonths.get(k);
    if (!t) teamMonths.set(k, (t = { period, team, reps: ZERO, teamRewards: ZERO, poolFund: ZERO, source: [] }));
    return t;
  };

  for (const rep of input.reps) {
    const plan = plans.get(rep.plan.toLowerCase());
    let balance = ZERO;
    for (const month of input.months) {
      const { days, ofDays } = employedDays(month, rep.hire, rep.leave);
      const k = key(rep.rep, month);
      // Outside employment a month has a statement only for adjustments made then (a final settlement).
      if (days === 0 && !adjustmentsOf.has(k)) continue;
      const employed = days > 0;
      const lines: Line[] = [];
      const rows = revenueRows.get(k) ?? [];
      const revenue = rows.reduce((s, a) => (a.type === 'deal' ? s.add(a.amount!.mul(a.share)) : s.sub(a.amount!.mul(a.share))), ZERO);
      const target = revenueTargets.get(k);
      let commission: MonthCommission | undefined;
      if (plan && employed) {
        const tiers = target ? { base: target.base, ...(target.challenge ? { challenge: target.challenge } : {}), ...(target.sprint ? { sprint: target.sprint } : {}) } : undefined;
        commission = monthCommission(revenue, plan, tiers, rateMultiplier(plan, month, rep.rep, cards, input.settings));
        const source = [...rows.map((a) => ({ tab: 'Activity', row: a.row })), ...(target ? [{ tab: 'Targets', row: target.row }] : []), { tab: 'CommissionPlans', row: plan.row }];
        lines.push({
          kind: commission.kind,
          amount: commission.amount,
          source,
          detail: {
            revenue: revenue.toFixed(2),
            tier: commission.tier,
            // Each slice as `revenue@rate`, joined by `|`: the tab spells them out.
            slices: commission.slices.map((s) => `${s.revenue.toFixed(2)}@${s.rate.toFixed()}`).join('|'),
            multiplier: commission.multiplier ? `${commission.multiplier.factor.toFixed()} (${commission.multiplier.reason})` : null,
          },
        });
        if (commission.aboveCap.gt(0)) {
          lines.push({ kind: 'above_cap', amount: commission.aboveCap.neg(), source: [{ tab: 'CommissionPlans', row: plan.row }], detail: { cap: plan.cap!.toFixed(2) } });
        }
        if (plan.draw !== undefined && plan.draw.gt(0)) {
          const d = drawMonth(commission.paid, plan.draw, plan.drawKind ?? 'nonrecoverable', balance);
          balance = d.balance;
          const detail = { draw: plan.draw.toFixed(2), kind: plan.drawKind ?? 'nonrecoverable', balance: balance.toFixed(2) };
          if (d.topUp.gt(0)) lines.push({ kind: 'draw_top_up', amount: roundHalfUp(d.topUp), source: [{ tab: 'CommissionPlans', row: plan.row }], detail });
          if (d.repaid.gt(0)) lines.push({ kind: 'draw_recovery', amount: roundHalfUp(d.repaid).neg(), source: [{ tab: 'CommissionPlans', row: plan.row }], detail });
        }
      }
      const card = cards.get(k);
      if (employed && rep.monthlyBonusBase !== undefined && card?.grade !== undefined) {
        const grade = multiplierOf.get(card.grade)!;
        lines.push({
          kind: 'performance_bonus',
          amount: roundHalfUp(rep.monthlyBonusBase.mul(grade.bonusMultiplier).mul(days).div(ofDays)),
          source: [{ tab: 'Reps', row: rep.row }, ...(grade.row !== undefined ? [{ tab: 'Grades', row: grade.row }] : [])],
          detail: { bonus_base: rep.monthlyBonusBase.toFixed(2), grade: card.grade, multiplier: grade.bonusMultiplier.toFixed(), days: `${days}/${ofDays}`, provisional: card.complete ? null : 'month in progress' },
        });
      }
      if (employed && month.endsWith('-12')) lines.push(...yearLines(rep, cards.get(key(rep.rep, yearOf(`${month}-01`))), bands));
      for (const r of rewardsOf.get(k) ?? []) {
        const source = [...(input.rewardRows.has(r.rule) ? [{ tab: 'Rewards', row: input.rewardRows.get(r.rule)! }] : []), ...r.source];
        lines.push({ kind: r.amount.isNegative() ? 'penalty' : 'reward', amount: r.amount, source, detail: { rule: r.rule, day: r.day, window: r.window ? `${r.window.first}…${r.window.last}` : null } });
      }
      lines.push(...(poolLines.get(k) ?? []));
      for (const a of adjustmentsOf.get(k) ?? []) {
        lines.push({ kind: 'adjustment', amount: roundHalfUp(a.amount), source: [{ tab: a.tab ?? 'Adjustments', row: a.row }], detail: { reason: a.reason, day: a.day } });
      }
      const total = lines.reduce((s, l) => s.add(l.amount), ZERO);
      out.push({
        period: month,
        rep: rep.rep,
        name: rep.name,
        ...(rep.team !== undefined ? { team: rep.team } : {}),
        ...(plan ? { plan: plan.plan } : {}),
        revenue,
        tier: commission?.tier ?? null,
        ...(commission ? { commission } : {}),
        drawBalance: balance,
        lines,
        total,
      });
      if (rep.team !== undefined) teamMonth(rep.team, month).reps = teamMonth(rep.team, month).reps.add(total);
    }
  }
  for (const [k, lines] of teamRewardsOf) {
    const [team, period] = k.split('\u0000') as [string, string];
    const t = teamMonth(team, period);
    for (const l of lines) {
      t.teamRewards = t.teamRewards.add(l.amount);
      t.source.push(...l.source);
    }
  }
  for (const f of poolFunds) {
    const t = teamMonth(f.team, f.period);
    t.poolFund = t.poolFund.add(f.amount);
    t.source.push(...f.source);
  }
  const teams = [...teamMonths.values()].sort((a, b) => a.period.localeCompare(b.period) || a.team.localeCompare(b.team));
  return { statements: out, teams };
}

/**
 * A rate raise (flat plans, once `auto_rate_raise` is on) or a low-grade cut applies in the quarter after
 * the quarter that carries the flag.
 */
function rateMultiplier(plan: Plan, month: Period, rep: string, cards: ReadonlyMap<string, Scorecard>, settings: PaySettings): MonthCommission['multiplier'] {
  const flags = cards.get(key(rep, previousPeriod(quarterOf(`${month}-01`))))?.flags ?? [];
  if (flags.includes('rate_raise_eligible') && plan.mode === 'flat' && settings.autoRateRaise) return { factor: settings.rateRaiseMultiplier, reason: 'rate_raise' };
  if (flags.includes('low_grade') && settings.lowGradePolicy === 'reduce') return { factor: settings.rateCutMultiplier, reason: 'low_grade_reduce' };
  if (flags.includes('low_grade') && settings.lowGradePolicy === 'suspend') return { factor: new Dec(0), reason: 'low_grade_suspend' };
  return undefined;
}

/** December's year lines: one base salary for the top grade; the lowest grade forfeits the year-end bonus. */
function yearLines(rep: PayRep, year: Scorecard | undefined, bands: ReturnType<typeof gradeBands>): Line[] {
  if (year?.grade === undefined) return [];
  const detail = { year: year.period, grade: year.grade };
  if (bands.top.has(year.grade) && rep.baseSalary !== undefined) {
    return [{ kind: 'year_salary_bonus', amount: roundHalfUp(rep.baseSalary), source: [{ tab: 'Reps', row: rep.row }], detail }];
  }
  if (bands.bottom.has(year.grade)) return [{ kind: 'year_bonus_forfeited', amount: ZERO, source: [{ tab: 'Reps', row: rep.row }], detail }];
  return [];
}

/** Each pool split in the month of its first row: the members' lines and the team fund. */
function poolsByMonth(input: PayInputs) {
  const byPool = new Map<string, PoolRecord[]>();
  for (const p of input.pools) if (p.day <= input.asOf) pushTo(byPool, p.pool, p);
  const teamOf = new Map(input.reps.map((r) => [r.rep.toLowerCase(), r.team]));
  const poolLines = new Map<string, Line[]>();
  const poolFunds: { period: Period; team: string; amount: Decimal; source: SourceRow[] }[] = [];
  for (const [pool, rows] of byPool) {
    const first = rows.reduce((a, b) => (b.day < a.day ? b : a));
    const period = monthOf(first.day);
    const members: PoolMember[] = rows.map((r) => ({ rep: r.rep, role: r.role, row: r.row }));
    const { shares, teamFund } = splitPool(first.amount, members);
    const source = rows.map((r) => ({ tab: 'Pools', row: r.row }));
    for (const s of shares) {
      pushTo(poolLines, key(s.rep, period), { kind: 'pool', amount: s.amount, source, detail: { pool, role: s.role, pool_amount: first.amount.toFixed(2) } });
    }
    const lead = rows.find((r) => r.role === 'lead') ?? first;
    const team = teamOf.get(lead.rep.toLowerCase());
    if (team !== undefined) poolFunds.push({ period, team, amount: teamFund, source });
  }
  return { poolLines, poolFunds };
}

/** Whether a month is inside the statements' range (for callers building month lists). */
export function monthEnded(month: Period, asOf: Day): boolean {
  return periodRange(month).last <= asOf;
}
