import { defineTab } from '../define.js';

export const periods = defineTab({
  id: 'Periods',
  zh: '期间',
  kind: 'input',
  about: 'Period status: a closed period is frozen.',
  key: ['period'],
  columns: [
    { id: 'period', zh: '期间', type: 'period', required: true, width: 10 },
    {
      id: 'status',
      zh: '状态',
      type: 'enum',
      values: ['open', 'closed'],
      aliases: { 开放: 'open', 未结: 'open', 关闭: 'closed', 已结: 'closed' },
      required: true,
      width: 10,
    },
  ],
});
