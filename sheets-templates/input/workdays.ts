import { defineTab } from '../define.js';

export const workdays = defineTab({
  id: 'Workdays',
  zh: '调休',
  kind: 'input',
  about: 'Make-up working days: weekend days that are working days (调休上班).',
  key: ['date'],
  columns: [
    { id: 'date', zh: '日期', type: 'date', required: true, width: 12 },
    { id: 'name', zh: '名称', type: 'text', width: 16 },
  ],
});
