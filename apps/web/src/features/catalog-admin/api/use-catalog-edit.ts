import { useMutation, useQueryClient } from '@tanstack/react-query';

/** A catalogue edit: afterwards the bureau's view and the public catalogue are read again. */
export function useCatalogEdit<TInput>(edit: (input: TInput) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: edit,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['admin-catalog'] }),
        queryClient.invalidateQueries({ queryKey: ['catalog'] }),
      ]),
  });
}
