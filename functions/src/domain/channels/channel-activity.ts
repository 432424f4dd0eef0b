/**
 * The activity log as the channel views read it (SPEC sections 6 and 13): each row dated on or before
 * as_of with the channel it counts for (its own, else its rep's), its type and quantity.
 *
 * @example
 * // A visit by a mall_expo rep with no channel of its own, quantity blank:
 * //=> { date: '2026-05-13', type: 'visit', channel: 'mall_expo', quantity: 1, rep: { rep_id: 'S103', … } }
 */
import type { Decimal } from 'decimal.js';
import type { Day } from '../days.js';
import { idKey, quantityOf, repOf, rowChannel, type ActivityFields, type RepFields } from '../rewards/records.js';

export interface ChannelActivity {
  readonly row: number;
  readonly date: Day;
  /** Type, lower case. */
  readonly type: string;
  /** The key of the channel the row counts for. */
  readonly channel: string | undefined;
  readonly quantity: Decimal;
  readonly ref: string | undefined;
  readonly rep: RepFields | undefined;
}

export function channelActivity(activity: readonly ActivityFields[], reps: ReadonlyMap<string, RepFields>, asOf: Day): ChannelActivity[] {
  const rows: ChannelActivity[] = [];
  for (const row of activity) {
    if (row.date > asOf) continue;
    const rep = repOf(row, reps);
    const channel = rowChannel(row, rep);
    rows.push({
      row: row.row,
      date: row.date,
      type: idKey(row.type),
      channel: channel === undefined ? undefined : idKey(channel),
      quantity: quantityOf(row),
      ref: row.ref,
      rep,
    });
  }
  return rows;
}
