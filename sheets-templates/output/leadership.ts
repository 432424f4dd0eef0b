import { defineOutputTab } from '../define.js';

/** What leadership reads: the summary of a run, not its raw logs; charts are drawn over these sections. */
export const leadership = defineOutputTab({
  id: 'Leadership',
  zh: '管理层概览',
  kind: 'output',
  about:
    'Team roll-ups for the latest graded month (revenue against target, grade distribution, pay totals), each channel’s status against the funnel plan, and the plan’s funnel; the leadership copy draws its charts over these tables.',
  sections: [
    {
      id: 'teams',
      en: 'Teams',
      zh: '团队汇总',
      columns: [
        { id: 'team', en: 'Team', zh: '团队', format: 'text', width: 14 },
        { id: 'reps', en: 'Reps', zh: '人数', format: 'integer', width: 8 },
        { id: 'revenue', en: 'Revenue', zh: '业绩', format: 'money', width: 16 },
        { id: 'target', en: 'Revenue target', zh: '业绩目标', format: 'money', width: 16 },
        { id: 'attainment', en: 'Attainment', zh: '达成率', format: 'percent', width: 11 },
        { id: 'average_score', en: 'Average score', zh: '平均得分', format: 'score', width: 11 },
        { id: 'pay', en: 'Pay total', zh: '薪酬合计', format: 'money', width: 14 },
      ],
    },
    {
      id: 'grades',
      en: 'Grade distribution',
      zh: '等级分布',
      columns: [
        { id: 'grade', en: 'Grade', zh: '等级', format: 'text' },
        { id: 'reps', en: 'Reps', zh: '人数', format: 'integer' },
        { id: 'share', en: 'Share', zh: '占比', format: 'percent' },
      ],
    },
    {
      id: 'channels',
      en: 'Channel status',
      zh: '渠道状态',
      columns: [
        { id: 'channel', en: 'Channel', zh: '渠道', format: 'text' },
        { id: 'phase', en: 'Phase', zh: '阶段', format: 'text' },
        { id: 'status', en: 'Status', zh: '状态', format: 'text' },
        { id: 'target_to_date', en: 'Target to date', zh: '累计目标', format: 'number' },
        { id: 'actual_to_date', en: 'Visits to date', zh: '累计到访', format: 'number' },
        { id: 'gap', en: 'Behind by (− ahead)', zh: '缺口(负为超额)', format: 'number' },
        { id: 'completion', en: 'Done to date', zh: '累计完成率', format: 'percent' },
      ],
    },
    {
      id: 'funnel',
      en: 'Funnel plan',
      zh: '漏斗测算',
      columns: [
        { id: 'stage', en: 'Stage', zh: '环节', format: 'text' },
        { id: 'plan', en: 'Plan', zh: '计划', format: 'integer' },
      ],
    },
  ],
});
