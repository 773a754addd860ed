import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type Application, type ApplicationCreate, applicationSchema } from '@zhicheng/contracts';
import { apiRequest } from '../../../lib/api-client';
import { setApplication } from '../../../shared/applications/application-keys';

/** `POST /applications`: step 1 of a new application (409 `application_exists` carries its id). */
export function createApplication(body: ApplicationCreate): Promise<Application> {
  return apiRequest('/applications', { method: 'POST', body, schema: applicationSchema });
}

export function useCreateApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createApplication,
    onSuccess: (application) => setApplication(queryClient, application),
  });
}
