import { describe, expect, it } from 'vitest';
import {
  checkVotes,
  committeeResultsRequestSchema,
  resultOfVotes,
  twoThirds,
  type Votes,
  votesSchema,
} from './votes.js';

const votes = (present: number, forVotes: number, against: number, abstain = 0): Votes => ({
  present,
  for: forVotes,
  against,
  abstain,
});

describe('twoThirds rounds up (⌈2/3 × n⌉)', () => {
  it.each([
    [1, 1],
    [3, 2],
    [9, 6],
    [10, 7],
    [11, 8],
    [15, 10],
  ])('%i → %i', (n, needed) => {
    expect(twoThirds(n)).toBe(needed);
  });
});

describe('votesSchema', () => {
  it.each([
    ['for + against + abstain above present', { present: 9, for: 7, against: 2, abstain: 1 }],
    ['for + against + abstain below present', { present: 9, for: 5, against: 2, abstain: 1 }],
    ['abstain left out and the rest short', { present: 9, for: 6, against: 2 }],
  ])('refuses %s on present', (_label, input) => {
    const result = votesSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['present'], message: '赞成、反对、弃权票数之和须等于出席专家人数' }),
    ]);
  });

  it('accepts an exact sum and defaults abstain to 0', () => {
    expect(votesSchema.parse({ present: 9, for: 7, against: 2 })).toEqual(votes(9, 7, 2, 0));
  });

  it.each([
    ['nobody present', { present: 0, for: 0, against: 0, abstain: 0 }],
    ['a negative count', { present: 3, for: 4, against: -1, abstain: 0 }],
    ['a fraction', { present: 3, for: 1.5, against: 1.5, abstain: 0 }],
    ['present missing', { for: 3, against: 0, abstain: 0 }],
  ])('refuses %s', (_label, input) => {
    expect(votesSchema.safeParse(input).success).toBe(false);
  });
});

describe('checkVotes', () => {
  // [present, for, against, abstain, expertCount, committee_pass →, committee_fail →]
  const table: [number, number, number, number, number | null, string | null, string | null][] = [
    // 2/3 of those present, rounding up: 3 → 2, 9 → 6, 10 → 7, 11 → 8.
    [3, 2, 1, 0, null, null, 'votes_passing'],
    [3, 1, 2, 0, null, 'votes_not_passing', null],
    [9, 6, 3, 0, null, null, 'votes_passing'],
    [9, 5, 3, 1, null, 'votes_not_passing', null],
    [10, 7, 2, 1, null, null, 'votes_passing'],
    [10, 6, 4, 0, null, 'votes_not_passing', null],
    [11, 8, 3, 0, null, null, 'votes_passing'],
    [11, 7, 2, 2, null, 'votes_not_passing', null],
    // Abstentions count as present and not for.
    [9, 5, 0, 4, null, 'votes_not_passing', null],
    // Quorum: 9 experts → at least 6 present; 10 → 7; 15 → 10.
    [6, 6, 0, 0, 9, null, 'votes_passing'],
    [5, 5, 0, 0, 9, 'quorum_not_met', 'quorum_not_met'],
    [7, 5, 2, 0, 10, null, 'votes_passing'],
    [6, 6, 0, 0, 10, 'quorum_not_met', 'quorum_not_met'],
    [10, 7, 3, 0, 15, null, 'votes_passing'],
    [9, 9, 0, 0, 15, 'quorum_not_met', 'quorum_not_met'],
    [10, 6, 4, 0, 15, 'votes_not_passing', null],
    // Every expert present is fine; more than the committee has is not.
    [9, 9, 0, 0, 9, null, 'votes_passing'],
    [10, 10, 0, 0, 9, 'present_exceeds_experts', 'present_exceeds_experts'],
    [16, 2, 14, 0, 15, 'present_exceeds_experts', 'present_exceeds_experts'],
  ];

  it.each(table)(
    'present %i, for %i, against %i, abstain %i, experts %s: pass → %s, fail → %s',
    (present, f, against, abstain, experts, onPass, onFail) => {
      const v = votes(present, f, against, abstain);
      expect(votesSchema.safeParse(v).success).toBe(true);
      expect(checkVotes('committee_pass', v, experts)?.code ?? null).toBe(onPass);
      expect(checkVotes('committee_fail', v, experts)?.code ?? null).toBe(onFail);
      // The batch entry's result is the one of the two that the 2/3 rule accepts.
      const passes = checkVotes('committee_pass', v, null) === null;
      expect(resultOfVotes(v)).toBe(passes ? 'committee_pass' : 'committee_fail');
      expect(checkVotes(resultOfVotes(v), v, null)).toBeNull();
    },
  );

  it('names the field and quotes the rule in Chinese', () => {
    expect(checkVotes('committee_pass', votes(9, 5, 4), null)).toEqual({
      code: 'votes_not_passing',
      path: 'votes.for',
      message: '评审通过须经出席专家三分之二以上同意（9 人出席至少 6 票赞成），本次赞成 5 票',
    });
    expect(checkVotes('committee_fail', votes(9, 6, 3), null)?.message).toContain('应为评审通过');
    expect(checkVotes('committee_pass', votes(5, 5, 0), 9)).toMatchObject({
      path: 'votes.present',
      message: expect.stringContaining('9 人中至少 6 人'),
    });
    expect(checkVotes('committee_pass', votes(10, 10, 0), 9)?.path).toBe('votes.present');
  });
});

describe('committeeResultsRequestSchema', () => {
  const id = '00000000-0000-4000-8000-000000000001';
  it('takes a meeting and rows of votes, abstain defaulting to 0', () => {
    const parsed = committeeResultsRequestSchema.parse({
      meetingDate: '2026-11-20',
      present: 9,
      results: [{ applicationId: id, for: 7, against: 2 }],
    });
    expect(parsed.results[0]).toEqual({ applicationId: id, for: 7, against: 2, abstain: 0 });
  });

  it.each([
    ['no rows', { meetingDate: '2026-11-20', present: 9, results: [] }],
    ['no date', { present: 9, results: [{ applicationId: id, for: 7, against: 2 }] }],
    [
      'nobody present',
      { meetingDate: '2026-11-20', present: 0, results: [{ applicationId: id, for: 0, against: 0 }] },
    ],
    [
      'a row without an application',
      { meetingDate: '2026-11-20', present: 9, results: [{ for: 7, against: 2 }] },
    ],
  ])('refuses %s', (_label, input) => {
    expect(committeeResultsRequestSchema.safeParse(input).success).toBe(false);
  });
});
