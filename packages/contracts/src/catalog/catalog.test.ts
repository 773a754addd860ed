import { describe, expect, it } from 'vitest';
import { applicationCreateSchema } from '../applications/application.js';
import { type CatalogCommittee, committeeCandidates } from './catalog.js';

const committee = (id: string, overrides: Partial<CatalogCommittee>): CatalogCommittee => ({
  id,
  code: id,
  name: id,
  departmentId: 'd1',
  seriesId: 's1',
  levels: ['副高级', '正高级'],
  specialtyIds: [],
  pilot: false,
  ...overrides,
});

describe('committeeCandidates', () => {
  const committees = [
    committee('senior-water', { specialtyIds: ['water'] }),
    committee('senior-all', { levels: ['正高级'] }),
    committee('junior-water', { levels: ['中级'], specialtyIds: ['water'] }),
    committee('other-series', { seriesId: 's2' }),
  ];

  it('matches series, level, and specialty (none listed = every specialty of the series)', () => {
    const ids = (specialtyId: string, level: string) =>
      committeeCandidates({ committees }, { seriesId: 's1', specialtyId, level }).map((c) => c.id);
    expect(ids('water', '副高级')).toEqual(['senior-water']);
    expect(ids('water', '正高级')).toEqual(['senior-water', 'senior-all']);
    expect(ids('roads', '正高级')).toEqual(['senior-all']);
    expect(ids('roads', '副高级')).toEqual([]);
    expect(ids('water', '中级')).toEqual(['junior-water']);
  });
});

describe('applicationCreateSchema', () => {
  const base = {
    cycleId: '00000000-0000-4000-8000-000000000001',
    applyType: 'normal',
    seriesId: '00000000-0000-4000-8000-000000000002',
    specialtyId: '00000000-0000-4000-8000-000000000003',
    qualificationId: '00000000-0000-4000-8000-000000000004',
    committeeId: '00000000-0000-4000-8000-000000000005',
  };

  it('asks the innovative track for one of the five conditions, and the normal track for none', () => {
    expect(applicationCreateSchema.safeParse({ ...base, track: 'normal' }).success).toBe(true);
    expect(
      applicationCreateSchema.safeParse({ ...base, track: 'innovative', innovativeCondition: 5 }).success,
    ).toBe(true);
    const missing = applicationCreateSchema.safeParse({ ...base, track: 'innovative' });
    expect(missing.error?.issues[0]).toMatchObject({ path: ['innovativeCondition'] });
    expect(
      applicationCreateSchema.safeParse({ ...base, track: 'innovative', innovativeCondition: 6 }).success,
    ).toBe(false);
    expect(
      applicationCreateSchema.safeParse({ ...base, track: 'normal', innovativeCondition: 1 }).success,
    ).toBe(false);
  });
});
