import { describe, expect, test } from 'vitest';
import { Dec } from '../money.js';
import type { Day } from '../days.js';
import { quantityOf, repIndex, type ActivityFields, type RepFields } from '../rewards/records.js';
import { eachChannelRow } from './channel-activity.js';

/** The rows `eachChannelRow` hands over, collected with what it gives of each. */
function channelRows(activity: readonly ActivityFields[], reps: ReadonlyMap<string, RepFields>, asOf: Day) {
  const rows: {
    row: number;
    type: string;
    channel: string | undefined;
    customerChannel: string | undefined;
    quantity: ReturnType<typeof quantityOf>;
    rep: RepFields | undefined;
  }[] = [];
  eachChannelRow(activity, reps, asOf, (row, type, channel, customerChannel, rep) =>
    rows.push({ row: row.row, type, channel, customerChannel, quantity: quantityOf(row), rep }),
  );
  return rows;
}

const reps = repIndex([{ rep_id: 'S103', channel: 'Mall_Expo', hire_date: '2026-01-05' }]);

describe('eachChannelRow', () => {
  test('gives each row the channel it counts for, its own before its rep’s, and a quantity of 1 when blank', () => {
    const rows = channelRows(
      [
        { row: 2, date: '2026-05-13', rep_id: 's103', type: 'Visit' },
        {
          row: 3,
          date: '2026-05-13',
          rep_id: 'S103',
          type: 'visit',
          channel: 'flyers',
          quantity: new Dec(3),
        },
      ],
      reps,
      '2026-05-15',
    );
    expect(rows.map((r) => [r.type, r.channel, r.quantity.toFixed(), r.rep?.rep_id])).toEqual([
      ['visit', 'mall_expo', '1', 'S103'],
      ['visit', 'flyers', '3', 'S103'],
    ]);
  });

  test('gives a customer’s later stages the channel of their first lead, unless the row names its own', () => {
    const sellers = repIndex([
      { rep_id: 'P1', channel: 'flyers', hire_date: '2026-01-05' },
      { rep_id: 'S101', channel: 'key_accounts', hire_date: '2026-01-05' },
    ]);
    const rows = channelRows(
      [
        { row: 5, date: '2026-05-02', rep_id: 'P1', type: 'lead', customer_id: 'C1' },
        { row: 4, date: '2026-05-03', rep_id: 'S101', type: 'lead', customer_id: 'c1' }, // a later lead of the same customer
        { row: 6, date: '2026-05-06', rep_id: 'S101', type: 'registration', customer_id: 'C1' },
        {
          row: 7,
          date: '2026-05-06',
          rep_id: 'S101',
          type: 'registration',
          customer_id: 'C1',
          channel: 'mall_expo',
        },
        { row: 8, date: '2026-05-06', rep_id: 'S101', type: 'registration', customer_id: 'C2' }, // no lead: the rep's channel
        { row: 9, date: '2026-05-06', rep_id: 'S101', type: 'registration' },
      ],
      sellers,
      '2026-05-15',
    );
    expect(rows.slice(2).map((r) => [r.row, r.channel, r.customerChannel])).toEqual([
      [6, 'key_accounts', 'flyers'],
      [7, 'mall_expo', 'mall_expo'],
      [8, 'key_accounts', 'key_accounts'],
      [9, 'key_accounts', 'key_accounts'],
    ]);
  });

  test('leaves out rows dated after as_of', () => {
    expect(
      channelRows([{ row: 2, date: '2026-05-16', rep_id: 'S103', type: 'visit' }], reps, '2026-05-15'),
    ).toEqual([]);
  });
});
