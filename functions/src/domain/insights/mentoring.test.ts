import { describe, expect, test } from 'vitest';
import { Dec } from '../money.js';
import { firstThreeMonths, mentoring } from './mentoring.js';
import { indexOf, journey, rep } from './test-support.js';

const leads = (rep: string, prefix: string, count: number, bought: number, day = '2026-03-10') =>
  Array.from({ length: count }, (_, i) =>
    journey(`${prefix}${i}`, rep, day, i < bought ? '2026-03-25' : undefined),
  ).flat();

describe('firstThreeMonths', () => {
  test.each([
    { hire: '2026-03-02', last: '2026-06-01' },
    { hire: '2025-11-12', last: '2026-02-11' },
    { hire: '2025-11-30', last: '2026-02-27' },
  ])('a hire on $hire has its first three months through $last', ({ hire, last }) => {
    expect(firstThreeMonths(hire)).toEqual({ first: hire, last });
  });
});

describe('mentoring', () => {
  const reps = [
    rep('M1'),
    rep('N1', { mentor_id: 'm1', hire_date: '2026-03-01' }),
    rep('N2', { mentor_id: 'M1', hire_date: '2026-03-01' }),
    rep('N3', { hire_date: '2026-04-20' }),
    rep('N4', { mentor_id: 'M1', hire_date: '2026-05-01' }),
    rep('N5', { mentor_id: 'M9', hire_date: '2026-03-01' }),
    rep('OLD', { hire_date: '2020-01-01' }),
  ];
  // M1 closes 4 of 10 (40%), so the bar is 24%: N1 closes 3 of 10 (met), N2 2 of 10 (short)
  const rows = [
    ...leads('M1', 'M', 10, 4),
    ...leads('N1', 'A', 10, 3),
    ...leads('N2', 'B', 10, 2),
    ...leads('N5', 'E', 5, 5),
  ];
  const result = mentoring(indexOf(rows, reps, '2026-05-15'), new Dec('0.6'));
  const of = (id: string) => result.find((m) => m.rep === id);

  test('sets each new hire against 60% of the mentor’s close rate over the same days', () => {
    expect([of('n1')?.status, of('n1')?.own.rate?.toFixed(), of('n1')?.target?.toFixed()]).toEqual([
      'met',
      '0.3',
      '0.24',
    ]);
    expect([of('n2')?.status, of('n2')?.own.rate?.toFixed(), of('n2')?.mentorRate?.rate?.toFixed()]).toEqual([
      'short',
      '0.2',
      '0.4',
    ]);
    expect(of('n1')).toMatchObject({
      first: '2026-03-01',
      last: '2026-05-31',
      complete: false,
      mentor: 'm1',
    });
  });

  test('a new hire without a mentor is listed as such; a rep long past their first months is not listed', () => {
    expect(of('n3')?.status).toBe('no_mentor');
    expect(of('old')).toBeUndefined();
  });

  test('a new hire without leads, or a mentor without any, gives no verdict', () => {
    expect(of('n4')?.status).toBe('no_leads');
    expect(of('n5')?.status).toBe('no_benchmark');
  });

  test('lists mentors in order, those without a mentor last', () => {
    expect(result.map((m) => m.rep)).toEqual(['n1', 'n2', 'n4', 'n5', 'n3']);
  });
});
