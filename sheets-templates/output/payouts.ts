import { defineOutputTab } from '../define.js';

export const payouts = defineOutputTab({
  id: 'Payouts',
  zh: '薪酬明细',
  kind: 'output',
  about:
    'Monthly pay statements: for each rep and month, every line with how it was worked out and the rows it came from, then the total; and team totals.',
  sections: [
    {
      id: 'statements',
      en: 'Statements',
      zh: '个人薪酬明细',
      columns: [
        { id: 'period', en: 'Month', zh: '月份', format: 'text', width: 9 },
        { id: 'rep_id', en: 'Rep', zh: '工号', format: 'text', width: 8 },
        { id: 'name', en: 'Name', zh: '姓名', format: 'text', width: 12 },
        { id: 'item', en: 'Line', zh: '项目', format: 'text', width: 18 },
        { id: 'amount', en: 'Amount', zh: '金额', format: 'money', width: 14 },
        { id: 'how', en: 'How it is worked out', zh: '计算方式', format: 'text', width: 60 },
        { id: 'source', en: 'Rows behind it', zh: '来源行', format: 'text', width: 40 },
      ],
    },
    {
      id: 'teams',
      en: 'Team totals',
      zh: '团队合计',
      columns: [
        { id: 'period', en: 'Month', zh: '月份', format: 'text' },
        { id: 'team', en: 'Team', zh: '团队', format: 'text' },
        { id: 'reps', en: 'Paid to reps', zh: '个人薪酬合计', format: 'money' },
        { id: 'team_rewards', en: 'Team rewards', zh: '团队奖励', format: 'money' },
        { id: 'pool_fund', en: 'Pool team fund', zh: '奖金池团队基金', format: 'money' },
        { id: 'total', en: 'Total', zh: '合计', format: 'money' },
        { id: 'source', en: 'Rows behind it', zh: '来源行', format: 'text' },
      ],
    },
  ],
});
