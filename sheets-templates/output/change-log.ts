import { defineOutputTab } from '../define.js';

export const changeLog = defineOutputTab({
  id: 'Change Log',
  zh: '变更记录',
  kind: 'output',
  about:
    'Input cells changed between runs, newest first: which tab and cell, before and after, and who edited it when the spreadsheet said; periods closed and reopened.',
  sections: [
    {
      id: 'changes',
      en: 'Changes',
      zh: '变更',
      columns: [
        { id: 'at', en: 'Seen at', zh: '发现时间', format: 'datetime', width: 20 },
        { id: 'tab', en: 'Tab', zh: '工作表', format: 'text', width: 16 },
        { id: 'cell', en: 'Cell', zh: '单元格', format: 'text', width: 10 },
        { id: 'before', en: 'Before', zh: '修改前', format: 'text', width: 24 },
        { id: 'after', en: 'After', zh: '修改后', format: 'text', width: 24 },
        { id: 'by', en: 'Edited by', zh: '修改人', format: 'text', width: 24 },
        { id: 'run_id', en: 'Run', zh: '运行', format: 'text', width: 10 },
      ],
    },
  ],
});
