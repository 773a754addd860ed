import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { invalidatePeople } from './people-keys';
import { type PeopleKind, type PersonDetail, peopleKinds } from './people-kind';

export interface PersonCreate {
  username: string;
  password: string;
  name: string;
  idNumber: string;
  mobile?: string;
}

export function createPerson(kind: PeopleKind, body: PersonCreate): Promise<PersonDetail> {
  return apiRequest(peopleKinds[kind].path, { method: 'POST', body, schema: peopleKinds[kind].detail });
}

export function useCreatePerson(kind: PeopleKind) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PersonCreate) => createPerson(kind, body),
    onSuccess: () => invalidatePeople(queryClient, kind),
  });
}
