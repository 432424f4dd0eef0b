import { describe, expect, test } from 'vitest';
import { Dec } from '../money.js';
import { repIndex } from '../rewards/records.js';
import { channelActivity } from './channel-activity.js';

const reps = repIndex([{ rep_id: 'S103', channel: 'Mall_Expo', hire_date: '2026-01-05' }]);

describe('channelActivity', () => {
  test('gives each row the channel it counts for, its own before its rep’s, and a quantity of 1 when blank', () => {
    const rows = channelActivity(
      [
        { row: 2, date: '2026-05-13', rep_id: 's103', type: 'Visit' },
        { row: 3, date: '2026-05-13', rep_id: 'S103', type: 'visit', channel: 'flyers', quantity: new Dec(3) },
      ],
      reps,
      '2026-05-15',
    );
    expect(rows.map((r) => [r.type, r.channel, r.quantity.toFixed(), r.rep?.rep_id])).toEqual([
      ['visit', 'mall_expo', '1', 'S103'],
      ['visit', 'flyers', '3', 'S103'],
    ]);
  });

  test('leaves out rows dated after as_of', () => {
    expect(channelActivity([{ row: 2, date: '2026-05-16', rep_id: 'S103', type: 'visit' }], reps, '2026-05-15')).toEqual([]);
  });
});
