/**
 * What each data issue and action says to a manager, in English and Chinese. One sentence per
 * reason code; values come from the issue itself (`{value}`, `{column}`) or its params.
 */
import type { DataIssue, IssueAction, IssueCode } from './issues.js';

export type Locale = 'zh-CN' | 'en';

type Sentences = Readonly<Record<Locale, string>>;

const MESSAGES: Readonly<Record<IssueCode, Sentences>> = {
  not_a_date: {
    en: '"{value}" is not a date. Write dates as 2026-03-24 or 2026/3/24.',
    'zh-CN': '“{value}”不是日期，请写成 2026-03-24 或 2026/3/24。',
  },
  impossible_date: {
    en: '"{value}" is not a day on the calendar.',
    'zh-CN': '“{value}”是不存在的日期。',
  },
  date_out_of_range: {
    en: '"{value}" is outside the years 1970–2100; it looks like a typing slip.',
    'zh-CN': '“{value}”不在 1970–2100 年之间，可能是输入错误。',
  },
  not_a_number: {
    en: '"{value}" is not a number.',
    'zh-CN': '“{value}”不是数字。',
  },
  not_a_whole_number: {
    en: '"{value}" must be a whole number.',
    'zh-CN': '“{value}”必须是整数。',
  },
  ambiguous_percent: {
    en: '"{value}" could mean {value}% or {value}00%. Write 15% as 15% or 0.15.',
    'zh-CN': '“{value}”无法判断是百分之几，请写成 15% 或 0.15。',
  },
  negative_percent: {
    en: '"{value}" is a negative percent.',
    'zh-CN': '“{value}”是负的百分比。',
  },
  not_a_percent: {
    en: '"{value}" is not a percent. Write 15% or 0.15.',
    'zh-CN': '“{value}”不是百分比，请写成 15% 或 0.15。',
  },
  not_a_period: {
    en: '"{value}" is not a period. Write 2026-05, 2026-Q2 or 2026.',
    'zh-CN': '“{value}”不是期间，请写成 2026-05、2026-Q2 或 2026。',
  },
  not_in_list: {
    en: '"{value}" is not one of: {allowed}.',
    'zh-CN': '“{value}”不在可选值中：{allowed}。',
  },
  not_a_boolean: {
    en: '"{value}" is neither yes nor no.',
    'zh-CN': '“{value}”应为“是”或“否”。',
  },
  required_missing: {
    en: 'The {column} cell is empty, and the row cannot be used without it.',
    'zh-CN': '“{column}”为空，缺少它该行无法使用。',
  },
  missing_column: {
    en: 'The tab has no {column} column, which it needs.',
    'zh-CN': '该表缺少必需的“{column}”列。',
  },
  unknown_column: {
    en: 'The column "{value}" is not one the engine reads; it is left as it is.',
    'zh-CN': '列“{value}”不是系统读取的列，保持原样。',
  },
  duplicate_column: {
    en: 'The column {column} appears twice; the first one is read.',
    'zh-CN': '“{column}”列出现了两次，只读取第一列。',
  },
  mixed_header_languages: {
    en: 'The header mixes Chinese and English names ({value}); each column was matched by its name.',
    'zh-CN': '表头中英文混用（{value}），已按列名逐一识别。',
  },
  unknown_tab: {
    en: 'The tab "{value}" is not one the engine reads; it is left as it is.',
    'zh-CN': '工作表“{value}”不是系统读取的表，保持原样。',
  },
  duplicate_tab: {
    en: 'The tab "{value}" is a second {tab} tab; only the first is read.',
    'zh-CN': '工作表“{value}”与已有的 {tab} 表重复，只读取第一个。',
  },
  duplicate_key: {
    en: '{value} appears more than once (first at row {first}); the first row is kept.',
    'zh-CN': '{value} 重复出现（首次在第 {first} 行），保留第一行。',
  },
  unknown_rep: {
    en: 'No rep with id "{value}" is in Reps.',
    'zh-CN': '人员表中没有工号“{value}”。',
  },
  unknown_manager: {
    en: 'The manager "{value}" is not in Reps.',
    'zh-CN': '上级工号“{value}”不在人员表中。',
  },
  unknown_mentor: {
    en: 'The mentor "{value}" is not in Reps.',
    'zh-CN': '导师工号“{value}”不在人员表中。',
  },
  unknown_plan: {
    en: 'No commission plan "{value}" is in CommissionPlans.',
    'zh-CN': '提成方案表中没有“{value}”。',
  },
  unknown_channel: {
    en: 'No channel "{value}" is in Channels.',
    'zh-CN': '渠道表中没有“{value}”。',
  },
  unknown_phase: {
    en: 'No phase "{value}" is in Phases.',
    'zh-CN': '阶段表中没有“{value}”。',
  },
  unknown_type: {
    en: '"{value}" is neither an activity type nor the trigger of a Rewards rule.',
    'zh-CN': '“{value}”既不是业绩类型，也不是奖惩规则的触发事件。',
  },
  unknown_setting: {
    en: '"{value}" is not a setting the engine knows.',
    'zh-CN': '“{value}”不是系统识别的参数。',
  },
  bad_setting: {
    en: 'The setting {key} cannot be "{value}"; the default {default} is used.',
    'zh-CN': '参数 {key} 不能为“{value}”，已使用默认值 {default}。',
  },
  missing_campaign_key: {
    en: 'The campaign has no usable {key}; the funnel plan needs it.',
    'zh-CN': '蓄客计划缺少有效的 {key}，无法测算漏斗。',
  },
  leave_before_hire: {
    en: 'The leave date {value} is before the hire date {hire}.',
    'zh-CN': '离职日期 {value} 早于入职日期 {hire}。',
  },
  target_without_owner: {
    en: 'The target names no rep, team or channel.',
    'zh-CN': '该目标未指定人员、团队或渠道。',
  },
  target_with_two_owners: {
    en: 'The target names more than one of rep, team and channel; a target belongs to one.',
    'zh-CN': '该目标同时指定了人员、团队、渠道中的多个，只能指定一个。',
  },
  tiers_out_of_order: {
    en: 'The levels must rise: base ≤ challenge ≤ sprint (here {value}).',
    'zh-CN': '目标须逐级递增：基础 ≤ 挑战 ≤ 冲刺（此处为 {value}）。',
  },
  missing_amount: {
    en: 'A {type} row needs an amount.',
    'zh-CN': '{type} 记录必须填写金额。',
  },
  negative_amount: {
    en: 'The amount {value} is negative; record refunds as refund rows with a positive amount.',
    'zh-CN': '金额 {value} 为负数；退款请用“refund”类型并填写正数金额。',
  },
  negative_quantity: {
    en: 'The quantity {value} is negative.',
    'zh-CN': '数量 {value} 为负数。',
  },
  score_out_of_range: {
    en: 'The score {value} is outside 0–100; {clamped} is used.',
    'zh-CN': '评分 {value} 超出 0–100，按 {clamped} 计。',
  },
  rule_incomplete: {
    en: 'A {kind} rule needs {needs}.',
    'zh-CN': '{kind} 规则必须填写 {needs}。',
  },
  phase_ends_before_start: {
    en: 'The phase ends ({value}) before it starts ({start}).',
    'zh-CN': '阶段结束日期（{value}）早于开始日期（{start}）。',
  },
  phase_shares_not_100: {
    en: 'The phases\u2019 visit shares add up to {value}, not 100%.',
    'zh-CN': '各阶段到访占比合计为 {value}，不是 100%。',
  },
  week_shares_not_100: {
    en: 'Weekday and weekend shares add up to {value}, not 100%; 60% / 40% is used.',
    'zh-CN': '工作日与周末占比合计为 {value}，不是 100%，已按 60%/40% 计算。',
  },
  weights_not_100: {
    en: 'The KPI weights ({cells}) add up to {value}; they must add up to 100.',
    'zh-CN': '考核指标权重（{cells}）合计为 {value}，必须等于 100。',
  },
  unknown_kpi: {
    en: '"{value}" is not a KPI the engine computes ({allowed}).',
    'zh-CN': '“{value}”不是系统计算的指标（{allowed}）。',
  },
  wrong_kpi_group: {
    en: '{kpi} is a {expected} KPI, not {value}.',
    'zh-CN': '{kpi} 属于{expected}指标，不是 {value}。',
  },
  floor_above_cap: {
    en: 'The floor {value} is above the cap {cap}.',
    'zh-CN': '下限 {value} 高于上限 {cap}。',
  },
  overlapping_grades: {
    en: 'Grades {grades} share the minimum score {value}; each grade needs its own threshold.',
    'zh-CN': '等级 {grades} 的最低分同为 {value}，每个等级的分数线必须不同。',
  },
  grades_out_of_order: {
    en: 'Grade {grade} needs a higher score than {lower} but pays a smaller bonus ({value} against {lowerBonus}); the grades are out of order.',
    'zh-CN': '等级 {grade} 的分数线高于 {lower}，奖金系数却更低（{value} 对 {lowerBonus}），等级顺序有误。',
  },
  no_grades: {
    en: 'The Grades tab has no usable grade.',
    'zh-CN': '等级表中没有可用的等级。',
  },
  plan_missing_rate: {
    en: 'The {mode} plan {plan} needs a {column}.',
    'zh-CN': '{mode} 方案 {plan} 必须填写 {column}。',
  },
  plan_missing_draw_kind: {
    en: 'The plan {plan} has a draw but no draw_kind (nonrecoverable or recoverable).',
    'zh-CN': '方案 {plan} 设置了保底，但未填写保底类型（nonrecoverable 或 recoverable）。',
  },
  holiday_and_workday: {
    en: '{value} is both a holiday (Holidays row {holiday}) and a make-up working day; it is read as a holiday.',
    'zh-CN': '{value} 同时是节假日（节假日表第 {holiday} 行）和调休上班日，按节假日处理。',
  },
  more_issues: {
    en: '{count} more rows of this tab with the same problem ({reason}) and the same action are not listed; the first {listed} are.',
    'zh-CN': '本表另有 {count} 行存在同样的问题（{reason}）且处理相同，未逐行列出；只列出了前 {listed} 行。',
  },
  split_not_100: {
    en: 'The deal {value} is split {total} between its rows ({cells}); the shares must add up to 100%.',
    'zh-CN': '订单 {value} 的业绩分成合计为 {total}（{cells}），必须等于 100%。',
  },
};

const ACTIONS: Readonly<Record<IssueAction, Sentences>> = {
  skipped_row: { en: 'skipped the row', 'zh-CN': '跳过该行' },
  kept_blank: { en: 'kept the row, cell left empty', 'zh-CN': '保留该行，该单元格按空值处理' },
  used_default: { en: 'used the default', 'zh-CN': '使用默认值' },
  clamped: { en: 'kept the row, value clamped', 'zh-CN': '保留该行，数值按范围截取' },
  accepted: { en: 'read as it is', 'zh-CN': '照常读取' },
  ignored_column: { en: 'ignored the column', 'zh-CN': '忽略该列' },
  ignored_tab: { en: 'ignored the tab', 'zh-CN': '忽略该表' },
  skipped_tab: { en: 'skipped every row of the tab', 'zh-CN': '跳过该表所有行' },
  stopped_run: { en: 'stopped the run; outputs unchanged', 'zh-CN': '停止运行，未改动结果' },
};

/**
 * A sentence template with its `{name}` placeholders filled; a value that is missing (or null) shows as
 * `missing` when given, else the placeholder stays as it is.
 */
export function fill(
  template: string,
  values: Readonly<Record<string, string | number | null>>,
  missing?: string,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = values[name];
    return v === undefined || v === null ? (missing ?? whole) : String(v);
  });
}

/** The sentence that explains an issue, in the workbook's language. */
export function issueMessage(issue: DataIssue, locale: Locale): string {
  return fill(MESSAGES[issue.code][locale], {
    value: issue.value,
    column: issue.column ?? '',
    tab: issue.tab,
    ...issue.params,
  });
}

/** What the engine did, in the workbook's language. */
export function actionLabel(action: IssueAction, locale: Locale): string {
  return ACTIONS[action][locale];
}
