import { defineTab } from '../define.js';

export const goals = defineTab({
  id: 'Goals',
  zh: '改进目标',
  kind: 'input',
  about: 'Improvement goals: a metric for a team, its baseline period, the change wanted and by when.',
  columns: [
    { id: 'metric', zh: '指标', type: 'id', required: true, width: 18 },
    { id: 'team', zh: '团队', type: 'id', width: 12 },
    { id: 'baseline_period', zh: '基准期间', type: 'period', required: true, width: 10 },
    { id: 'change', zh: '目标变化', type: 'text', required: true, width: 10 },
    { id: 'by_date', zh: '截止日期', type: 'date', required: true, width: 12 },
  ],
});
