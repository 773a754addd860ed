import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AccountStatus } from '@zhicheng/contracts';
import { apiRequest } from '../../../lib/api-client';
import { invalidatePeople, peopleKeys } from './people-keys';
import { type PeopleKind, type PersonDetail, peopleKinds } from './people-kind';

export interface PersonUpdate {
  name?: string;
  idNumber?: string;
  mobile?: string;
  status?: AccountStatus;
}

/** Edits an account; `version` (If-Match) refuses the change if someone else saved first. */
export function updatePerson(
  kind: PeopleKind,
  id: string,
  version: number,
  body: PersonUpdate,
): Promise<PersonDetail> {
  return apiRequest(`${peopleKinds[kind].path}/${id}`, {
    method: 'PATCH',
    body,
    headers: { 'If-Match': `"${version}"` },
    schema: peopleKinds[kind].detail,
  });
}

export function useUpdatePerson(kind: PeopleKind) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, body }: { id: string; version: number; body: PersonUpdate }) =>
      updatePerson(kind, id, version, body),
    onSuccess: (person) => queryClient.setQueryData(peopleKeys.detail(kind, person.id), person),
    onSettled: () => invalidatePeople(queryClient, kind),
  });
}
