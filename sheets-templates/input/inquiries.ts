import { defineTab } from '../define.js';

export const inquiries = defineTab({
  id: 'Inquiries',
  zh: '薪酬异议',
  kind: 'input',
  about:
    'A rep’s question about a statement line: when, which period and line, its status, and any pay change once resolved.',
  columns: [
    { id: 'date', zh: '提出日期', type: 'date', required: true, width: 12 },
    { id: 'rep_id', zh: '工号', type: 'id', required: true, width: 10 },
    { id: 'period', zh: '期间', type: 'period', required: true, width: 10 },
    { id: 'line', zh: '薪酬项目', type: 'text', width: 16 },
    { id: 'text', zh: '异议内容', type: 'text', width: 40 },
    {
      id: 'status',
      zh: '状态',
      type: 'enum',
      values: ['open', 'resolved'],
      aliases: { 处理中: 'open', 未处理: 'open', 已解决: 'resolved', 已处理: 'resolved' },
      required: true,
      width: 10,
    },
    { id: 'resolved', zh: '解决日期', type: 'date', width: 12 },
    { id: 'amount', zh: '调整金额', type: 'money', width: 12 },
  ],
});
