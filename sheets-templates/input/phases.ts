import { defineTab } from '../define.js';

export const phases = defineTab({
  id: 'Phases',
  zh: '阶段',
  kind: 'input',
  about: 'Campaign phases: first and last day (both included) and the share of visits each must bring.',
  key: ['phase'],
  columns: [
    { id: 'phase', zh: '阶段', type: 'id', required: true, width: 16 },
    { id: 'start', zh: '开始日期', type: 'date', required: true, width: 12 },
    { id: 'end', zh: '结束日期', type: 'date', required: true, width: 12 },
    { id: 'visit_share', zh: '到访占比', type: 'percent', required: true, width: 10 },
  ],
});
