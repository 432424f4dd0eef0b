import { describe, expect, test } from 'vitest';
import { Dec } from '../money.js';
import {
  act,
  collectionByRepPeriod,
  leadConversionByRepPeriod,
  newCustomersByRepPeriod,
  repPeriod,
  revenueByRepPeriod,
} from './test-support.js';

const ratio = (r: { numerator: Dec; denominator: Dec } | undefined) =>
  r ? `${r.numerator.toFixed()}/${r.denominator.toFixed()}` : undefined;

describe('revenue', () => {
  test.each([
    { name: 'a whole deal', rows: [act('R1', 'deal', '2026-04-03', { amount: 200000 })], expected: '200000' },
    {
      name: 'a deal split 60/40 credits each rep their share',
      rows: [
        act('R1', 'deal', '2026-04-03', { amount: 200000, share: '0.6', ref: 'D1' }),
        act('R2', 'deal', '2026-04-03', { amount: 200000, share: '0.4', ref: 'D1' }),
      ],
      expected: '120000',
    },
    {
      name: 'a refund is taken back at its share',
      rows: [
        act('R1', 'deal', '2026-04-03', { amount: 200000, share: '0.6' }),
        act('R1', 'refund', '2026-04-20', { amount: 10000, share: '0.6' }),
      ],
      expected: '114000',
    },
    {
      name: 'refunds above deals give negative revenue',
      rows: [act('R1', 'refund', '2026-04-20', { amount: 5000 })],
      expected: '-5000',
    },
    {
      name: 'a deal of another month does not count',
      rows: [act('R1', 'deal', '2026-03-31', { amount: 1 })],
      expected: undefined,
    },
  ])('$name', ({ rows, expected }) => {
    expect(revenueByRepPeriod(rows, 'month').get(repPeriod('R1', '2026-04'))?.toFixed()).toBe(expected);
  });

  test('a quarter adds up its months', () => {
    const rows = [
      act('R1', 'deal', '2026-04-03', { amount: 100 }),
      act('R1', 'deal', '2026-06-30', { amount: 50 }),
    ];
    expect(revenueByRepPeriod(rows, 'quarter').get(repPeriod('R1', '2026-Q2'))?.toFixed()).toBe('150');
  });
});

describe('new customers', () => {
  const min = new Dec(1000);
  test.each([
    {
      name: 'a first-ever deal counts',
      rows: [act('R1', 'deal', '2026-04-03', { amount: 5000, customer: 'C1' })],
      expected: 1,
    },
    {
      name: 'a customer who bought before the period (from anyone) does not',
      rows: [
        act('R2', 'deal', '2026-03-10', { amount: 5000, customer: 'C1' }),
        act('R1', 'deal', '2026-04-03', { amount: 5000, customer: 'C1' }),
      ],
      expected: 0,
    },
    {
      name: 'a deal total below the minimum does not',
      rows: [act('R1', 'deal', '2026-04-03', { amount: 999, customer: 'C1' })],
      expected: 0,
    },
    {
      name: 'the minimum is met by the customer’s total across reps, a split counted once',
      rows: [
        act('R1', 'deal', '2026-04-03', { amount: 1200, share: '0.5', ref: 'D1', customer: 'C1' }),
        act('R2', 'deal', '2026-04-03', { amount: 1200, share: '0.5', ref: 'D1', customer: 'C1' }),
      ],
      expected: 1,
    },
    {
      name: 'two deals with one customer are one customer',
      rows: [
        act('R1', 'deal', '2026-04-03', { amount: 5000, customer: 'C1' }),
        act('R1', 'deal', '2026-04-20', { amount: 5000, customer: 'C1' }),
      ],
      expected: 1,
    },
    {
      name: 'a customer id in another case is the same customer, who bought before',
      rows: [
        act('R2', 'deal', '2026-03-10', { amount: 5000, customer: 'C1' }),
        act('R1', 'deal', '2026-04-03', { amount: 5000, customer: 'c1' }),
      ],
      expected: 0,
    },
  ])('$name', ({ rows, expected }) => {
    expect(newCustomersByRepPeriod(rows, 'month', min).get(repPeriod('R1', '2026-04')) ?? 0).toBe(expected);
  });
});

describe('collection timeliness', () => {
  test.each([
    {
      name: 'collected in full before the due date',
      rows: [
        act('R1', 'deal', '2026-04-01', { amount: 100, ref: 'D1', due: '2026-04-30' }),
        act('R2', 'collection', '2026-04-20', { amount: 100, ref: 'D1' }),
      ],
      expected: '100/100',
    },
    {
      name: 'a collection after the due date does not count',
      rows: [
        act('R1', 'deal', '2026-04-01', { amount: 100, ref: 'D1', due: '2026-04-30' }),
        act('R1', 'collection', '2026-04-20', { amount: 60, ref: 'D1' }),
        act('R1', 'collection', '2026-05-03', { amount: 40, ref: 'D1' }),
      ],
      expected: '60/100',
    },
    {
      name: 'without a due date the deal falls due after the payment terms (30 days)',
      rows: [
        act('R1', 'deal', '2026-03-20', { amount: 100, ref: 'D1' }),
        act('R1', 'collection', '2026-04-19', { amount: 100, ref: 'D1' }),
      ],
      expected: '100/100',
    },
    {
      name: 'collections above the deal amount are capped at it',
      rows: [
        act('R1', 'deal', '2026-04-01', { amount: 100, ref: 'D1', due: '2026-04-30' }),
        act('R1', 'collection', '2026-04-02', { amount: 150, ref: 'D1' }),
      ],
      expected: '100/100',
    },
    {
      name: 'a split deal counts at the rep’s share',
      rows: [
        act('R1', 'deal', '2026-04-01', { amount: 100, ref: 'D1', due: '2026-04-30', share: '0.5' }),
        act('R1', 'collection', '2026-04-02', { amount: 50, ref: 'D1' }),
      ],
      expected: '25/50',
    },
    {
      name: 'a deal due after as_of is not judged yet',
      rows: [act('R1', 'deal', '2026-04-01', { amount: 100, ref: 'D1', due: '2026-05-20' })],
      expected: undefined,
      asOf: '2026-05-15',
    },
  ])('$name', ({ rows, expected, asOf }) => {
    const month = rows[0]!.due?.slice(0, 7) ?? '2026-04';
    expect(
      ratio(collectionByRepPeriod(rows, 'month', asOf ?? '2026-06-30', 30).get(repPeriod('R1', month))),
    ).toBe(expected);
  });
});

describe('lead conversion', () => {
  test.each([
    {
      name: 'a lead whose customer bought later, from any rep, converts',
      rows: [
        act('R1', 'lead', '2026-04-02', { customer: 'C1' }),
        act('R2', 'deal', '2026-05-10', { customer: 'C1', amount: 1 }),
      ],
      expected: '1/1',
    },
    {
      name: 'a deal before the lead does not convert it',
      rows: [
        act('R2', 'deal', '2026-03-10', { customer: 'C1', amount: 1 }),
        act('R1', 'lead', '2026-04-02', { customer: 'C1' }),
      ],
      expected: '0/1',
    },
    {
      name: 'two leads for one customer are one lead',
      rows: [
        act('R1', 'lead', '2026-04-02', { customer: 'C1' }),
        act('R1', 'lead', '2026-04-09', { customer: 'C1' }),
        act('R1', 'lead', '2026-04-09', { customer: 'C2' }),
      ],
      expected: '0/2',
    },
    {
      name: 'a deal naming the lead’s customer in another case converts it',
      rows: [
        act('R1', 'lead', '2026-04-02', { customer: 'cust-7' }),
        act('R2', 'deal', '2026-05-10', { customer: 'CUST-7', amount: 1 }),
      ],
      expected: '1/1',
    },
  ])('$name', ({ rows, expected }) => {
    expect(ratio(leadConversionByRepPeriod(rows, 'month').get(repPeriod('R1', '2026-04')))).toBe(expected);
  });
});
