import { useMutation, useQueryClient } from '@tanstack/react-query';
import { temporaryPasswordSchema } from '@zhicheng/contracts';
import { apiRequest } from '../../../lib/api-client';
import { invalidatePeople } from './people-keys';
import { type PeopleKind, peopleKinds } from './people-kind';

/** A one-time temporary password; the person must change it at next login. */
export function resetPersonPassword(kind: PeopleKind, id: string): Promise<{ temporaryPassword: string }> {
  return apiRequest(`${peopleKinds[kind].path}/${id}/reset-password`, {
    method: 'POST',
    body: {},
    schema: temporaryPasswordSchema,
  });
}

export function useResetPersonPassword(kind: PeopleKind) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => resetPersonPassword(kind, id),
    onSuccess: () => invalidatePeople(queryClient, kind),
  });
}
