import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateCatalog } from '../../../shared/catalog/catalog-keys';
import { catalogAdminKeys } from './catalog-admin-keys';

/**
 * A catalogue edit: afterwards the bureau's view and everything read from the catalogue elsewhere
 * (the public catalogue, the reviewer form's department and committee pickers) are read again.
 */
export function useCatalogEdit<TInput>(edit: (input: TInput) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: edit,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: catalogAdminKeys.all }),
        invalidateCatalog(queryClient),
      ]),
  });
}
