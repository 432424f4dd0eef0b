import { defineOutputTab } from '../define.js';

export const dataIssues = defineOutputTab({
  id: 'Data Issues',
  zh: '数据问题',
  kind: 'output',
  about:
    'Every cell the engine could not use: where it is, what is wrong, and what the engine did. Each kind (tab, column, reason, action) lists its first 1,000 rows; the rest of a kind are one row after them, reason `more_issues`, with their count.',
  sections: [
    {
      id: 'issues',
      en: 'Data issues',
      zh: '数据问题',
      columns: [
        { id: 'tab', en: 'Tab', zh: '工作表', format: 'text', width: 16 },
        { id: 'row', en: 'Row', zh: '行号', format: 'integer', width: 7 },
        { id: 'column', en: 'Column', zh: '列', format: 'text', width: 18 },
        { id: 'value', en: 'Value', zh: '单元格内容', format: 'text', width: 18 },
        { id: 'code', en: 'Reason code', zh: '原因代码', format: 'text', width: 22 },
        { id: 'message', en: 'What is wrong', zh: '问题说明', format: 'text', width: 60 },
        { id: 'action', en: 'What the engine did', zh: '处理方式', format: 'text', width: 22 },
      ],
    },
  ],
});
