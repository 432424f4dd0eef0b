import { describe, expect, it } from 'vitest';
import { readValueRanges, ValueRangesError } from './value-ranges.js';

/** An answer as Google sends it: indented, a tab with no values, cells that look like JSON's own marks. */
const answer = {
  spreadsheetId: '1AbC',
  valueRanges: [
    {
      range: "'Activity 活动'!A1:H5",
      majorDimension: 'ROWS',
      values: [
        ['rep_id', 'type', 'date', 'customer_id', 'amount', 'share', 'ref', 'note'],
        ['R1', 'deal', 46143, 'C-1', 120000, 0.6, 'D1', '客户说 "下周签约", [加急], {VIP}'],
        ['r1', 'visit', 46144, '', '', '', '', 'back\\slash, then ] and ['],
        ['R2', 'lead', 46145, 'C-2'],
        ['R3', '\\', '"\\"', 'a\\\\"b', '\\\\', '"', '', 'ends with \\'],
      ],
    },
    { range: 'Adjustments!A1:F1000', majorDimension: 'ROWS' },
    {
      range: 'Reps!A1:E2',
      majorDimension: 'ROWS',
      values: [
        ['rep_id', 'name'],
        ['R1', '王芳'],
      ],
    },
  ],
};
const text = JSON.stringify(answer, null, 2);
const bytes = new TextEncoder().encode(text);

function* pieces(size: number): Generator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

describe('readValueRanges', () => {
  it.each([1, 2, 3, 5, 7, 64, 4096])(
    'gives the ranges JSON.parse gives, whatever the size of the pieces (%i bytes, Chinese split across them)',
    async (size) => {
      const ranges = await readValueRanges(pieces(size));
      expect(ranges).toEqual([
        { range: answer.valueRanges[0]!.range, values: answer.valueRanges[0]!.values },
        { range: 'Adjustments!A1:F1000', values: [] },
        {
          range: 'Reps!A1:E2',
          values: [
            ['rep_id', 'name'],
            ['R1', '王芳'],
          ],
        },
      ]);
    },
  );

  it('reads an answer with no ranges', async () => {
    expect(await readValueRanges(['{"spreadsheetId":"1AbC"}'])).toEqual([]);
  });

  it('refuses an answer cut off in the middle of a row', async () => {
    const cut = text.slice(0, text.indexOf('R2'));
    await expect(readValueRanges([cut])).rejects.toThrow(
      new ValueRangesError('The batchGet answer ended before it was complete'),
    );
  });

  it('refuses an answer whose rows are not JSON', async () => {
    await expect(
      readValueRanges(['{"valueRanges":[{"range":"Reps!A1","values":[["R1",]]}]}']),
    ).rejects.toThrow(SyntaxError);
  });
});
