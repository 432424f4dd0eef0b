import { defineTab } from '../define.js';

export const reps = defineTab({
  id: 'Reps',
  zh: '人员',
  kind: 'input',
  about: 'Every sales rep: team, channel, role, manager and mentor, employment dates, pay basis and plan.',
  key: ['rep_id'],
  columns: [
    { id: 'rep_id', zh: '工号', type: 'id', required: true, width: 10 },
    { id: 'name', zh: '姓名', type: 'text', required: true, width: 12 },
    { id: 'email', zh: '邮箱', type: 'text', width: 26 },
    { id: 'team', zh: '团队', type: 'id', width: 12 },
    { id: 'channel', zh: '渠道', type: 'id', width: 16 },
    { id: 'role', zh: '岗位', type: 'text', width: 12 },
    { id: 'manager_id', zh: '上级工号', type: 'id', onInvalid: 'blank', width: 10 },
    { id: 'mentor_id', zh: '导师工号', type: 'id', onInvalid: 'blank', width: 10 },
    { id: 'hire_date', zh: '入职日期', type: 'date', required: true, width: 12 },
    { id: 'leave_date', zh: '离职日期', type: 'date', onInvalid: 'blank', width: 12 },
    { id: 'base_salary', zh: '底薪', type: 'money', width: 12 },
    { id: 'monthly_bonus_base', zh: '月度绩效奖金基数', type: 'money', width: 14 },
    { id: 'plan', zh: '提成方案', type: 'id', required: true, width: 14 },
  ],
});
