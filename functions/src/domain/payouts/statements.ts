/**
 * Monthly pay statements (SPEC sections 4 and 5): for each rep and each month they were employed, one
 * line per amount — commission (or clawback) and what the cap held back, draw top-up or recovery,
 * performance bonus, the December year lines, rewards and penalties, pool shares, adjustments — each
 * rounded half-up to cents once and carrying the rows it came from. The total is the sum of the lines.
 */
import type { Decimal } from 'decimal.js';
import type { ActivityRecord } from '../activity.js';
import type { Day } from '../days.js';
import { DecimalSum } from '../decimal-sum.js';
import { Dec, ZERO, credited, isOne, roundHalfUp } from '../money.js';
import { monthOf, periodRange, previousPeriod, quarterOf, yearOf, type Period } from '../periods.js';
import type { RewardLine } from '../rewards/types.js';
import type { Window } from '../rewards/windows.js';
import { gradeBands, gradeLadder, type GradeRule } from '../scorecard/grade.js';
import type { Scorecard } from '../scorecard/scorecards.js';
import type { TargetRecord } from '../scorecard/targets.js';
import { drawMonth } from './draw.js';
import { monthCommission, type MonthCommission } from './month-commission.js';
import type { Plan, Tier, Tiers } from './plan.js';
import { splitPool, type PoolMember } from './pools.js';
import { employedDays } from './proration.js';
import { pushTo } from '../lists.js';
import { memo, pairKeys } from '../memo.js';

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

/** A rep and period's key, `rep` U+0000 `period`, the rep in lower case. */
type RepPeriodKey = (rep: string, period: Period) => string;

/**
 * Keys of reps and periods, the same string for the same pair: each spelling of a rep is lowered once
 * and each key built and hashed once, rather than once per activity row and lookup.
 */
function repPeriodKeys(): RepPeriodKey {
  const lower = memo((rep: string) => rep.toLowerCase());
  const pair = pairKeys();
  return (rep, period) => pair(lower(rep), period);
}

export function statements(input: PayInputs): { statements: Statement[]; teams: TeamMonth[] } {
  const key = repPeriodKeys();
  const plans = new Map(input.plans.map((p) => [p.plan.toLowerCase(), p]));
  const ladder = gradeLadder(input.grades);
  const bands = gradeBands(ladder);
  const multiplierOf = new Map(input.grades.map((g) => [g.grade, g]));
  const cards = new Map(input.scorecards.map((c) => [key(c.rep, c.period), c]));
  const revenueTargets = new Map(
    input.targets.filter((t) => t.metric.toLowerCase() === 'revenue').map((t) => [key(t.rep, t.period), t]),
  );

  // One pass over the activity: each month's revenue rows per rep.
  const revenueRows = new Map<string, ActivityRecord[]>();
  for (let at = 0; at < input.activity.length; at++) {
    const a = input.activity[at]!;
    if ((a.type === 'deal' || a.type === 'refund') && a.amount && a.day <= input.asOf)
      pushTo(revenueRows, key(a.rep, monthOf(a.day)), a);
  }
  const rewardsOf = new Map<string, RewardLine[]>();
  const teamRewardsOf = new Map<string, RewardLine[]>();
  for (const r of input.rewards) {
    if (r.day > input.asOf) continue;
    if (r.recipient === 'rep') pushTo(rewardsOf, key(r.rep_id, monthOf(r.day)), r);
    else if (r.recipient === 'team' && r.team !== null)
      pushTo(teamRewardsOf, `${r.team}\u0000${monthOf(r.day)}`, r);
  }
  const adjustmentsOf = new Map<string, AdjustmentRecord[]>();
  for (const a of input.adjustments)
    if (a.day <= input.asOf) pushTo(adjustmentsOf, key(a.rep, monthOf(a.day)), a);
  const { poolLines, poolFunds } = poolsByMonth(input, key);

  const out: Statement[] = [];
  const teamMonths = new Map<string, TeamMonth>();
  const teamMonth = (team: string, period: Period) => {
    const k = `${team}\u0000${period}`;
    let t = teamMonths.get(k);
    if (!t)
      teamMonths.set(k, (t = { period, team, reps: ZERO, teamRewards: ZERO, poolFund: ZERO, source: [] }));
    return t;
  };

  // The quarter whose flags set each month's rate multiplier, worked out once per month, not per rep.
  const flagQuarters = input.months.map((month) => previousPeriod(quarterOf(`${month}-01`)));
  const index: PayIndex = {
    input,
    key,
    cards,
    revenueRows,
    revenueTargets,
    rewardsOf,
    adjustmentsOf,
    poolLines,
    multiplierOf,
    bands,
    flagQuarters,
    windowText: windowTexts(),
  };
  for (const rep of input.reps) {
    const plan = plans.get(rep.plan.toLowerCase());
    let balance = ZERO;
    for (let m = 0; m < input.months.length; m++) {
      const statement = monthStatement(index, rep, plan, m, balance);
      if (!statement) continue;
      out.push(statement);
      balance = statement.drawBalance;
      if (rep.team !== undefined) {
        const t = teamMonth(rep.team, statement.period);
        t.reps = t.reps.add(statement.total);
      }
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
  const teams = [...teamMonths.values()].sort(
    (a, b) => a.period.localeCompare(b.period) || a.team.localeCompare(b.team),
  );
  return { statements: out, teams };
}

/** What the statements are worked out from, each indexed by rep and month (`key`) once for every statement. */
interface PayIndex {
  input: PayInputs;
  key: RepPeriodKey;
  cards: ReadonlyMap<string, Scorecard>;
  revenueRows: ReadonlyMap<string, readonly ActivityRecord[]>;
  revenueTargets: ReadonlyMap<string, TargetRecord>;
  rewardsOf: ReadonlyMap<string, readonly RewardLine[]>;
  adjustmentsOf: ReadonlyMap<string, readonly AdjustmentRecord[]>;
  poolLines: ReadonlyMap<string, readonly Line[]>;
  multiplierOf: ReadonlyMap<string, GradeRule & { row?: number }>;
  bands: ReturnType<typeof gradeBands>;
  /** By month position: the quarter whose flags set the month's rate multiplier. */
  flagQuarters: readonly Period[];
  windowText: (window: Window) => string;
}

/**
 * A reward window as a statement spells it (`first…last`), made once per window: the lines of a rule
 * share their window objects, tens of thousands of lines over a few dozen windows.
 */
function windowTexts(): (window: Window) => string {
  const texts = new Map<Window, string>();
  return (window) => {
    let text = texts.get(window);
    if (text === undefined) texts.set(window, (text = `${window.first}…${window.last}`));
    return text;
  };
}

/**
 * The statement of a rep's month (the `m`th of `input.months`), the draw balance carried in from the
 * month before; undefined when the month has none. A function of its own, called once per statement,
 * so the engine optimises it early rather than one long loop run once.
 */
function monthStatement(
  index: PayIndex,
  rep: PayRep,
  plan: Plan | undefined,
  m: number,
  balanceBefore: Decimal,
): Statement | undefined {
  const {
    input,
    key,
    cards,
    revenueRows,
    revenueTargets,
    rewardsOf,
    adjustmentsOf,
    poolLines,
    multiplierOf,
    bands,
    flagQuarters,
    windowText,
  } = index;
  let balance = balanceBefore;
  const month = input.months[m]!;
  const { days, ofDays } = employedDays(month, rep.hire, rep.leave);
  const k = key(rep.rep, month);
  // Outside employment a month has a statement only for adjustments made then (a final settlement).
  if (days === 0 && !adjustmentsOf.has(k)) return undefined;
  const employed = days > 0;
  const lines: Line[] = [];
  const rows = revenueRows.get(k) ?? NO_ROWS;
  const revenue = revenueOf(rows);
  const target = revenueTargets.get(k);
  let commission: MonthCommission | undefined;
  if (plan && employed) {
    commission = monthCommission(
      revenue,
      plan,
      target && tiersOf(target),
      rateMultiplier(plan, cards.get(key(rep.rep, flagQuarters[m]!))?.flags, input.settings),
    );
    lines.push({
      kind: commission.kind,
      amount: commission.amount,
      source: commissionSource(rows, target, plan),
      detail: {
        revenue: revenue.toFixed(2),
        tier: commission.tier,
        slices: slicesText(commission.slices),
        multiplier: commission.multiplier
          ? `${commission.multiplier.factor.toFixed()} (${commission.multiplier.reason})`
          : null,
      },
    });
    if (isAboveZero(commission.aboveCap)) {
      lines.push({
        kind: 'above_cap',
        amount: commission.aboveCap.neg(),
        source: [{ tab: 'CommissionPlans', row: plan.row }],
        detail: { cap: plan.cap!.toFixed(2) },
      });
    }
    if (plan.draw !== undefined && isAboveZero(plan.draw)) {
      const d = drawMonth(commission.paid, plan.draw, plan.drawKind ?? 'nonrecoverable', balance);
      balance = d.balance;
      const detail = {
        draw: plan.draw.toFixed(2),
        kind: plan.drawKind ?? 'nonrecoverable',
        balance: balance.toFixed(2),
      };
      if (isAboveZero(d.topUp))
        lines.push({
          kind: 'draw_top_up',
          amount: roundHalfUp(d.topUp),
          source: [{ tab: 'CommissionPlans', row: plan.row }],
          detail,
        });
      if (isAboveZero(d.repaid))
        lines.push({
          kind: 'draw_recovery',
          amount: roundHalfUp(d.repaid).neg(),
          source: [{ tab: 'CommissionPlans', row: plan.row }],
          detail,
        });
    }
  }
  const card = cards.get(k);
  if (employed && rep.monthlyBonusBase !== undefined && card?.grade !== undefined) {
    const grade = multiplierOf.get(card.grade)!;
    lines.push({
      kind: 'performance_bonus',
      amount: roundHalfUp(bonusOf(rep.monthlyBonusBase, grade.bonusMultiplier, days, ofDays)),
      source:
        grade.row !== undefined
          ? [
              { tab: 'Reps', row: rep.row },
              { tab: 'Grades', row: grade.row },
            ]
          : [{ tab: 'Reps', row: rep.row }],
      detail: {
        bonus_base: rep.monthlyBonusBase.toFixed(2),
        grade: card.grade,
        multiplier: grade.bonusMultiplier.toFixed(),
        days: `${days}/${ofDays}`,
        provisional: card.complete ? null : 'month in progress',
      },
    });
  }
  if (employed && month.endsWith('-12'))
    lines.push(...yearLines(rep, cards.get(key(rep.rep, yearOf(`${month}-01`))), bands));
  const rewards = rewardsOf.get(k) ?? NO_REWARDS;
  for (let i = 0; i < rewards.length; i++) {
    const r = rewards[i]!;
    lines.push({
      kind: r.amount.isNegative() ? 'penalty' : 'reward',
      amount: r.amount,
      source: rewardSource(input.rewardRows.get(r.rule), r.source),
      detail: { rule: r.rule, day: r.day, window: r.window ? windowText(r.window) : null },
    });
  }
  const pools = poolLines.get(k) ?? NO_LINES;
  for (let i = 0; i < pools.length; i++) lines.push(pools[i]!);
  const adjustments = adjustmentsOf.get(k) ?? NO_ADJUSTMENTS;
  for (let i = 0; i < adjustments.length; i++) {
    const a = adjustments[i]!;
    lines.push({
      kind: 'adjustment',
      amount: roundHalfUp(a.amount),
      source: [{ tab: a.tab ?? 'Adjustments', row: a.row }],
      detail: { reason: a.reason, day: a.day },
    });
  }
  const total = totalOf(lines);
  return {
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
  };
}

const NO_ROWS: readonly ActivityRecord[] = [];
const NO_REWARDS: readonly RewardLine[] = [];
const NO_ADJUSTMENTS: readonly AdjustmentRecord[] = [];
const NO_LINES: readonly Line[] = [];

/**
 * `amount > 0`, without the Decimal that `gt(0)` makes of its argument for every comparison.
 * @example isAboveZero(new Dec('0.01')) //=> true; isAboveZero(new Dec(0)) //=> false
 */
function isAboveZero(amount: Decimal): boolean {
  return amount.isPositive() && !amount.isZero();
}

/** A reward line's rows: its rule's row on the Rewards tab (when known), then the rows that earned it. */
function rewardSource(ruleRow: number | undefined, earned: readonly SourceRow[]): SourceRow[] {
  const source: SourceRow[] = ruleRow === undefined ? [] : [{ tab: 'Rewards', row: ruleRow }];
  for (let i = 0; i < earned.length; i++) source.push(earned[i]!);
  return source;
}

/**
 * A month's revenue: its deals less its refunds, each at the rep's share. A loop rather than a reduce
 * with a closure, and a share of one multiplies nothing (`credited`): it runs once per rep and month.
 * A zero credit is skipped, and the sum's zero is the shared ZERO (`DecimalSum`), so no −0 is kept.
 */
function revenueOf(rows: readonly ActivityRecord[]): Decimal {
  // Summed without a new Decimal a row (see DecimalSum).
  const revenue = new DecimalSum();
  for (let i = 0; i < rows.length; i++) {
    const a = rows[i]!;
    const credit = credited(a.amount!, a.share);
    if (credit.isZero()) continue;
    if (a.type === 'deal') revenue.add(credit);
    else revenue.sub(credit);
  }
  return revenue.total();
}

/** A revenue target's tiers; a missing challenge or sprint is left out. */
function tiersOf(target: TargetRecord): Tiers {
  const tiers: Tiers = { base: target.base };
  if (target.challenge) tiers.challenge = target.challenge;
  if (target.sprint) tiers.sprint = target.sprint;
  return tiers;
}

/** The rows behind a commission line: the month's revenue rows, its target, the plan. */
function commissionSource(
  rows: readonly ActivityRecord[],
  target: TargetRecord | undefined,
  plan: Plan,
): SourceRow[] {
  const source: SourceRow[] = [];
  for (let i = 0; i < rows.length; i++) source.push({ tab: 'Activity', row: rows[i]!.row });
  if (target) source.push({ tab: 'Targets', row: target.row });
  source.push({ tab: 'CommissionPlans', row: plan.row });
  return source;
}

/** Each slice as `revenue@rate`, joined by `|`: the tab spells them out. */
function slicesText(slices: MonthCommission['slices']): string {
  let text = '';
  for (let i = 0; i < slices.length; i++)
    text += `${i === 0 ? '' : '|'}${slices[i]!.revenue.toFixed(2)}@${slices[i]!.rate.toFixed()}`;
  return text;
}

/**
 * The month's performance bonus before rounding: base × the grade's multiplier × days employed ÷ days
 * of the month. A multiplier of one and a whole month change nothing, so they make no Decimal (the
 * product is exact at 40 digits, so dividing by the days it was multiplied by gives it back exactly).
 */
function bonusOf(base: Decimal, multiplier: Decimal, days: number, ofDays: number): Decimal {
  const graded = isOne(multiplier) ? base : base.mul(multiplier);
  return days === ofDays ? graded : graded.mul(days).div(ofDays);
}

/**
 * The sum of a statement's lines. Adding a zero amount changes nothing, and the first amount needs no
 * addition to zero: most lines then make no Decimal here. (Nonzero amounts only, so no −0 is kept.)
 */
function totalOf(lines: readonly Line[]): Decimal {
  let total: Decimal | undefined;
  for (let i = 0; i < lines.length; i++) {
    const amount = lines[i]!.amount;
    if (amount.isZero()) continue;
    total = total === undefined ? amount : total.add(amount);
  }
  return total ?? ZERO;
}

/**
 * A rate raise (flat plans, once `auto_rate_raise` is on) or a low-grade cut applies in the quarter after
 * the quarter that carries the flag (`quarterFlags`, the flags of the rep's quarter before the month's).
 */
function rateMultiplier(
  plan: Plan,
  quarterFlags: Scorecard['flags'] | undefined,
  settings: PaySettings,
): MonthCommission['multiplier'] {
  const flags = quarterFlags ?? [];
  if (flags.includes('rate_raise_eligible') && plan.mode === 'flat' && settings.autoRateRaise)
    return { factor: settings.rateRaiseMultiplier, reason: 'rate_raise' };
  if (flags.includes('low_grade') && settings.lowGradePolicy === 'reduce')
    return { factor: settings.rateCutMultiplier, reason: 'low_grade_reduce' };
  if (flags.includes('low_grade') && settings.lowGradePolicy === 'suspend')
    return { factor: new Dec(0), reason: 'low_grade_suspend' };
  return undefined;
}

/** December's year lines: one base salary for the top grade; the lowest grade forfeits the year-end bonus. */
function yearLines(rep: PayRep, year: Scorecard | undefined, bands: ReturnType<typeof gradeBands>): Line[] {
  if (year?.grade === undefined) return [];
  const detail = { year: year.period, grade: year.grade };
  if (bands.top.has(year.grade) && rep.baseSalary !== undefined) {
    return [
      {
        kind: 'year_salary_bonus',
        amount: roundHalfUp(rep.baseSalary),
        source: [{ tab: 'Reps', row: rep.row }],
        detail,
      },
    ];
  }
  if (bands.bottom.has(year.grade))
    return [{ kind: 'year_bonus_forfeited', amount: ZERO, source: [{ tab: 'Reps', row: rep.row }], detail }];
  return [];
}

/** Each pool split in the month of its first row: the members' lines and the team fund. */
function poolsByMonth(input: PayInputs, key: RepPeriodKey) {
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
      pushTo(poolLines, key(s.rep, period), {
        kind: 'pool',
        amount: s.amount,
        source,
        detail: { pool, role: s.role, pool_amount: first.amount.toFixed(2) },
      });
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
