import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type BatchTransitionResult, errorCodeSchema } from '@zhicheng/contracts';
import { isApiError } from '../../../lib/api-error';
import { newIdempotencyKey } from '../../../lib/idempotency-key';
import { invalidateApplication } from '../../../shared/applications/application-keys';
import { transitionApplication } from '../../../shared/applications/transition-application';

export type PublicityDecision =
  | { action: 'publicity_pass'; applicationIds: string[] }
  | { action: 'publicity_fail'; applicationIds: string[]; opinion: string };

/**
 * 公示通过 / 公示不通过 for several applications: the batch endpoint takes only the queues' actions, so
 * each application is its own `POST /applications/{id}/transitions`, one after another, and the answers
 * are gathered into the batch's per-row result.
 */
export async function decidePublicity(decision: PublicityDecision): Promise<BatchTransitionResult> {
  const results: BatchTransitionResult['results'] = [];
  for (const applicationId of decision.applicationIds) {
    try {
      const application = await transitionApplication({
        applicationId,
        idempotencyKey: newIdempotencyKey(),
        ...(decision.action === 'publicity_fail'
          ? { action: 'publicity_fail', opinion: decision.opinion }
          : { action: 'publicity_pass' }),
      });
      results.push({ id: applicationId, ok: true, status: application.status, code: null, message: null });
    } catch (failure) {
      results.push({
        id: applicationId,
        ok: false,
        status: null,
        code: isApiError(failure) ? (errorCodeSchema.safeParse(failure.code).data ?? null) : null,
        message:
          failure instanceof Error ? (isApiError(failure) ? failure.displayMessage : failure.message) : null,
      });
    }
  }
  return { results };
}

/** Afterwards the lists, the counts and every application decided are read again. */
export function useDecidePublicity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decidePublicity,
    onSuccess: (result) =>
      Promise.all(result.results.map((row) => invalidateApplication(queryClient, row.id))),
  });
}
