import { defineTab, type KeySpec } from '../define.js';

export const settings = defineTab({
  id: 'Settings',
  zh: '设置',
  kind: 'input',
  about: 'Workbook-wide settings, one key and value a row (locale, timezone, rule defaults).',
  key: ['key'],
  columns: [
    { id: 'key', zh: '参数', type: 'id', required: true, width: 28 },
    { id: 'value', zh: '值', type: 'text', width: 24 },
    { id: 'note', zh: '说明', type: 'text', width: 60 },
  ],
});

/** Settings keys and their defaults (SPEC section 2). A missing key takes its default. */
export const settingKeys = [
  { key: 'locale', zh: '语言', type: 'enum', values: ['zh-CN', 'en'], default: 'zh-CN', about: 'Language of labels and messages / 标签与提示的语言' },
  { key: 'timezone', zh: '时区', type: 'text', default: 'Asia/Shanghai', about: 'Time zone of the calendar days / 日期所在时区' },
  { key: 'currency', zh: '币种', type: 'text', default: 'CNY', about: 'Currency of all amounts / 金额币种' },
  { key: 'week_starts_on', zh: '每周起始日', type: 'integer', default: '1', about: '1 = Monday … 7 = Sunday / 1 为周一' },
  { key: 'payment_terms_days', zh: '回款账期天数', type: 'integer', default: '30', about: 'Days from deal to due date when a deal has none / 无应收日期时的账期' },
  { key: 'valid_customer_min_amount', zh: '有效新客户最低金额', type: 'money', default: '0', about: 'Minimum period deal total of a new customer / 新客户最低成交额' },
  { key: 'teamwork_excellent', zh: '团队协作优秀线', type: 'number', default: '90', about: 'Year teamwork score for a promotion candidate / 晋升候选的协作分' },
  { key: 'low_grade_policy', zh: '低绩效处理', type: 'enum', values: ['flag', 'reduce', 'suspend'], default: 'flag', about: 'flag, reduce or suspend commission after two low quarters / 连续两季低绩效的处理' },
  { key: 'rate_raise_multiplier', zh: '提成上调倍数', type: 'number', default: '1.5', about: 'Rate multiplier after two A/S quarters / 连续两季A及以上的提成倍数' },
  { key: 'rate_cut_multiplier', zh: '提成下调倍数', type: 'number', default: '0.5', about: 'Rate multiplier under low_grade_policy reduce / 降低提成时的倍数' },
  { key: 'auto_rate_raise', zh: '自动上调提成', type: 'boolean', default: 'false', about: 'Apply rate raises once a manager confirms / 经理确认后自动上调' },
  { key: 'claim_protection_days', zh: '报备保护天数', type: 'integer', default: '5', about: 'Days a claim protects a resource / 报备保护期' },
  { key: 'lead_sla_a_hours', zh: 'A类客户跟进时限(小时)', type: 'number', default: '24', about: 'Hours to call or visit a grade-A lead / A类客户跟进时限' },
  { key: 'lead_sla_b_days', zh: 'B类客户跟进时限(天)', type: 'integer', default: '7', about: 'Days before a grade-B lead counts as untouched / B类客户跟进时限' },
  { key: 'proposal_followup_days', zh: '方案跟进天数', type: 'integer', default: '3', about: 'Days to follow up a proposal / 方案后跟进时限' },
  { key: 'funnel_rounding', zh: '漏斗取整', type: 'enum', values: ['nearest', 'up'], default: 'nearest', about: 'nearest (half-up) or up (ceiling) / 四舍五入或向上取整' },
  { key: 'leadership_emails', zh: '管理层邮箱', type: 'text', about: 'Addresses that read the leadership copy / 管理层只读副本的共享邮箱' },
  { key: 'rep_statements', zh: '个人工资单', type: 'boolean', default: 'false', about: 'A private spreadsheet per rep / 为每位销售生成个人表格' },
  { key: 'tier_core_amount', zh: '核心客户年成交额', type: 'money', default: '500000', about: 'Deal amount over the last 12 months of a core customer / 核心客户近12个月成交额下限' },
  { key: 'tier_core_purchases', zh: '核心客户年购买次数', type: 'integer', default: '2', about: 'Purchases over the last 12 months of a core customer / 核心客户近12个月购买次数下限' },
  { key: 'tier_growth_amount', zh: '成长客户年成交额', type: 'money', default: '100000', about: 'Deal amount over the last 12 months of a growth customer (or a second purchase) / 成长客户近12个月成交额下限（或已复购）' },
  { key: 'tier_dormant_days', zh: '沉睡客户未成交天数', type: 'integer', default: '180', about: 'Days without a deal after which a customer is dormant / 超过该天数未成交即为沉睡客户' },
  { key: 'health_silence_days', zh: '核心客户静默天数', type: 'integer', default: '30', about: 'Days without any activity before a core customer is a win-back alert / 核心客户无任何往来达该天数即预警挽回' },
  { key: 'new_hire_days', zh: '新人期天数', type: 'integer', default: '90', about: 'Days from hire_date a rep counts as a new hire / 入职后计为新人的天数' },
  { key: 'mentor_ratio', zh: '带教达标比例', type: 'percent', default: '60%', about: 'A new hire’s close rate in the first 3 months against the mentor’s / 新人前3个月成单率应达导师的比例' },
  { key: 'anomaly_drop', zh: '转化率骤降幅度', type: 'percent', default: '30%', about: 'Fall below the mean of the 4 weeks before that is a red alert / 周转化率低于前4周均值该幅度即标红' },
  { key: 'min_sample', zh: '最少样本线索数', type: 'integer', default: '30', about: 'Fewest leads a rate is judged on: each script of an A/B test, a week of the anomaly check / A/B测试每组及异常检查每周的最少线索数' },
  { key: 'significance_level', zh: '显著性水平', type: 'percent', default: '5%', about: 'A difference less likely than this to be chance counts as real / 差异由偶然造成的概率低于该值即视为真实' },
] as const satisfies readonly KeySpec[];
