/** The `Payouts` tab: each rep's monthly statement line by line, with the rows behind each line; team totals. */
import type { Decimal } from 'decimal.js';
import { payouts as spec } from '../../../sheets-templates/output/payouts.js';
import { Dec, HUNDRED, reportFigure } from '../domain/money.js';
import type { Line, SourceRow, Statement, TeamMonth } from '../domain/payouts/statements.js';
import type { Locale } from '../workbook/messages.js';
import type { OutputTab } from '../workbook/port.js';
import { collationRanks } from './collation.js';
import { layoutTab, type SectionCells } from './layout.js';
import { amountText } from './numbers.js';

const ITEMS: Readonly<Record<Line['kind'] | 'total', Readonly<Record<Locale, string>>>> = {
  commission: { en: 'Commission', 'zh-CN': '提成' },
  clawback: { en: 'Clawback', 'zh-CN': '提成追回' },
  above_cap: { en: 'Above the cap (not paid)', 'zh-CN': '超出封顶（不发放）' },
  draw_top_up: { en: 'Draw top-up', 'zh-CN': '保底补足' },
  draw_recovery: { en: 'Draw recovered', 'zh-CN': '保底回收' },
  performance_bonus: { en: 'Performance bonus', 'zh-CN': '绩效奖金' },
  year_salary_bonus: { en: 'Year grade bonus', 'zh-CN': '年度等级奖励' },
  year_bonus_forfeited: { en: 'Year-end bonus forfeited', 'zh-CN': '取消年终奖' },
  reward: { en: 'Reward', 'zh-CN': '奖励' },
  penalty: { en: 'Penalty', 'zh-CN': '处罚' },
  pool: { en: 'Pool share', 'zh-CN': '奖金池分配' },
  adjustment: { en: 'Adjustment', 'zh-CN': '调整' },
  prior_period: { en: 'Prior-period adjustment', 'zh-CN': '以前期间调整' },
  total: { en: 'Total', 'zh-CN': '合计' },
};

const money = (d: Decimal) => reportFigure(d, 2);
const fmt = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : amountText(v));

/**
 * Adds "12–14, 20" to `parts`: row numbers (sorted here, in place, unless already in order) as runs,
 * each row once.
 */
function addRuns(rows: number[], parts: string[]): void {
  let ordered = true;
  for (let i = 1; i < rows.length && ordered; i++) ordered = rows[i - 1]! <= rows[i]!;
  if (!ordered) rows.sort((a, b) => a - b);
  for (let i = 0; i < rows.length;) {
    const first = rows[i]!;
    let last = first;
    // A repeated row number continues the run it is in.
    for (i += 1; i < rows.length && (rows[i] === last || rows[i] === last + 1); i += 1) last = rows[i]!;
    parts.push(last > first ? `${first}–${last}` : String(first));
  }
}

/**
 * "Activity 12–14, 20; Targets 5": rows grouped by tab (in the order tabs first appear), runs of rows
 * as ranges. Each tab's rows go into one array: a commission line can stand on hundreds of activity
 * rows. A line names a few tabs at most, so they are kept in a short list, not a map.
 */
export function sourceText(source: readonly SourceRow[]): string {
  const tabs: string[] = [];
  const rowsOf: number[][] = [];
  let last = -1; // the position in `tabs` of the row before's tab: rows of a tab mostly come together
  for (let i = 0; i < source.length; i++) {
    const { tab, row } = source[i]!;
    if (last < 0 || tabs[last] !== tab) {
      last = tabs.indexOf(tab);
      if (last < 0) {
        last = tabs.length;
        tabs.push(tab);
        rowsOf.push([]);
      }
    }
    rowsOf[last]!.push(row);
  }
  // Each tab's runs joined at once, into one flat string: added run after run, a line's text was a
  // chain of two pieces a run, kept until the tab was written (12 MiB of a million-row log's outputs).
  let text = '';
  const runs: string[] = [];
  for (let t = 0; t < tabs.length; t++) {
    runs.length = 0;
    addRuns(rowsOf[t]!, runs);
    const part = `${tabs[t]!} ${runs.join(', ')}`;
    text = text === '' ? part : `${text}; ${part}`;
  }
  return text;
}

/**
 * A commission rate as a percentage ("0.035" → "3.5"). Rates come from the plans' settings, so a few
 * texts serve every line; kept by the rate's text, and forgotten past a bound in case of many.
 */
const percentTexts = new Map<string, string>();
function ratePercent(rate: string | undefined): string {
  const key = rate ?? '0';
  let text = percentTexts.get(key);
  if (text === undefined) {
    text = new Dec(key).mul(HUNDRED).toFixed();
    if (percentTexts.size >= 1000) percentTexts.clear();
    percentTexts.set(key, text);
  }
  return text;
}

/** "12,000.00 × 3.5% + 8,000.00 × 5%": the slices of a commission, kept as `revenue@rate|…`. */
function slicesText(slices: string): string {
  let text = '';
  for (const slice of slices.split('|')) {
    if (slice === '') continue;
    // The first two of its `@`-separated fields, as `const [revenue, rate] = slice.split('@')` would take.
    const at = slice.indexOf('@');
    const revenue = at < 0 ? slice : slice.slice(0, at);
    const next = at < 0 ? -1 : slice.indexOf('@', at + 1);
    const rate = at < 0 ? undefined : slice.slice(at + 1, next < 0 ? slice.length : next);
    const part = `${fmt(revenue)} × ${ratePercent(rate)}%`;
    text = text === '' ? part : `${text} + ${part}`;
  }
  return text;
}

/** How a line was worked out, in the workbook's language. */
export function howText(line: Line, locale: Locale): string {
  const d = line.detail;
  const zh = locale === 'zh-CN';
  switch (line.kind) {
    case 'commission':
    case 'clawback': {
      const tier =
        d.tier === null ? (zh ? '无业绩目标' : 'no revenue target') : `${zh ? '档位' : 'tier'} ${d.tier}`;
      const multiplier = d.multiplier ? ` × ${d.multiplier}` : '';
      const slices = slicesText(String(d.slices ?? '')) || '0.00';
      return `${slices}${multiplier} (${zh ? '业绩' : 'revenue'} ${fmt(d.revenue)}, ${tier})`;
    }
    case 'above_cap':
      return `${zh ? '封顶' : 'cap'} ${fmt(d.cap)}`;
    case 'draw_top_up':
    case 'draw_recovery':
      return `${zh ? '保底' : 'draw'} ${fmt(d.draw)} (${d.kind}), ${zh ? '余额' : 'balance'} ${fmt(d.balance)}`;
    case 'performance_bonus':
      return `${fmt(d.bonus_base)} × ${Number(d.multiplier) * 100}% (${zh ? '等级' : 'grade'} ${d.grade}) × ${d.days} ${zh ? '天' : 'days'}${d.provisional ? (zh ? '（当月未结束，暂定）' : ' (month in progress: provisional)') : ''}`;
    case 'year_salary_bonus':
      return `${d.year} ${zh ? '年度等级' : 'year grade'} ${d.grade}: ${zh ? '加发一个月底薪' : 'one base salary'}`;
    case 'year_bonus_forfeited':
      return `${d.year} ${zh ? '年度等级' : 'year grade'} ${d.grade}`;
    case 'reward':
    case 'penalty':
      return `${d.rule}${d.window ? ` (${d.window})` : ` (${d.day})`}`;
    case 'pool':
      return `${d.pool} ${fmt(d.pool_amount)}, ${d.role === 'lead' ? (zh ? '负责人 50%' : 'lead 50%') : zh ? '协助 30% 均分' : 'support, 30% shared'}`;
    case 'adjustment':
      return `${d.reason} (${d.day})`;
    case 'prior_period':
      return zh
        ? `${d.period} 已结账（冻结合计 ${fmt(d.frozen_total)}，现算 ${fmt(d.now_total)}）：${d.cause}`
        : `${d.period} closed (frozen total ${fmt(d.frozen_total)}, now ${fmt(d.now_total)}): ${d.cause}`;
  }
}

/** Latest month first, then by team and rep; by each text's place in the collation, found once. */
function byPeriodTeamRep(list: readonly Statement[]): Statement[] {
  const periods = collationRanks(list.map((s) => s.period));
  const teams = collationRanks(list.map((s) => s.team ?? ''));
  const reps = collationRanks(list.map((s) => s.rep));
  const keyed = list.map((statement) => ({
    statement,
    period: periods.get(statement.period)!,
    team: teams.get(statement.team ?? '')!,
    rep: reps.get(statement.rep)!,
  }));
  keyed.sort((a, b) => b.period - a.period || a.team - b.team || a.rep - b.rep);
  return keyed.map((k) => k.statement);
}

export function payoutsTab(
  list: readonly Statement[],
  teams: readonly TeamMonth[],
  locale: Locale,
): OutputTab {
  const ordered = byPeriodTeamRep(list);
  // Rows by position (period, rep_id, name, item, amount, how, source): a statement line is a row,
  // and the tab's tens of thousands of rows are read by index rather than by column id.
  const statements: SectionCells[] = [];
  for (const s of ordered) {
    for (const line of s.lines) {
      statements.push([
        s.period,
        s.rep,
        s.name,
        ITEMS[line.kind][locale],
        money(line.amount),
        { value: howText(line, locale), style: 'wrap' },
        { value: sourceText(line.source), style: 'wrap' },
      ]);
    }
    const style = 'total' as const;
    statements.push([
      s.period,
      s.rep,
      s.name,
      { value: ITEMS.total[locale], style },
      { value: money(s.total), style, format: 'money' },
      s.lines.length === 0 ? (locale === 'zh-CN' ? '本月无薪酬项目' : 'nothing to pay this month') : '',
      '',
    ]);
  }
  return layoutTab(
    spec,
    {
      statements,
      teams: [...teams].reverse().map((t) => ({
        period: t.period,
        team: t.team,
        reps: money(t.reps),
        team_rewards: money(t.teamRewards),
        pool_fund: money(t.poolFund),
        total: money(t.reps.add(t.teamRewards).add(t.poolFund)),
        source: sourceText(t.source),
      })),
    },
    locale,
    [],
    { frozenColumns: 3 },
  );
}
