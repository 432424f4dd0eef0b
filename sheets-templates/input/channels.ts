import { defineTab } from '../define.js';

export const channels = defineTab({
  id: 'Channels',
  zh: '渠道',
  kind: 'input',
  about:
    'Acquisition channels: headcount, daily visit target or share, weekday/weekend split, leads per person.',
  key: ['channel'],
  columns: [
    { id: 'channel', zh: '渠道', type: 'id', required: true, width: 18 },
    { id: 'name', zh: '名称', type: 'text', width: 14 },
    { id: 'headcount', zh: '人数', type: 'integer', width: 8 },
    { id: 'daily_visit_target', zh: '日到访目标', type: 'number', width: 12 },
    { id: 'visit_share', zh: '到访占比', type: 'percent', width: 10 },
    { id: 'weekday_share', zh: '工作日占比', type: 'percent', onInvalid: 'blank', width: 10 },
    { id: 'weekend_share', zh: '周末占比', type: 'percent', onInvalid: 'blank', width: 10 },
    { id: 'daily_leads_per_person', zh: '人均日拓客', type: 'number', width: 12 },
  ],
});
