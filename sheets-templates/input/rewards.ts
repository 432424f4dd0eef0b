import { defineTab } from '../define.js';

export const rewards = defineTab({
  id: 'Rewards',
  zh: '奖惩规则',
  kind: 'input',
  about: 'Reward and penalty rules: per event, per unit, shortfall and rank, limited by phase and channel.',
  key: ['rule'],
  columns: [
    { id: 'rule', zh: '规则', type: 'id', required: true, width: 22 },
    {
      id: 'kind',
      zh: '类型',
      type: 'enum',
      values: ['event_tier', 'per_unit', 'shortfall', 'rank'],
      required: true,
      width: 12,
    },
    { id: 'trigger', zh: '触发事件', type: 'id', required: true, width: 16 },
    { id: 'amount', zh: '金额', type: 'money', required: true, width: 10 },
    { id: 'channel', zh: '渠道', type: 'id', width: 16 },
    { id: 'phase', zh: '阶段', type: 'id', width: 14 },
    {
      id: 'window',
      zh: '周期',
      type: 'enum',
      values: ['day', 'week', 'month'],
      aliases: { 日: 'day', 周: 'week', 月: 'month' },
      width: 8,
    },
    { id: 'min', zh: '最少', type: 'number', width: 8 },
    { id: 'max', zh: '最多', type: 'number', width: 8 },
    { id: 'top_n', zh: '名次', type: 'integer', width: 8 },
    {
      id: 'recipient',
      zh: '发放对象',
      type: 'enum',
      values: ['rep', 'team', 'external'],
      aliases: { 个人: 'rep', 团队: 'team', 外部: 'external' },
      width: 10,
    },
  ],
});
