import { defineOutputTab } from '../define.js';

export const claimsStatus = defineOutputTab({
  id: 'Claims Status',
  zh: '报备状态',
  kind: 'output',
  about:
    'Who holds each claimed resource and until when, and the claims turned away inside a protection window.',
  sections: [
    {
      id: 'resources',
      en: 'Resources',
      zh: '资源归属',
      columns: [
        { id: 'resource', en: 'Resource', zh: '资源', format: 'text', width: 26 },
        { id: 'owner', en: 'Owner', zh: '归属人', format: 'text', width: 10 },
        { id: 'claimed_at', en: 'Claimed at', zh: '报备时间', format: 'datetime', width: 17 },
        { id: 'window_end', en: 'Protected until', zh: '保护期至', format: 'datetime', width: 17 },
        { id: 'status', en: 'Status', zh: '状态', format: 'text', width: 18 },
      ],
    },
    {
      id: 'rejected',
      en: 'Rejected claims',
      zh: '被驳回的报备',
      columns: [
        { id: 'resource', en: 'Resource', zh: '资源', format: 'text', width: 26 },
        { id: 'rep_id', en: 'Claimed by', zh: '报备人', format: 'text', width: 10 },
        { id: 'claimed_at', en: 'Claimed at', zh: '报备时间', format: 'datetime', width: 17 },
        { id: 'owner', en: 'Owner', zh: '归属人', format: 'text', width: 17 },
        { id: 'window_end', en: 'Protected until', zh: '保护期至', format: 'datetime', width: 18 },
      ],
    },
  ],
});
