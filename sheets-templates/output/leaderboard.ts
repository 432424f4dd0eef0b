import { defineOutputTab } from '../define.js';

export const leaderboard = defineOutputTab({
  id: 'Leaderboard',
  zh: '排行榜',
  kind: 'output',
  about:
    'Rankings: reps by scorecard total per period; channels and teams by weekly completion rate, which sets next week’s pick order of zones.',
  sections: [
    {
      id: 'reps',
      en: 'Reps by scorecard',
      zh: '销售排名',
      columns: [
        { id: 'period', en: 'Period', zh: '期间', format: 'text' },
        { id: 'rank', en: 'Rank', zh: '排名', format: 'integer' },
        { id: 'rep_id', en: 'Rep', zh: '工号', format: 'text' },
        { id: 'name', en: 'Name', zh: '姓名', format: 'text' },
        { id: 'team', en: 'Team', zh: '团队', format: 'text' },
        { id: 'team_rank', en: 'Rank in team', zh: '团队内排名', format: 'integer' },
        { id: 'total', en: 'Total', zh: '总分', format: 'score' },
        { id: 'grade', en: 'Grade', zh: '等级', format: 'text' },
        { id: 'revenue', en: 'Revenue', zh: '业绩', format: 'money' },
      ],
    },
    {
      id: 'channels',
      en: 'Channels by weekly completion',
      zh: '渠道周完成率排名',
      columns: [
        { id: 'week', en: 'Week of', zh: '周（起始日）', format: 'date' },
        { id: 'rank', en: 'Rank', zh: '排名', format: 'integer' },
        { id: 'channel', en: 'Channel', zh: '渠道', format: 'text' },
        { id: 'name', en: 'Name', zh: '名称', format: 'text' },
        { id: 'target', en: 'Target', zh: '目标', format: 'number' },
        { id: 'actual', en: 'Visits', zh: '到访', format: 'number' },
        { id: 'completion', en: 'Completion', zh: '完成率', format: 'percent' },
        { id: 'next_pick', en: 'Next week’s pick', zh: '下周选区顺序', format: 'integer' },
      ],
    },
    {
      id: 'teams',
      en: 'Teams by weekly completion',
      zh: '团队周完成率排名',
      columns: [
        { id: 'week', en: 'Week of', zh: '周（起始日）', format: 'date' },
        { id: 'rank', en: 'Rank', zh: '排名', format: 'integer' },
        { id: 'team', en: 'Team', zh: '团队', format: 'text' },
        { id: 'target', en: 'Target', zh: '目标', format: 'number' },
        { id: 'actual', en: 'Visits', zh: '到访', format: 'number' },
        { id: 'completion', en: 'Completion', zh: '完成率', format: 'percent' },
        { id: 'next_pick', en: 'Next week’s pick', zh: '下周选区顺序', format: 'integer' },
      ],
    },
  ],
});
