import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { jsonDigest } from './json-digest.js';

const whole = (v: unknown) => createHash('sha256').update(JSON.stringify(v)).digest('hex');

describe('jsonDigest', () => {
  it('is the digest of JSON.stringify, for the shapes results take', () => {
    const results = {
      as_of: '2026-05-20',
      scorecards: [
        {
          rep: 'R001',
          name: '张伟',
          total: 87.5,
          grade: 'A',
          kpis: [{ kpi: 'revenue_attainment', score: 1.2 }],
          note: undefined,
        },
        { rep: 'R002', name: 'Li "Lee"\n', total: null, flags: [] },
      ],
      funnel: null,
      insights: {
        customer_tiers: {
          since: '2025-06',
          customers: [{ id: 'C1', tier: 'A' }, undefined, { id: 'C2', tier: null }],
          parts: { deeper: [[1, 2], { y: undefined }] },
        },
        empty: [],
        nested: { deep: [1, [2, [3, { x: undefined }]]] },
      },
      sparse: [undefined, () => 1, 'x'],
      skipped: undefined,
      withToJson: { toJSON: () => 'as text' },
      big: Array.from({ length: 20_000 }, (_, i) => ({ rep: `R${i}`, amount: i / 3 })),
    };
    expect(jsonDigest(results)).toBe(whole(results));
  });

  it('is the digest of JSON.stringify for output tabs walked a row at a time (depth 2)', () => {
    const tabs = [
      [
        'Scorecard',
        [
          [{ value: 'Rep', style: 'header' }, { value: null }],
          [{ value: 1.5 }, undefined],
        ],
      ],
      ['提醒', []],
      ['Alerts', [['a', ['b', { c: undefined }]], null]],
    ];
    expect(jsonDigest(tabs, 2)).toBe(whole(tabs));
    expect(jsonDigest(tabs, 0)).toBe(whole(tabs));
  });

  it('tells different results apart', () => {
    expect(jsonDigest({ scorecards: [{ total: 1 }] })).not.toBe(jsonDigest({ scorecards: [{ total: 2 }] }));
  });
});
