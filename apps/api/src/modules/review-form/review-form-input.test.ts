import { describe, expect, it } from 'vitest';
import { opinionsOf, votesOf } from './review-form-input.js';

type Decision = Parameters<typeof votesOf>[0][number];

const at = (day: number) => new Date(Date.UTC(2024, 5, day, 2));
const decision = (over: Partial<Decision> & Pick<Decision, 'action'>): Decision => ({
  fromStatus: null,
  opinion: null,
  votes: null,
  createdAt: at(1),
  actorName: '审核人',
  ...over,
});

describe('votesOf', () => {
  it("prints the committee's latest result, a fail included, with its meeting's votes", () => {
    const decisions = [
      decision({ action: 'approve', fromStatus: 'dept_review', createdAt: at(1) }),
      decision({
        action: 'committee_pass',
        votes: { present: 9, for: 7, against: 2, abstain: 0 },
        createdAt: at(2),
      }),
      decision({ action: 'committee_fail', votes: { present: 9, for: 3, against: 6 }, createdAt: at(3) }),
    ];
    expect(votesOf(decisions)).toEqual({
      present: 9,
      for: 3,
      against: 6,
      abstain: 0,
      meetingDate: at(3).toISOString(),
    });
  });

  it('prints no votes while the committee has not decided (approvals carry none)', () => {
    expect(votesOf([decision({ action: 'approve', fromStatus: 'unit_review' })])).toBeNull();
  });
});

describe('opinionsOf', () => {
  it("prints the latest unit and department approvals, not the committee's result", () => {
    const decisions = [
      decision({ action: 'approve', fromStatus: 'unit_review', opinion: '第一次', createdAt: at(1) }),
      decision({ action: 'approve', fromStatus: 'unit_review', opinion: '同意', createdAt: at(4) }),
      decision({ action: 'approve', fromStatus: 'dept_review', opinion: '推荐', createdAt: at(5) }),
      decision({ action: 'committee_pass', votes: { present: 9, for: 7, against: 2 }, createdAt: at(6) }),
    ];
    expect(opinionsOf(decisions).map((o) => [o.stageLabel, o.opinion])).toEqual([
      ['单位审核意见', '同意'],
      ['部门审核意见', '推荐'],
    ]);
  });
});
