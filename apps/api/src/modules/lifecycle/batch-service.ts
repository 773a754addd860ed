import type { BatchTransitionRequest, BatchTransitionResult, TransitionRequest } from '@zhicheng/contracts';
import { AppError } from '../../errors/app-error.js';
import type { Actor } from '../../lib/actor.js';
import type { RequestContext } from '../audit/audit-repository.js';
import type { LifecycleService } from './lifecycle-service.js';

type Row = BatchTransitionResult['results'][number];

export type BatchTransitionService = ReturnType<typeof createBatchTransitionService>;

/**
 * 批量办理 from the unit's and the department's queues: each application is its own transition (its
 * own transaction, review record and audit event), one after another; a refusal is that row's result.
 */
export function createBatchTransitionService(deps: { lifecycle: LifecycleService }) {
  return {
    async run(
      actor: Actor,
      input: BatchTransitionRequest,
      ctx: RequestContext,
    ): Promise<BatchTransitionResult> {
      const { applicationIds, ...request } = input;
      const transition: TransitionRequest = request;
      const results: Row[] = [];
      for (const id of new Set(applicationIds)) {
        try {
          const moved = await deps.lifecycle.transition(actor, id, transition, ctx);
          results.push({ id, ok: true, status: moved.application.status, code: null, message: null });
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          results.push({ id, ok: false, status: null, code: error.code, message: error.message });
        }
      }
      return { results };
    },
  };
}
