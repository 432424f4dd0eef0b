import { defineOutputTab } from '../define.js';

export const funnelPlan = defineOutputTab({
  id: 'Funnel Plan',
  zh: '漏斗测算',
  kind: 'output',
  about:
    'The campaign funnel worked back from the unit target, each phase’s visits, each channel’s plan and plan coverage.',
  sections: [
    {
      id: 'funnel',
      en: 'Campaign funnel',
      zh: '蓄客漏斗',
      columns: [
        { id: 'stage', en: 'Stage', zh: '环节', format: 'text', width: 26 },
        { id: 'value', en: 'Figure', zh: '数值', format: 'number', width: 16 },
        { id: 'rate', en: 'Rate', zh: '比率', format: 'percent', width: 12 },
        { id: 'note', en: 'How it is worked out', zh: '计算方式', format: 'text' },
      ],
    },
    {
      id: 'phases',
      en: 'Phases',
      zh: '阶段',
      columns: [
        { id: 'phase', en: 'Phase', zh: '阶段', format: 'text', width: 26 },
        { id: 'start', en: 'First day', zh: '开始日期', format: 'date' },
        { id: 'end', en: 'Last day', zh: '结束日期', format: 'date', width: 12 },
        { id: 'days', en: 'Days', zh: '天数', format: 'integer' },
        { id: 'visit_share', en: 'Visit share', zh: '到访占比', format: 'percent' },
        { id: 'visits', en: 'Visits', zh: '到访量', format: 'integer' },
        { id: 'daily_visits', en: 'Visits a day', zh: '日均到访', format: 'integer' },
      ],
    },
    {
      id: 'channels',
      en: 'Channel plan',
      zh: '渠道任务',
      columns: [
        { id: 'phase', en: 'Phase', zh: '阶段', format: 'text' },
        { id: 'channel', en: 'Channel', zh: '渠道', format: 'text' },
        { id: 'name', en: 'Name', zh: '名称', format: 'text' },
        { id: 'headcount', en: 'Headcount', zh: '人数', format: 'integer' },
        { id: 'daily', en: 'Visits a day', zh: '日到访目标', format: 'number', width: 12 },
        { id: 'weekly', en: 'Visits a week', zh: '周到访目标', format: 'number', width: 12 },
        { id: 'weekdays', en: 'Of which Mon–Fri', zh: '其中工作日', format: 'number', width: 14 },
        { id: 'weekend', en: 'Of which Sat–Sun', zh: '其中周末', format: 'number', width: 14 },
        { id: 'phase_total', en: 'Phase total', zh: '阶段合计', format: 'number', width: 12 },
        { id: 'basis', en: 'Basis', zh: '依据', format: 'text', width: 30 },
      ],
    },
    {
      id: 'coverage',
      en: 'Plan coverage',
      zh: '计划覆盖',
      columns: [
        { id: 'phase', en: 'Phase', zh: '阶段', format: 'text' },
        { id: 'required_daily', en: 'Required a day', zh: '每日所需到访', format: 'integer' },
        { id: 'planned_daily', en: 'Planned a day', zh: '渠道计划合计', format: 'number' },
        { id: 'shortfall_daily', en: 'Shortfall a day', zh: '每日缺口', format: 'number' },
        { id: 'coverage', en: 'Coverage', zh: '覆盖率', format: 'percent' },
      ],
    },
  ],
});
