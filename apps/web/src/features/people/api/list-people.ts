import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { type PeopleListParams, peopleKeys } from './people-keys';
import { type PeopleKind, type PeopleList, peopleKinds } from './people-kind';

export function listPeople(kind: PeopleKind, params: PeopleListParams): Promise<PeopleList> {
  const search = new URLSearchParams({ limit: String(params.pageSize) });
  if (params.page > 1) search.set('cursor', String((params.page - 1) * params.pageSize));
  if (params.q) search.set('q', params.q);
  if (params.status) search.set('status', params.status);
  return apiRequest(`${peopleKinds[kind].path}?${search}`, { schema: peopleKinds[kind].list });
}

export function peopleListQueryOptions(kind: PeopleKind, params: PeopleListParams) {
  return queryOptions({
    queryKey: peopleKeys.list(kind, params),
    queryFn: () => listPeople(kind, params),
    placeholderData: keepPreviousData,
  });
}

export function usePeopleList(kind: PeopleKind, params: PeopleListParams) {
  return useQuery(peopleListQueryOptions(kind, params));
}
