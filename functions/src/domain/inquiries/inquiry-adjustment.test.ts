import { describe, expect, test } from 'vitest';
import { Dec } from '../money.js';
import { inquiryAdjustment, type InquiryRecord } from './inquiry-adjustment.js';

const inquiry = (fields: Partial<InquiryRecord>): InquiryRecord => ({
  day: '2026-04-08',
  rep: 'S105',
  period: '2026-03',
  line: 'commission',
  status: 'resolved',
  resolved: '2026-04-20',
  amount: new Dec(350),
  row: 3,
  ...fields,
});

describe('inquiryAdjustment', () => {
  test('turns a resolved inquiry that changes pay into a line on the day it was resolved, from the Inquiries tab', () => {
    expect(
      inquiryAdjustment(inquiry({}), '2026-05-15', 'inquiry of 2026-04-08 on commission 2026-03'),
    ).toEqual({
      day: '2026-04-20',
      rep: 'S105',
      amount: new Dec(350),
      reason: 'inquiry of 2026-04-08 on commission 2026-03',
      row: 3,
      tab: 'Inquiries',
    });
  });

  test('takes back an overpayment with a negative amount', () => {
    expect(
      inquiryAdjustment(inquiry({ amount: new Dec(-120.5) }), '2026-05-15', 'r')?.amount.toFixed(2),
    ).toBe('-120.50');
  });

  test.each([
    { name: 'an open inquiry changes no pay', fields: { status: 'open' as const } },
    { name: 'a resolved inquiry without an amount changes no pay', fields: { amount: undefined } },
    { name: 'a resolved inquiry with a zero amount changes no pay', fields: { amount: new Dec(0) } },
    { name: 'a resolved inquiry without its day is not paid yet', fields: { resolved: undefined } },
    { name: 'an inquiry resolved after the as-of day is not paid yet', fields: { resolved: '2026-05-18' } },
  ])('$name', ({ fields }) => {
    expect(inquiryAdjustment(inquiry(fields), '2026-05-15', 'r')).toBeUndefined();
  });
});
