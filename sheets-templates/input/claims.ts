import { defineTab } from '../define.js';

export const claims = defineTab({
  id: 'Claims',
  zh: '资源报备',
  kind: 'input',
  about: 'Resource claims: who claimed which customer or organisation, and when.',
  columns: [
    { id: 'resource', zh: '资源', type: 'id', required: true, width: 22 },
    { id: 'rep_id', zh: '工号', type: 'id', required: true, width: 10 },
    { id: 'claimed_at', zh: '报备时间', type: 'datetime', required: true, width: 18 },
  ],
});
