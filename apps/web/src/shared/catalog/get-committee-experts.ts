import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../lib/api-client';
import { useSessionUser } from '../../lib/auth-store';
import { useMe } from '../account/get-me';
import { catalogKeys } from './catalog-keys';

/** The committees' expert counts (评委会专家总数, set by the bureau); null where none is recorded. */
const committeeExpertsSchema = z.object({
  items: z.array(z.object({ id: z.string(), expertCount: z.number().int().nullable().optional() })),
});

/** `GET /admin/committees`, read for `expertCount` (the quorum of a meeting). */
export async function getCommitteeExperts(): Promise<Record<string, number | null>> {
  const { items } = await apiRequest('/admin/committees', { schema: committeeExpertsSchema });
  return Object.fromEntries(items.map((c) => [c.id, c.expertCount ?? null]));
}

export function committeeExpertsQueryOptions() {
  return queryOptions({
    queryKey: catalogKeys.committeeExperts(),
    queryFn: getCommitteeExperts,
    staleTime: 5 * 60_000,
    retry: false,
  });
}

/**
 * The expert count of one committee: a number, null when the bureau has not recorded one or it cannot
 * be read (the server checks the quorum anyway), undefined while loading. The committee's own
 * secretary reads it from `/me` (only the bureau may list the committees).
 */
export function useCommitteeExpertCount(committeeId: string | undefined): number | null | undefined {
  const user = useSessionUser();
  const ownCommittee = user.role === 'committee_secretary';
  const me = useMe(user.id, Boolean(committeeId) && ownCommittee);
  const experts = useQuery({
    ...committeeExpertsQueryOptions(),
    enabled: Boolean(committeeId) && !ownCommittee,
  });
  if (!committeeId) return null;
  const source = ownCommittee ? me : experts;
  if (source.error) return null;
  if (!source.data) return undefined;
  if (ownCommittee) return me.data?.committee?.id === committeeId ? me.data.committee.expertCount : null;
  return experts.data?.[committeeId] ?? null;
}
