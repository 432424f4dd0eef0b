import { describe, expect, test } from 'vitest';
import type { ResourceStatus } from '../domain/claims/claims-status.js';
import { claimsStatusTab } from './claims-status-tab.js';

const resources: ResourceStatus[] = [
  {
    resource: 'org_a',
    owner: 'S1',
    claimedAt: '2026-03-01T00:00',
    row: 2,
    windowEnd: '2026-03-06T00:00',
    status: 'protected',
    rejected: [
      { repId: 'S2', claimedAt: '2026-03-05T23:59', row: 3, owner: 'S1', windowEnd: '2026-03-06T00:00' },
    ],
  },
];

describe('claimsStatusTab', () => {
  test.each([
    {
      locale: 'en' as const,
      title: 'Claims Status',
      headers: [
        'Resource|Owner|Claimed at|Protected until|Status',
        'Resource|Claimed by|Claimed at|Owner|Protected until',
      ],
      status: 'protected',
    },
    {
      locale: 'zh-CN' as const,
      title: '报备状态',
      headers: ['资源|归属人|报备时间|保护期至|状态', '资源|报备人|报备时间|归属人|保护期至'],
      status: '保护中',
    },
  ])('titles the tab and its headers in $locale', ({ locale, title, headers, status }) => {
    const tab = claimsStatusTab(resources, locale);
    expect([tab.id, tab.title]).toEqual(['Claims Status', title]);
    const rows = tab.rows.filter((r) => r[0]?.style === 'header').map((r) => r.map((c) => c.value).join('|'));
    expect(rows).toEqual(headers);
    expect(tab.rows[2]?.[4]?.value).toBe(status);
  });

  test('shows times as a sheet does, formatted as date and time', () => {
    const tab = claimsStatusTab(resources, 'en');
    expect(tab.rows[2]?.slice(2, 4)).toEqual([
      { value: '2026-03-01 00:00', format: 'datetime' },
      { value: '2026-03-06 00:00', format: 'datetime' },
    ]);
  });
});
