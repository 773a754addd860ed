import { checkVotes } from '@zhicheng/contracts';
import type { DbOrTx } from '@zhicheng/db';
import { AppError } from '../../errors/app-error.js';
import type { ApplicationRow } from '../applications/applications-repository.js';
import { catalogEntriesRepository } from '../catalog/catalog-entries-repository.js';
import type { TransitionContext } from './transition-effects.js';

/**
 * The vote rules on the committee's result (人社部令第40号, contracts `checkVotes`): a pass needs at least
 * 2/3 of those present, a fail is refused when the votes say pass, and with the committee's expert count
 * set, `present` must reach the quorum (2/3 of the experts) and not exceed it. A refusal is 422 with the
 * rule's code and the field it concerns. Returns what the audit event records.
 */
export async function assertVotesAllowed(
  db: DbOrTx,
  application: Pick<ApplicationRow, 'committeeId'>,
  input: TransitionContext['input'],
): Promise<{ expertCount?: number | null }> {
  if (input.action !== 'committee_pass' && input.action !== 'committee_fail') return {};
  const committee = await catalogEntriesRepository.committee.findById(db, application.committeeId);
  const expertCount = committee?.expertCount ?? null;
  const violation = checkVotes(input.action, input.votes, expertCount);
  if (violation) {
    throw new AppError(violation.code, violation.message, {
      errors: [{ path: violation.path, message: violation.message }],
    });
  }
  return { expertCount };
}
