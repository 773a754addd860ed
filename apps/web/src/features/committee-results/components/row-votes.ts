import { checkVotes, resultOfVotes, type Votes, votesSchema } from '@zhicheng/contracts';

/** What the secretary typed for one application (null: left empty). */
export interface RowEntry {
  for: number | null;
  against: number | null;
  abstain: number | null;
}

export const emptyEntry: RowEntry = { for: null, against: null, abstain: null };

export type RowState =
  | { kind: 'empty' }
  | { kind: 'invalid'; message: string }
  | { kind: 'ok'; result: 'committee_pass' | 'committee_fail'; votes: Votes };

const missingMessages = {
  present: '请先填写出席专家人数',
  counts: '请填写赞成票和反对票数',
};

/**
 * A row's live state: empty (not sent), invalid with the contract's message (the sum is not the number
 * present, the quorum is not met), or the result its votes decide (`resultOfVotes`).
 */
export function rowState(entry: RowEntry, present: number | null, expertCount: number | null): RowState {
  if (entry.for === null && entry.against === null && entry.abstain === null) return { kind: 'empty' };
  if (present === null) return { kind: 'invalid', message: missingMessages.present };
  if (entry.for === null || entry.against === null)
    return { kind: 'invalid', message: missingMessages.counts };
  const parsed = votesSchema.safeParse({
    present,
    for: entry.for,
    against: entry.against,
    abstain: entry.abstain ?? 0,
  });
  if (!parsed.success) return { kind: 'invalid', message: parsed.error.issues[0]?.message ?? '' };
  const result = resultOfVotes(parsed.data);
  const violation = checkVotes(result, parsed.data, expertCount);
  if (violation) return { kind: 'invalid', message: violation.message };
  return { kind: 'ok', result, votes: parsed.data };
}

/** The meeting's problem with the number present (quorum, more than the committee has), or null. */
export function presentProblem(present: number | null, expertCount: number | null): string | null {
  if (present === null || present < 1) return null;
  const violation = checkVotes(
    'committee_pass',
    { present, for: present, against: 0, abstain: 0 },
    expertCount,
  );
  return violation?.path === 'votes.present' ? violation.message : null;
}
