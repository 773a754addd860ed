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

/** A fresh key for a new intent (a v4 uuid; crypto.randomUUID exists only in secure contexts). */
export function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
