import { defineOutputTab } from '../define.js';

export const runLog = defineOutputTab({
  id: 'Run Log',
  zh: '运行日志',
  kind: 'output',
  about: 'The latest runs, newest first: when, as of which day, what was read, used and skipped.',
  sections: [
    {
      id: 'runs',
      en: 'Runs',
      zh: '运行记录',
      columns: [
        { id: 'started_at', en: 'Run at', zh: '运行时间', format: 'datetime', width: 20 },
        { id: 'as_of', en: 'As of', zh: '截止日期', format: 'date', width: 12 },
        { id: 'trigger', en: 'Trigger', zh: '触发方式', format: 'text', width: 10 },
        { id: 'rows_read', en: 'Rows read', zh: '读取行数', format: 'integer', width: 10 },
        { id: 'rows_used', en: 'Rows used', zh: '采用行数', format: 'integer', width: 10 },
        { id: 'rows_skipped', en: 'Rows skipped', zh: '跳过行数', format: 'integer', width: 12 },
        { id: 'data_issues', en: 'Data issues', zh: '数据问题数', format: 'integer', width: 12 },
        { id: 'duration_ms', en: 'Duration (ms)', zh: '耗时(毫秒)', format: 'integer', width: 12 },
        { id: 'input_hash', en: 'Input hash', zh: '输入指纹', format: 'text', width: 18 },
        { id: 'result_digest', en: 'Result digest', zh: '结果摘要', format: 'text', width: 18 },
        { id: 'outcome', en: 'Outcome', zh: '结果', format: 'text', width: 30 },
      ],
    },
  ],
});
