import { defineTab } from '../define.js';

export const pools = defineTab({
  id: 'Pools',
  zh: '奖金池',
  kind: 'input',
  about: 'Team project bonus pools: the amount and who led or supported the project.',
  columns: [
    { id: 'date', zh: '日期', type: 'date', required: true, width: 12 },
    { id: 'pool', zh: '奖金池', type: 'id', required: true, width: 16 },
    { id: 'amount', zh: '金额', type: 'money', required: true, width: 12 },
    { id: 'rep_id', zh: '工号', type: 'id', required: true, width: 10 },
    {
      id: 'role',
      zh: '角色',
      type: 'enum',
      values: ['lead', 'support'],
      aliases: { 负责人: 'lead', 主导: 'lead', 协助: 'support', 支持: 'support' },
      required: true,
      width: 10,
    },
  ],
});
