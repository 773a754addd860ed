import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type Application, applicationSchema, type TransitionRequest } from '@zhicheng/contracts';
import { apiRequest } from '../../lib/api-client';
import { applicationKeys, invalidateApplication } from './application-keys';

export type TransitionInput = TransitionRequest & {
  applicationId: string;
  /** One per user intent: a double click or a retry of the same intent cannot act twice. */
  idempotencyKey: string;
};

/** `POST /applications/{id}/transitions`: the applicant's submit, withdraw or cancel, a reviewer's decision. */
export function transitionApplication({
  applicationId,
  idempotencyKey,
  ...body
}: TransitionInput): Promise<Application> {
  return apiRequest(`/applications/${encodeURIComponent(applicationId)}/transitions`, {
    method: 'POST',
    body,
    headers: { 'Idempotency-Key': idempotencyKey },
    schema: applicationSchema,
  });
}

/** The new status changes lists, the wizard's editability, completeness and the timeline. */
export function useTransitionApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: transitionApplication,
    onSuccess: (application) => {
      queryClient.setQueryData(applicationKeys.detail(application.id), application);
      return invalidateApplication(queryClient, application.id);
    },
  });
}
