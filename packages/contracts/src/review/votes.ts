import { z } from 'zod';

/**
 * A committee meeting's vote on one application (人社部令第40号): quorate when at least 2/3 of the
 * committee's experts attend; passed when at least 2/3 of those present vote for it.
 */
export const votesSchema = z
  .object({
    present: z.number().int().min(1, '出席专家人数至少为1').max(500),
    for: z.number().int().min(0),
    against: z.number().int().min(0),
    abstain: z.number().int().min(0).default(0),
  })
  .refine((v) => v.for + v.against + v.abstain === v.present, {
    path: ['present'],
    message: '赞成、反对、弃权票数之和须等于出席专家人数',
  })
  .meta({ id: 'Votes' });
export type Votes = z.infer<typeof votesSchema>;

/** Votes as recorded on a review record; records from before `present` existed have it null. */
export const recordedVotesSchema = z
  .object({
    present: z.number().int().nullable(),
    for: z.number().int(),
    against: z.number().int(),
    abstain: z.number().int(),
  })
  .meta({ id: 'RecordedVotes' });
export type RecordedVotes = z.infer<typeof recordedVotesSchema>;

/** ⌈2/3 × n⌉ (in integers, so 3 → 2, 9 → 6, 10 → 7). */
export function twoThirds(n: number): number {
  return Math.ceil((2 * n) / 3);
}

export type VoteRule = 'votes_not_passing' | 'votes_passing' | 'quorum_not_met' | 'present_exceeds_experts';

export interface VoteViolation {
  code: VoteRule;
  /** The field the message belongs to. */
  path: 'votes.for' | 'votes.present';
  message: string;
}

/**
 * The vote rules for a committee result; null when the votes allow it. `expertCount` is the committee's
 * number of experts when the bureau has set it.
 */
export function checkVotes(
  action: 'committee_pass' | 'committee_fail',
  votes: Votes,
  expertCount: number | null,
): VoteViolation | null {
  if (expertCount !== null) {
    if (votes.present > expertCount) {
      return {
        code: 'present_exceeds_experts',
        path: 'votes.present',
        message: `出席专家人数（${votes.present}）不能超过评委会专家总数（${expertCount}）`,
      };
    }
    const quorum = twoThirds(expertCount);
    if (votes.present < quorum) {
      return {
        code: 'quorum_not_met',
        path: 'votes.present',
        message: `出席专家须不少于评委会专家总数的三分之二（${expertCount} 人中至少 ${quorum} 人），本次 ${votes.present} 人`,
      };
    }
  }
  const needed = twoThirds(votes.present);
  const passes = votes.for >= needed;
  if (action === 'committee_pass' && !passes) {
    return {
      code: 'votes_not_passing',
      path: 'votes.for',
      message: `评审通过须经出席专家三分之二以上同意（${votes.present} 人出席至少 ${needed} 票赞成），本次赞成 ${votes.for} 票`,
    };
  }
  if (action === 'committee_fail' && passes) {
    return {
      code: 'votes_passing',
      path: 'votes.for',
      message: `赞成票已达出席专家的三分之二（${votes.for}/${votes.present}），按表决结果应为评审通过`,
    };
  }
  return null;
}

/** The result the votes decide (the batch entry derives each application's action from them). */
export function resultOfVotes(votes: Votes): 'committee_pass' | 'committee_fail' {
  return votes.for >= twoThirds(votes.present) ? 'committee_pass' : 'committee_fail';
}

/** `POST /committee-results` (评审结果录入): one meeting, the votes per application, one submit. */
export const committeeResultsRequestSchema = z
  .object({
    meetingDate: z.iso.date({ error: '请填写评审会议日期' }),
    /** Experts present at the meeting (the default `present` of every row). */
    present: z.number().int().min(1, '出席专家人数至少为1').max(500),
    results: z
      .array(
        z.object({
          applicationId: z.uuid(),
          for: z.number().int().min(0),
          against: z.number().int().min(0),
          abstain: z.number().int().min(0).default(0),
          opinion: z.string().trim().max(500, '意见不超过500字').optional(),
        }),
      )
      .min(1, '请至少录入一份申报的表决结果')
      .max(100, '一次最多录入100份'),
  })
  .meta({ id: 'CommitteeResultsRequest' });
export type CommitteeResultsRequest = z.infer<typeof committeeResultsRequestSchema>;
