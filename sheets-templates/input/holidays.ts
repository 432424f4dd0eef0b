import { defineTab } from '../define.js';

export const holidays = defineTab({
  id: 'Holidays',
  zh: '节假日',
  kind: 'input',
  about: 'Public holidays: weekdays that are not working days.',
  key: ['date'],
  columns: [
    { id: 'date', zh: '日期', type: 'date', required: true, width: 12 },
    { id: 'name', zh: '名称', type: 'text', width: 16 },
  ],
});
