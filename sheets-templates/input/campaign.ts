import { defineTab, type KeySpec } from '../define.js';

export const campaign = defineTab({
  id: 'Campaign',
  zh: '蓄客计划',
  kind: 'input',
  about: 'The launch campaign: total value, sell-through, unit target and the funnel conversion rates.',
  key: ['key'],
  columns: [
    { id: 'key', zh: '参数', type: 'id', required: true, width: 32 },
    { id: 'value', zh: '值', type: 'text', width: 18 },
    { id: 'note', zh: '说明', type: 'text', width: 50 },
  ],
});

/** Campaign keys (SPEC section 6). Campaign days run from the first phase's start to the last phase's end. */
export const campaignKeys = [
  { key: 'total_value', zh: '总货值', type: 'money', about: 'Total value of the units for sale / 总货值' },
  { key: 'sell_through', zh: '去化率', type: 'percent', about: 'Share of the value to sell / 目标去化率' },
  { key: 'unit_target', zh: '目标套数', type: 'number', about: 'Units to sell / 目标成交套数' },
  {
    key: 'deal_from_subscription',
    zh: '认购转成交率',
    type: 'percent',
    about: 'Deals per subscription / 认购到成交的转化率',
  },
  {
    key: 'subscription_from_registration',
    zh: '登记转认购率',
    type: 'percent',
    about: 'Subscriptions per registration / 登记到认购的转化率',
  },
  {
    key: 'registration_from_visit',
    zh: '到访转登记率',
    type: 'percent',
    about: 'Registrations per visit / 到访到登记的转化率',
  },
] as const satisfies readonly KeySpec[];
