import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type PublicityCreate, type PublicityWindow, publicityWindowSchema } from '@zhicheng/contracts';
import { apiRequest } from '../../../lib/api-client';
import { newIdempotencyKey } from '../../../lib/idempotency-key';
import { invalidateApplication } from '../../../shared/applications/application-keys';

/** `POST /publicity`: records a 单位公示 window for the selected applications (422 publicity_too_short). */
export function createPublicity(body: PublicityCreate): Promise<PublicityWindow> {
  return apiRequest('/publicity', {
    method: 'POST',
    body,
    headers: { 'Idempotency-Key': newIdempotencyKey() },
    schema: publicityWindowSchema,
  });
}

export function useCreatePublicity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPublicity,
    onSuccess: (recorded) =>
      Promise.all(recorded.applicationIds.map((id) => invalidateApplication(queryClient, id))),
  });
}
