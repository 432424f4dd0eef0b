import { defineOutputTab } from '../define.js';

export const alerts = defineOutputTab({
  id: 'Alerts',
  zh: '预警',
  kind: 'output',
  about:
    'Everything that needs a manager’s attention, most severe first: flags, missing inputs, late follow-ups, channels behind.',
  sections: [
    {
      id: 'alerts',
      en: 'Alerts',
      zh: '预警',
      columns: [
        { id: 'severity', en: 'Severity', zh: '级别', format: 'text', width: 9 },
        { id: 'rule', en: 'Rule', zh: '规则', format: 'text', width: 20 },
        { id: 'rep_id', en: 'Rep', zh: '工号', format: 'text', width: 9 },
        { id: 'name', en: 'Name', zh: '姓名', format: 'text', width: 12 },
        { id: 'period', en: 'Period', zh: '期间', format: 'text', width: 10 },
        { id: 'message', en: 'What happened', zh: '说明', format: 'text', width: 70 },
        { id: 'figures', en: 'Figures', zh: '数据', format: 'text', width: 40 },
      ],
    },
  ],
});
