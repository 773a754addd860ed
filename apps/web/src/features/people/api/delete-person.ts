import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { invalidatePeople } from './people-keys';
import { type PeopleKind, peopleKinds } from './people-kind';

/** Deletes an account; 409 `conflict` once the person has submitted an application. */
export function deletePerson(kind: PeopleKind, id: string): Promise<void> {
  return apiRequest<void>(`${peopleKinds[kind].path}/${id}`, { method: 'DELETE' });
}

export function useDeletePerson(kind: PeopleKind) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deletePerson(kind, id),
    onSuccess: () => invalidatePeople(queryClient, kind),
  });
}
