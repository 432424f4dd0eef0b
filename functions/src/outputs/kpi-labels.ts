/** What each KPI and flag is called on the tabs, in both languages. */
import type { Flag } from '../domain/scorecard/flags.js';
import type { KpiId } from '../domain/scorecard/kpis.js';
import type { Missing } from '../domain/scorecard/scorecards.js';
import type { Locale } from '../workbook/messages.js';

export const KPI_LABELS: Readonly<Record<KpiId, Readonly<Record<Locale, string>>>> = {
  revenue_attainment: { en: 'Revenue', 'zh-CN': '业绩达成' },
  new_customers: { en: 'New customers', 'zh-CN': '新客户' },
  collection_rate: { en: 'Collected on time', 'zh-CN': '回款及时率' },
  lead_conversion: { en: 'Lead conversion', 'zh-CN': '线索转化率' },
  customer_satisfaction: { en: 'Satisfaction', 'zh-CN': '客户满意度' },
  compliance: { en: 'Compliance', 'zh-CN': '合规' },
  teamwork: { en: 'Teamwork', 'zh-CN': '团队协作' },
  learning: { en: 'Learning', 'zh-CN': '学习成长' },
};

export const MISSING_LABELS: Readonly<Record<Missing, Readonly<Record<Locale, string>>>> = {
  no_target: { en: 'no target', 'zh-CN': '无目标' },
  no_review: { en: 'no review', 'zh-CN': '无评分' },
  nothing_due: { en: 'no deal due', 'zh-CN': '无到期回款' },
  no_leads: { en: 'no leads', 'zh-CN': '无线索' },
};

export const FLAG_LABELS: Readonly<Record<Flag, Readonly<Record<Locale, string>>>> = {
  pip: { en: 'improvement plan', 'zh-CN': '绩效改进计划' },
  warning: { en: 'warning', 'zh-CN': '预警' },
  rate_raise_eligible: { en: 'rate raise eligible', 'zh-CN': '可上调提成' },
  low_grade: { en: 'low grade', 'zh-CN': '连续低绩效' },
  promotion_candidate: { en: 'promotion candidate', 'zh-CN': '晋升候选' },
  trainee_pool: { en: 'trainee pool', 'zh-CN': '储备干部' },
  new_hire_award: { en: 'new hire award', 'zh-CN': '新人奖' },
};
