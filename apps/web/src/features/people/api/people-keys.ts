import type { QueryClient } from '@tanstack/react-query';
import { invalidateApplicantCounts } from '../../../shared/people/get-applicant-counts';
import type { PeopleKind } from './people-kind';

export interface PeopleListParams {
  q?: string;
  status?: 'active' | 'disabled';
  page: number;
  pageSize: number;
}

/** Query keys of the unit's 申报人员 and 经办人 pages. */
export const peopleKeys = {
  all: (kind: PeopleKind) => ['people', kind] as const,
  list: (kind: PeopleKind, params: PeopleListParams) => [...peopleKeys.all(kind), 'list', params] as const,
  detail: (kind: PeopleKind, id: string) => [...peopleKeys.all(kind), 'detail', id] as const,
};

/** After any change to an account of `kind`: its lists and details, and the unit's applicant counts. */
export function invalidatePeople(queryClient: QueryClient, kind: PeopleKind): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: peopleKeys.all(kind) }),
    kind === 'applicants' ? invalidateApplicantCounts(queryClient) : undefined,
  ]).then(() => undefined);
}
