import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type Application, applicationSchema } from '@zhicheng/contracts';
import { apiRequest } from '../../../lib/api-client';
import { invalidateApplication } from '../../../shared/applications/application-keys';

/** `POST /applications/{id}/reapply`: a new draft copying the choice, sections and materials. */
export function reapplyApplication(input: {
  applicationId: string;
  idempotencyKey: string;
}): Promise<Application> {
  return apiRequest(`/applications/${encodeURIComponent(input.applicationId)}/reapply`, {
    method: 'POST',
    headers: { 'Idempotency-Key': input.idempotencyKey },
    schema: applicationSchema,
  });
}

export function useReapplyApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reapplyApplication,
    // The lists gain the new draft; the source application may no longer offer 重新申报.
    onSuccess: (_created, { applicationId }) => invalidateApplication(queryClient, applicationId),
  });
}
