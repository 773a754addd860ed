import {
  type BatchTransitionResult,
  type CommitteeResultsRequest,
  type FieldError,
  resultOfVotes,
  type TransitionRequest,
  type Votes,
  votesSchema,
} from '@zhicheng/contracts';
import { AppError } from '../../errors/app-error.js';
import type { Actor } from '../../lib/actor.js';
import type { RequestContext } from '../audit/audit-repository.js';
import { transitionEach } from './batch-service.js';
import type { LifecycleService } from './lifecycle-service.js';

export type CommitteeResultsService = ReturnType<typeof createCommitteeResultsService>;

/** The opinion a row gets when the secretary wrote none: the meeting and its count. */
export function defaultOpinion(meetingDate: string, votes: Votes): string {
  return `评审会议（${meetingDate}）表决：赞成 ${votes.for} 票，反对 ${votes.against} 票，弃权 ${votes.abstain} 票`;
}

/**
 * 评审结果录入: one meeting's votes for several applications. Every row takes the meeting's `present`;
 * its result is what the votes decide (committee_pass or committee_fail), each its own transition
 * through `lifecycle.transition` (so the vote rules, the quorum and the audit apply one by one), in the
 * order given; a refusal is that row's result. A table that cannot be read as votes (a sum that is not
 * `present`, an application twice) is refused whole with 400 before anything is recorded.
 */
export function createCommitteeResultsService(deps: { lifecycle: LifecycleService }) {
  return {
    async record(
      actor: Actor,
      input: CommitteeResultsRequest,
      ctx: RequestContext,
    ): Promise<BatchTransitionResult> {
      const errors: FieldError[] = [];
      const seen = new Set<string>();
      const items: { id: string; request: TransitionRequest }[] = [];
      input.results.forEach((row, i) => {
        if (seen.has(row.applicationId)) {
          errors.push({ path: `results.${i}.applicationId`, message: '同一份申报只能录入一次' });
          return;
        }
        seen.add(row.applicationId);
        const parsed = votesSchema.safeParse({
          present: input.present,
          for: row.for,
          against: row.against,
          abstain: row.abstain,
        });
        if (!parsed.success) {
          for (const issue of parsed.error.issues) {
            const field = issue.path[0] === 'present' ? 'for' : String(issue.path[0] ?? 'for');
            errors.push({ path: `results.${i}.${field}`, message: issue.message });
          }
          return;
        }
        const votes = parsed.data;
        const opinion = row.opinion?.trim() || defaultOpinion(input.meetingDate, votes);
        items.push({ id: row.applicationId, request: { action: resultOfVotes(votes), votes, opinion } });
      });
      if (errors.length > 0) throw AppError.validation(errors, '表决结果有误，请核对后再提交');
      return transitionEach(deps.lifecycle, actor, items, ctx);
    },
  };
}
