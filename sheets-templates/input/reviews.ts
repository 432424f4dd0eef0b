import { defineTab } from '../define.js';

export const reviews = defineTab({
  id: 'Reviews',
  zh: '定性评分',
  kind: 'input',
  about: 'Qualitative scores (0–100) per period and rep.',
  key: ['period', 'rep_id'],
  columns: [
    { id: 'period', zh: '期间', type: 'period', required: true, width: 10 },
    { id: 'rep_id', zh: '工号', type: 'id', required: true, width: 10 },
    { id: 'customer_satisfaction', zh: '客户满意度', type: 'number', width: 12 },
    { id: 'compliance', zh: '合规', type: 'number', width: 10 },
    { id: 'teamwork', zh: '团队协作', type: 'number', width: 10 },
    { id: 'learning', zh: '学习成长', type: 'number', width: 10 },
  ],
});
