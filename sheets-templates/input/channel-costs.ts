import { defineTab } from '../define.js';

export const channelCosts = defineTab({
  id: 'ChannelCosts',
  zh: '渠道费用',
  kind: 'input',
  about: 'What each channel costs beyond its external rewards: venue, printing, agency fees.',
  columns: [
    { id: 'date', zh: '日期', type: 'date', required: true, width: 12 },
    { id: 'channel', zh: '渠道', type: 'id', required: true, width: 18 },
    { id: 'amount', zh: '金额', type: 'money', required: true, width: 12 },
    { id: 'note', zh: '说明', type: 'text', width: 30 },
  ],
});
