import { describe, expect, test } from 'vitest';
import { claimsStatus, type ClaimEntry } from './claims-status.js';

/** Claims of one resource `R`, one a sheet row from row 2 down: [rep, claimed_at]. */
const claimsOf = (...rows: readonly (readonly [string, string])[]): ClaimEntry[] =>
  rows.map(([rep_id, claimed_at], i) => ({ resource: 'R', rep_id, claimed_at, row: i + 2 }));

interface Case {
  name: string;
  claims: ClaimEntry[];
  asOf: string;
  owner: string;
  claimedAt: string;
  windowEnd: string;
  status: 'protected' | 'open';
  rejected: [rep: string, at: string, owner: string, windowEnd: string][];
}

// Day 1 is 2026-03-01; protection is 5 days throughout.
const cases: Case[] = [
  {
    name: 'a claim at 23:59 on day 5 falls inside a day-1 claim’s window and is rejected',
    claims: claimsOf(['S1', '2026-03-01'], ['S2', '2026-03-05T23:59']),
    asOf: '2026-03-10',
    owner: 'S1',
    claimedAt: '2026-03-01T00:00',
    windowEnd: '2026-03-06T00:00',
    status: 'open',
    rejected: [['S2', '2026-03-05T23:59', 'S1', '2026-03-06T00:00']],
  },
  {
    name: 'a claim at 00:00 on day 6 comes when a day-1 claim’s window has ended, and takes over',
    claims: claimsOf(['S1', '2026-03-01'], ['S2', '2026-03-06T00:00']),
    asOf: '2026-03-10',
    owner: 'S2',
    claimedAt: '2026-03-06T00:00',
    windowEnd: '2026-03-11T00:00',
    status: 'protected',
    rejected: [],
  },
  {
    name: 'of two claims in the same minute the one on the earlier sheet row owns the resource',
    claims: [
      { resource: 'R', rep_id: 'S1', claimed_at: '2026-03-01T09:00', row: 7 },
      { resource: 'R', rep_id: 'S2', claimed_at: '2026-03-01T09:00', row: 4 },
    ],
    asOf: '2026-03-02',
    owner: 'S2',
    claimedAt: '2026-03-01T09:00',
    windowEnd: '2026-03-06T09:00',
    status: 'protected',
    rejected: [['S1', '2026-03-01T09:00', 'S2', '2026-03-06T09:00']],
  },
  {
    name: 'the first claim after the window ends takes over and starts a window of its own',
    claims: claimsOf(
      ['S1', '2026-03-01T10:15'],
      ['S2', '2026-03-06T10:15'],
      ['S3', '2026-03-08T16:00'],
      ['S1', '2026-03-11T10:14'],
    ),
    asOf: '2026-03-12',
    owner: 'S2',
    claimedAt: '2026-03-06T10:15',
    windowEnd: '2026-03-11T10:15',
    status: 'open',
    rejected: [
      ['S3', '2026-03-08T16:00', 'S2', '2026-03-11T10:15'],
      ['S1', '2026-03-11T10:14', 'S2', '2026-03-11T10:15'],
    ],
  },
  {
    name: 'the owner re-claiming inside their window is no rejection and does not renew the window',
    claims: claimsOf(['S1', '2026-03-01T10:00'], ['S1', '2026-03-04T10:00'], ['S2', '2026-03-06T10:00']),
    asOf: '2026-03-07',
    owner: 'S2',
    claimedAt: '2026-03-06T10:00',
    windowEnd: '2026-03-11T10:00',
    status: 'protected',
    rejected: [],
  },
  {
    name: 'the owner re-claiming after their window has ended starts a new window',
    claims: claimsOf(['S1', '2026-03-01T10:00'], ['S1', '2026-03-07T08:00'], ['S2', '2026-03-09T08:00']),
    asOf: '2026-03-09',
    owner: 'S1',
    claimedAt: '2026-03-07T08:00',
    windowEnd: '2026-03-12T08:00',
    status: 'protected',
    rejected: [['S2', '2026-03-09T08:00', 'S1', '2026-03-12T08:00']],
  },
  {
    name: 'claims made after the as-of day are ignored, claims at any time of the as-of day count',
    claims: claimsOf(['S1', '2026-03-01'], ['S2', '2026-03-03T23:59'], ['S3', '2026-03-04T00:00']),
    asOf: '2026-03-03',
    owner: 'S1',
    claimedAt: '2026-03-01T00:00',
    windowEnd: '2026-03-06T00:00',
    status: 'protected',
    rejected: [['S2', '2026-03-03T23:59', 'S1', '2026-03-06T00:00']],
  },
  {
    name: 'a window ending at 00:00 after the as-of day still protects on the as-of day',
    claims: claimsOf(['S1', '2026-03-01']),
    asOf: '2026-03-05',
    owner: 'S1',
    claimedAt: '2026-03-01T00:00',
    windowEnd: '2026-03-06T00:00',
    status: 'protected',
    rejected: [],
  },
  {
    name: 'a window that ended at 00:00 of the as-of day leaves the resource open for takeover',
    claims: claimsOf(['S1', '2026-03-01']),
    asOf: '2026-03-06',
    owner: 'S1',
    claimedAt: '2026-03-01T00:00',
    windowEnd: '2026-03-06T00:00',
    status: 'open',
    rejected: [],
  },
  {
    name: 'claims are taken in time order, whatever order the rows are in',
    claims: claimsOf(['S2', '2026-03-03T12:00'], ['S1', '2026-03-02T12:00']),
    asOf: '2026-03-04',
    owner: 'S1',
    claimedAt: '2026-03-02T12:00',
    windowEnd: '2026-03-07T12:00',
    status: 'protected',
    rejected: [['S2', '2026-03-03T12:00', 'S1', '2026-03-07T12:00']],
  },
  {
    name: 'rep ids are matched without regard to case: s1 re-claiming is S1, the owner',
    claims: claimsOf(['S1', '2026-03-01'], ['s1', '2026-03-02']),
    asOf: '2026-03-04',
    owner: 'S1',
    claimedAt: '2026-03-01T00:00',
    windowEnd: '2026-03-06T00:00',
    status: 'protected',
    rejected: [],
  },
];

describe('claimsStatus', () => {
  test.each(cases)('$name', ({ claims, asOf, owner, claimedAt, windowEnd, status, rejected }) => {
    const [r, ...others] = claimsStatus(claims, asOf, 5);
    expect(others).toEqual([]);
    expect(r).toMatchObject({ resource: 'R', owner, claimedAt, windowEnd, status });
    expect(r?.rejected.map((x) => [x.repId, x.claimedAt, x.owner, x.windowEnd])).toEqual(rejected);
  });

  test('lists each resource once, in id order, the same resource in any case counted once', () => {
    const claims: ClaimEntry[] = [
      { resource: 'org_b', rep_id: 'S1', claimed_at: '2026-03-01', row: 2 },
      { resource: 'org_a', rep_id: 'S2', claimed_at: '2026-03-01', row: 3 },
      { resource: 'ORG_B', rep_id: 'S3', claimed_at: '2026-03-02', row: 4 },
    ];
    const status = claimsStatus(claims, '2026-03-02', 5);
    expect(status.map((s) => [s.resource, s.owner, s.rejected.length])).toEqual([
      ['org_a', 'S2', 0],
      ['org_b', 'S1', 1],
    ]);
  });

  test('keeps the sheet row of the owner’s claim and of each rejected claim', () => {
    const [r] = claimsStatus(claimsOf(['S1', '2026-03-01'], ['S2', '2026-03-02']), '2026-03-02', 5);
    expect([r?.row, r?.rejected[0]?.row]).toEqual([2, 3]);
  });

  test('with no protection every later claim takes over', () => {
    const [r] = claimsStatus(
      claimsOf(['S1', '2026-03-01T09:00'], ['S2', '2026-03-01T09:01']),
      '2026-03-02',
      0,
    );
    expect(r).toMatchObject({ owner: 'S2', windowEnd: '2026-03-01T09:01', status: 'open', rejected: [] });
  });

  test('leaves a resource whose claims all come after the as-of day out', () => {
    expect(claimsStatus(claimsOf(['S1', '2026-03-05']), '2026-03-04', 5)).toEqual([]);
  });
});
