import { defineTab } from '../define.js';

export const activity = defineTab({
  id: 'Activity',
  zh: '业绩明细',
  kind: 'input',
  about:
    'The activity log: leads, calls, visits, registrations, subscriptions, deals, refunds, collections, events.',
  key: ['id'],
  columns: [
    { id: 'date', zh: '日期', type: 'date', required: true, width: 12 },
    { id: 'rep_id', zh: '工号', type: 'id', required: true, width: 10 },
    { id: 'type', zh: '类型', type: 'id', required: true, width: 14 },
    { id: 'channel', zh: '渠道', type: 'id', width: 16 },
    { id: 'customer_id', zh: '客户编号', type: 'id', width: 12, numbered: 'customer_spelling' },
    {
      id: 'lead_grade',
      zh: '客户等级',
      type: 'enum',
      values: ['A', 'B', 'C'],
      onInvalid: 'blank',
      width: 10,
    },
    { id: 'amount', zh: '金额', type: 'money', width: 14 },
    { id: 'quantity', zh: '数量', type: 'number', width: 8 },
    { id: 'share', zh: '业绩分成', type: 'percent', width: 10 },
    { id: 'ref', zh: '单号', type: 'id', width: 12 },
    { id: 'due_date', zh: '应收日期', type: 'date', onInvalid: 'blank', width: 12 },
    { id: 'stage', zh: '阶段', type: 'text', width: 12 },
    { id: 'id', zh: '记录编号', type: 'id', width: 12 },
    { id: 'variant', zh: '话术版本', type: 'id', width: 10 },
  ],
});
