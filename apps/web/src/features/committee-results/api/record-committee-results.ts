import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  type BatchTransitionResult,
  batchTransitionResultSchema,
  type CommitteeResultsRequest,
} from '@zhicheng/contracts';
import { apiRequest } from '../../../lib/api-client';
import { newIdempotencyKey } from '../../../lib/idempotency-key';
import { invalidateApplication } from '../../../shared/applications/application-keys';

/** `POST /committee-results`: one meeting's votes, each application its own transition, one result each. */
export function recordCommitteeResults(
  body: CommitteeResultsRequest,
  idempotencyKey = newIdempotencyKey(),
): Promise<BatchTransitionResult> {
  return apiRequest('/committee-results', {
    method: 'POST',
    body,
    headers: { 'Idempotency-Key': idempotencyKey },
    schema: batchTransitionResultSchema,
  });
}

/** Afterwards the queues, the counts and every application recorded are read again. */
export function useRecordCommitteeResults() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CommitteeResultsRequest) => recordCommitteeResults(body),
    onSuccess: (result) =>
      Promise.all(result.results.map((row) => invalidateApplication(queryClient, row.id))),
  });
}
