import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type Application, type ApplicationCreate, applicationSchema } from '@zhicheng/contracts';
import { apiRequest } from '../../../lib/api-client';
import { setApplication } from '../../../shared/applications/application-keys';

export type ApplicationChoice = Omit<ApplicationCreate, 'cycleId'>;

/** `PATCH /applications/{id}` with `If-Match: <version>`: a new choice while draft or returned. */
export function updateApplicationChoice(input: {
  id: string;
  version: number;
  choice: ApplicationChoice;
}): Promise<Application> {
  return apiRequest(`/applications/${encodeURIComponent(input.id)}`, {
    method: 'PATCH',
    body: input.choice,
    headers: { 'If-Match': `"${input.version}"` },
    schema: applicationSchema,
  });
}

export function useUpdateApplicationChoice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateApplicationChoice,
    onSuccess: (application) => setApplication(queryClient, application),
  });
}
