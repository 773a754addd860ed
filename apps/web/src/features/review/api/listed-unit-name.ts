import { useQueryClient } from '@tanstack/react-query';
import { applicationKeys } from '../../../shared/applications/application-keys';

function rowsOf(data: unknown): unknown[] {
  if (!data || typeof data !== 'object') return [];
  if ('items' in data && Array.isArray(data.items)) return data.items;
  if ('pages' in data && Array.isArray(data.pages)) return data.pages.flatMap(rowsOf);
  return [];
}

/**
 * The unit's name of an application, as a queue row already loaded it (`ApplicationListItem.unitName`):
 * `GET /applications/{id}` carries only the unit's id. Null when no loaded list holds the row.
 */
export function useListedUnitName(applicationId: string): string | null {
  const queryClient = useQueryClient();
  for (const [, data] of queryClient.getQueriesData({ queryKey: applicationKeys.lists() })) {
    for (const row of rowsOf(data)) {
      if (
        row &&
        typeof row === 'object' &&
        'id' in row &&
        row.id === applicationId &&
        'unitName' in row &&
        typeof row.unitName === 'string'
      ) {
        return row.unitName;
      }
    }
  }
  return null;
}
