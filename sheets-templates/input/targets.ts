import { defineTab } from '../define.js';

export const targets = defineTab({
  id: 'Targets',
  zh: '目标',
  kind: 'input',
  about: 'Targets per period and metric for one rep, team or channel: base, challenge and sprint levels.',
  key: ['period', 'metric', 'rep_id', 'team', 'channel'],
  columns: [
    { id: 'period', zh: '期间', type: 'period', required: true, width: 10 },
    { id: 'metric', zh: '指标', type: 'id', required: true, width: 18 },
    { id: 'rep_id', zh: '工号', type: 'id', width: 10 },
    { id: 'team', zh: '团队', type: 'id', width: 12 },
    { id: 'channel', zh: '渠道', type: 'id', width: 16 },
    { id: 'base', zh: '基础目标', type: 'number', required: true, width: 14 },
    { id: 'challenge', zh: '挑战目标', type: 'number', width: 14 },
    { id: 'sprint', zh: '冲刺目标', type: 'number', width: 14 },
  ],
});
