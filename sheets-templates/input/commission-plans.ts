import { defineTab } from '../define.js';

export const commissionPlans = defineTab({
  id: 'CommissionPlans',
  zh: '提成方案',
  kind: 'input',
  about: 'Commission plans: mode, the rate of each tier, an optional cap and draw.',
  key: ['plan'],
  rules: true,
  columns: [
    { id: 'plan', zh: '方案', type: 'id', required: true, width: 14 },
    {
      id: 'mode',
      zh: '计算方式',
      type: 'enum',
      values: ['retroactive', 'marginal', 'flat'],
      aliases: { 全额累进: 'retroactive', 超额累进: 'marginal', 固定: 'flat' },
      required: true,
      width: 12,
    },
    { id: 'below_base_rate', zh: '未达基础提成率', type: 'percent', width: 12 },
    { id: 'base_rate', zh: '基础提成率', type: 'percent', width: 12 },
    { id: 'challenge_rate', zh: '挑战提成率', type: 'percent', width: 12 },
    { id: 'sprint_rate', zh: '冲刺提成率', type: 'percent', width: 12 },
    { id: 'flat_rate', zh: '固定提成率', type: 'percent', width: 12 },
    { id: 'cap', zh: '封顶', type: 'money', width: 12 },
    { id: 'draw', zh: '保底', type: 'money', width: 12 },
    { id: 'draw_kind', zh: '保底类型', type: 'enum', values: ['nonrecoverable', 'recoverable'], width: 14 },
  ],
});
