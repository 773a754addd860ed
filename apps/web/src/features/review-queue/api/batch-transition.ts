import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  type BatchTransitionRequest,
  type BatchTransitionResult,
  batchTransitionResultSchema,
} from '@zhicheng/contracts';
import { apiRequest } from '../../../lib/api-client';
import { newIdempotencyKey } from '../../../lib/idempotency-key';
import { invalidateApplication } from '../../../shared/applications/application-keys';

/** `POST /applications/batch-transitions`: each selected application its own transition, one result each. */
export function batchTransition(
  body: BatchTransitionRequest,
  idempotencyKey = newIdempotencyKey(),
): Promise<BatchTransitionResult> {
  return apiRequest('/applications/batch-transitions', {
    method: 'POST',
    body,
    headers: { 'Idempotency-Key': idempotencyKey },
    schema: batchTransitionResultSchema,
  });
}

/** Afterwards the queues, the counts and every application that changed are read again. */
export function useBatchTransition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BatchTransitionRequest) => batchTransition(body),
    onSuccess: (result) =>
      Promise.all(result.results.map((row) => invalidateApplication(queryClient, row.id))),
  });
}
