import type { BatchTransitionRequest, BatchTransitionResult, TransitionRequest } from '@zhicheng/contracts';
import { AppError } from '../../errors/app-error.js';
import type { Actor } from '../../lib/actor.js';
import type { RequestContext } from '../audit/audit-repository.js';
import type { LifecycleService } from './lifecycle-service.js';

type Row = BatchTransitionResult['results'][number];

/**
 * Each application's transition on its own (its own transaction, review record and audit event), one
 * after another, in the order given; a refusal (an AppError) is that row's result, anything else throws.
 */
export async function transitionEach(
  lifecycle: LifecycleService,
  actor: Actor,
  items: readonly { id: string; request: TransitionRequest }[],
  ctx: RequestContext,
): Promise<BatchTransitionResult> {
  const results: Row[] = [];
  for (const { id, request } of items) {
    try {
      const moved = await lifecycle.transition(actor, id, request, ctx);
      results.push({ id, ok: true, status: moved.application.status, code: null, message: null });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      results.push({ id, ok: false, status: null, code: error.code, message: error.message });
    }
  }
  return { results };
}

export type BatchTransitionService = ReturnType<typeof createBatchTransitionService>;

/** 批量办理 from the unit's and the department's queues: the same action on each application. */
export function createBatchTransitionService(deps: { lifecycle: LifecycleService }) {
  return {
    run(actor: Actor, input: BatchTransitionRequest, ctx: RequestContext): Promise<BatchTransitionResult> {
      const { applicationIds, ...request } = input;
      const transition: TransitionRequest = request;
      const items = [...new Set(applicationIds)].map((id) => ({ id, request: transition }));
      return transitionEach(deps.lifecycle, actor, items, ctx);
    },
  };
}
