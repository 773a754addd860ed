import { describe, expect, it } from 'vitest';
import { workHistoryOverlaps } from './work-history-overlap.js';

const row = (startMonth: string, endMonth: string) => ({ startMonth, endMonth, employer: 'x' });

describe('workHistoryOverlaps', () => {
  it('allows consecutive jobs and a shared transition month', () => {
    expect(workHistoryOverlaps([row('2008-07', '2012-06'), row('2012-07', '2020-01')])).toEqual([]);
    expect(workHistoryOverlaps([row('2008-07', '2012-06'), row('2012-06', '2020-01')])).toEqual([]);
  });

  it('reports rows sharing more than one month, with the months they share', () => {
    expect(workHistoryOverlaps([row('2008-07', '2012-08'), row('2012-06', '2020-01')])).toEqual([
      { first: 0, second: 1, months: 3 },
    ]);
  });

  it('finds every overlapping pair, in any order of rows', () => {
    const rows = [
      row('2015-01', '2020-12'),
      row('2008-01', '2010-12'),
      row('2016-01', '2016-06'),
      row('2010-01', '2015-06'),
    ];
    expect(workHistoryOverlaps(rows)).toEqual([
      { first: 0, second: 2, months: 6 },
      { first: 0, second: 3, months: 6 },
      { first: 1, second: 3, months: 12 },
    ]);
  });

  it('skips rows without both months or with the end before the start', () => {
    expect(
      workHistoryOverlaps([row('2008-07', ''), row('2010-01', '2008-01'), row('2009-01', '2011-01')]),
    ).toEqual([]);
  });

  it('counts a job still running (至今) up to the current month', () => {
    const today = new Date('2026-11-28T00:00:00Z');
    expect(workHistoryOverlaps([row('2020-01', 'present'), row('2026-09', '2026-10')], 1, today)).toEqual([
      { first: 0, second: 1, months: 2 },
    ]);
    expect(workHistoryOverlaps([row('2020-01', '2026-09'), row('2026-09', 'present')], 1, today)).toEqual([]);
  });
});
