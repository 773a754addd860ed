import type { QueryClient } from '@tanstack/react-query';
import { applicationKeys } from '../applications/application-keys';

/** Query keys of an application's materials (step 3, and the step 4 overview). */
export const materialKeys = {
  list: (applicationId: string) => [...applicationKeys.detail(applicationId), 'materials'] as const,
};

/** After an upload, a deletion or a new order: the category pages and step 4 read the list again. */
export function invalidateMaterials(queryClient: QueryClient, applicationId: string): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: materialKeys.list(applicationId) });
}
