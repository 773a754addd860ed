import { describe, expect, it } from 'vitest';
import { chinaDate, countWorkingDays, hasWindowEnded } from './working-days.js';

const none = { holidays: [], workdays: [] };

describe('working days', () => {
  it('skips the weekend: Monday 2026-06-01 to Monday 2026-06-08 has 6 working days', () => {
    expect(countWorkingDays('2026-06-01', '2026-06-08', none)).toBe(6);
    expect(countWorkingDays('2026-06-06', '2026-06-07', none)).toBe(0);
  });

  it('skips holidays and counts make-up working days (国庆 2026 with 调休)', () => {
    const national = {
      holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
      workdays: ['2026-10-10'],
    };
    // Thu 1 Oct .. Sat 10 Oct: working days are Thu 8, Fri 9 and the make-up Saturday 10.
    expect(countWorkingDays('2026-10-01', '2026-10-10', national)).toBe(3);
  });

  it('counts nothing for an empty window and reads dates in China time', () => {
    expect(countWorkingDays('2026-06-08', '2026-06-01', none)).toBe(0);
    expect(chinaDate(new Date('2026-06-01T16:30:00Z'))).toBe('2026-06-02');
    expect(hasWindowEnded('2026-06-01', new Date('2026-06-01T15:59:00Z'))).toBe(false);
    expect(hasWindowEnded('2026-06-01', new Date('2026-06-01T16:00:00Z'))).toBe(true);
  });
});
