import { describe, expect, it } from 'vitest';
import { sectionsNeedingReview } from './evidence-window.js';

// Closes 2026-12-31 16:00 UTC = 2027-01-01 00:00 in China: the closing day there is 2027-01-01.
const closesAt = new Date('2026-12-31T16:00:00Z');

describe('sectionsNeedingReview', () => {
  it('flags rows with an evidence month or day after the closing day (China time)', () => {
    const flagged = sectionsNeedingReview(
      [
        { key: 'awards', data: [{ awardMonth: '2020-05' }, { awardMonth: '2027-02' }] },
        { key: 'patents', data: [{ grantDate: '2027-01-02' }] },
        { key: 'education', data: [{ startMonth: '2004-09', endMonth: '2027-01' }] },
        { key: 'conferencePapers', data: [{ conferenceDate: '2027-01-01' }] },
      ],
      closesAt,
    );
    expect([...flagged].sort()).toEqual(['awards', 'patents']);
  });

  it('keeps old evidence and ignores derived dates such as the birth month', () => {
    const flagged = sectionsNeedingReview(
      [
        { key: 'basicInfo', data: { birthMonth: '2099-01', workStartMonth: '1990-07' } },
        { key: 'workHistory', data: [{ startMonth: '1990-07', endMonth: '2001-01' }] },
        { key: 'negativeRecords', data: { hasNegative: '无' } },
      ],
      closesAt,
    );
    expect(flagged.size).toBe(0);
  });
});
