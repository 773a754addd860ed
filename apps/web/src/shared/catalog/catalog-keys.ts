import type { QueryClient } from '@tanstack/react-query';

/**
 * Query keys of what the catalogue's readers load: the public catalogue (step 1, step 2) and the
 * bureau's department and committee lists (the reviewer form's pickers). The bureau's catalogue
 * pages edit all of it and call {@link invalidateCatalog} afterwards.
 */
export const catalogKeys = {
  all: ['catalog'] as const,
  public: () => [...catalogKeys.all, 'public'] as const,
  departments: () => [...catalogKeys.all, 'departments'] as const,
  committees: () => [...catalogKeys.all, 'committees'] as const,
  /** The committees' expert counts (the quorum of a committee meeting). */
  committeeExperts: () => [...catalogKeys.committees(), 'experts'] as const,
};

/** After any catalogue edit (series, specialties, qualifications, departments, committees). */
export function invalidateCatalog(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: catalogKeys.all });
}
