import { describe, expect, test } from 'vitest';
import { Dec } from '../money.js';
import { repIndex, type ActivityFields } from '../rewards/records.js';
import { channelLog } from './channel-log.js';
import { channelCounts } from './channel-counts.js';

const reps = repIndex([
  { rep_id: 'S103', channel: 'mall_expo', hire_date: '2026-01-05' },
  { rep_id: 'S104', channel: 'mall_expo', hire_date: '2026-01-05' },
]);
const at = (row: number, type: string, extra: Partial<ActivityFields> = {}): ActivityFields => ({
  row,
  date: '2026-05-13',
  rep_id: 'S103',
  type,
  ...extra,
});
const range = { first: '2026-05-01', last: '2026-05-15' };

describe('channelCounts', () => {
  test('adds up visit quantities and counts the other stages’ rows', () => {
    const rows = channelLog(
      [
        at(2, 'visit'),
        at(3, 'visit'),
        at(4, 'visit', { quantity: new Dec(2) }),
        at(5, 'lead'),
        at(6, 'registration'),
        at(7, 'subscription'),
      ],
      reps,
      '2026-05-15',
    );
    const c = channelCounts(rows, 'mall_expo', range);
    expect([c.visits.toFixed(), c.leads, c.registrations, c.subscriptions]).toEqual(['4', 1, 1, 1]);
  });

  test('counts registrations, subscriptions and deals for the channel that brought the customer', () => {
    const rows = channelLog(
      [
        at(2, 'lead', { rep_id: 'P1', customer_id: 'C1' }),
        at(3, 'visit', { rep_id: 'P1', customer_id: 'C1' }),
        at(4, 'registration', { customer_id: 'C1' }),
        at(5, 'subscription', { customer_id: 'C1' }),
        at(6, 'deal', { customer_id: 'C1', ref: 'D1' }),
      ],
      repIndex([...reps.values(), { rep_id: 'P1', channel: 'flyers', hire_date: '2026-01-05' }]),
      '2026-05-15',
    );
    const flyers = channelCounts(rows, 'flyers', range);
    const mall = channelCounts(rows, 'mall_expo', range);
    expect([flyers.visits.toFixed(), flyers.registrations, flyers.subscriptions, flyers.deals]).toEqual([
      '1',
      1,
      1,
      1,
    ]);
    expect([mall.registrations, mall.subscriptions, mall.deals]).toEqual([0, 0, 0]);
  });

  test('counts a deal split between reps once', () => {
    const rows = channelLog(
      [
        at(2, 'deal', { ref: 'D0007' }),
        at(3, 'deal', { rep_id: 'S104', ref: 'D0007' }),
        at(4, 'deal', { ref: 'D0009' }),
        at(5, 'deal'),
      ],
      reps,
      '2026-05-15',
    );
    expect(channelCounts(rows, 'mall_expo', range).deals).toBe(3);
  });

  test('keeps to the channel and the range; no channel means every channel', () => {
    const rows = channelLog(
      [at(2, 'visit'), at(3, 'visit', { channel: 'flyers' }), at(4, 'visit', { date: '2026-04-30' })],
      reps,
      '2026-05-15',
    );
    expect(channelCounts(rows, 'MALL_EXPO', range).visits.toFixed()).toBe('1');
    expect(channelCounts(rows, undefined, range).visits.toFixed()).toBe('2');
  });
});
