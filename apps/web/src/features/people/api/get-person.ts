import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { peopleKeys } from './people-keys';
import { type PeopleKind, type PersonDetail, peopleKinds } from './people-kind';

/** One account opened for editing: the full ID number and the version to send as If-Match. */
export function getPerson(kind: PeopleKind, id: string): Promise<PersonDetail> {
  return apiRequest(`${peopleKinds[kind].path}/${id}`, { schema: peopleKinds[kind].detail });
}

export function personQueryOptions(kind: PeopleKind, id: string) {
  return queryOptions({
    queryKey: peopleKeys.detail(kind, id),
    queryFn: () => getPerson(kind, id),
    staleTime: 0,
  });
}

export function usePerson(kind: PeopleKind, id: string | null) {
  return useQuery({ ...personQueryOptions(kind, id ?? ''), enabled: id !== null });
}
