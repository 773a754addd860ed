import { describe, expect, it } from 'vitest';
import { upcomingStages } from './review-stages.js';

describe('upcomingStages', () => {
  it('puts every stage ahead of an application being filled in or returned', () => {
    const all = ['submit', 'unitReview', 'unitPublicity', 'deptReview', 'committeeReview', 'resultPublicity'];
    expect(upcomingStages('draft')).toEqual(all);
    expect(upcomingStages('returned')).toEqual(all);
  });

  it('keeps only the stages after the current one while in review', () => {
    expect(upcomingStages('submitted')).toEqual([
      'unitReview',
      'unitPublicity',
      'deptReview',
      'committeeReview',
      'resultPublicity',
    ]);
    expect(upcomingStages('unit_review')).toEqual(['deptReview', 'committeeReview', 'resultPublicity']);
    expect(upcomingStages('committee_review')).toEqual(['resultPublicity']);
    expect(upcomingStages('publicity')).toEqual([]);
  });

  it('has nothing ahead once the review ended', () => {
    for (const status of ['approved', 'rejected', 'cancelled'] as const)
      expect(upcomingStages(status)).toEqual([]);
  });
});
