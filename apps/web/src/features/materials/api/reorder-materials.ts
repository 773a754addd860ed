import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MaterialCategoryKey, MaterialList } from '@zhicheng/contracts';
import { apiRequest } from '../../../lib/api-client';
import { invalidateMaterials, materialKeys } from '../../../shared/materials/material-keys';

interface ReorderInput {
  applicationId: string;
  category: MaterialCategoryKey;
  fileIds: string[];
}

/** `PUT /applications/{id}/materials/{category}/order`: the category's files in their new order. */
export function reorderMaterials({ applicationId, category, fileIds }: ReorderInput): Promise<void> {
  return apiRequest(
    `/applications/${encodeURIComponent(applicationId)}/materials/${encodeURIComponent(category)}/order`,
    { method: 'PUT', body: { fileIds } },
  );
}

/** Shows the new order at once and puts the server's back when it refuses. */
export function useReorderMaterials() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reorderMaterials,
    onMutate: async ({ applicationId, category, fileIds }) => {
      const key = materialKeys.list(applicationId);
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<MaterialList>(key);
      if (previous) {
        queryClient.setQueryData<MaterialList>(key, {
          ...previous,
          categories: previous.categories.map((c) =>
            c.key === category
              ? {
                  ...c,
                  files: fileIds.flatMap((id, order) => {
                    const file = c.files.find((f) => f.id === id);
                    return file ? [{ ...file, order }] : [];
                  }),
                }
              : c,
          ),
        });
      }
      return { previous };
    },
    onError: (_error, { applicationId }, context) => {
      if (context?.previous) queryClient.setQueryData(materialKeys.list(applicationId), context.previous);
    },
    onSettled: (_data, _error, { applicationId }) => invalidateMaterials(queryClient, applicationId),
  });
}
