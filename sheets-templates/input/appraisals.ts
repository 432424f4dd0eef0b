import { defineTab } from '../define.js';

export const appraisals = defineTab({
  id: 'Appraisals',
  zh: '考核流程',
  kind: 'input',
  about:
    'The appraisal round per period and rep: self-review, manager review, the 1:1 and any appeal, each with its day.',
  key: ['period', 'rep_id'],
  columns: [
    { id: 'period', zh: '期间', type: 'period', required: true, width: 10 },
    { id: 'rep_id', zh: '工号', type: 'id', required: true, width: 10 },
    { id: 'self_submitted', zh: '自评提交日期', type: 'date', width: 12 },
    { id: 'manager_reviewed', zh: '上级评价日期', type: 'date', width: 12 },
    { id: 'one_on_one', zh: '面谈日期', type: 'date', width: 12 },
    { id: 'one_on_one_minutes', zh: '面谈时长(分钟)', type: 'integer', width: 12 },
    { id: 'appeal_filed', zh: '申诉日期', type: 'date', width: 12 },
    { id: 'appeal_resolved', zh: '申诉答复日期', type: 'date', width: 12 },
    { id: 'appeal_outcome', zh: '申诉结果', type: 'text', width: 20 },
  ],
});
