import { defineTab } from '../define.js';

export const adjustments = defineTab({
  id: 'Adjustments',
  zh: '调整',
  kind: 'input',
  about: 'Manual pay adjustments: fines (negative) and one-off bonuses, each with its reason.',
  columns: [
    { id: 'date', zh: '日期', type: 'date', required: true, width: 12 },
    { id: 'rep_id', zh: '工号', type: 'id', required: true, width: 10 },
    { id: 'amount', zh: '金额', type: 'money', required: true, width: 12 },
    { id: 'reason', zh: '原因', type: 'text', required: true, width: 30 },
  ],
});
