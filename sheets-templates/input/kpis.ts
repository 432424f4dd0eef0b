import { defineTab } from '../define.js';

export const kpis = defineTab({
  id: 'KPIs',
  zh: '考核指标',
  kind: 'input',
  about: 'The scorecard: each KPI with its group, weight in points (summing to 100), floor and cap.',
  key: ['kpi'],
  rules: true,
  columns: [
    { id: 'kpi', zh: '指标', type: 'id', required: true, width: 24 },
    {
      id: 'group',
      zh: '类别',
      type: 'enum',
      values: ['quantitative', 'qualitative'],
      aliases: { 定量: 'quantitative', 定性: 'qualitative' },
      required: true,
      width: 14,
    },
    { id: 'weight', zh: '权重', type: 'number', required: true, width: 10 },
    { id: 'floor', zh: '下限', type: 'number', width: 10 },
    { id: 'cap', zh: '上限', type: 'number', width: 10 },
  ],
});

/** The scorecard of SPEC section 3, used when the workbook has no KPIs tab and written by the template. */
export const defaultKpis = [
  { kpi: 'revenue_attainment', group: 'quantitative', weight: 30, floor: 0, cap: 120 },
  { kpi: 'new_customers', group: 'quantitative', weight: 10, floor: 0, cap: 120 },
  { kpi: 'collection_rate', group: 'quantitative', weight: 10, floor: 0, cap: 120 },
  { kpi: 'lead_conversion', group: 'quantitative', weight: 10, floor: 0, cap: 120 },
  { kpi: 'customer_satisfaction', group: 'qualitative', weight: 10, floor: 0, cap: 100 },
  { kpi: 'compliance', group: 'qualitative', weight: 10, floor: 0, cap: 100 },
  { kpi: 'teamwork', group: 'qualitative', weight: 10, floor: 0, cap: 100 },
  { kpi: 'learning', group: 'qualitative', weight: 10, floor: 0, cap: 100 },
] as const;
