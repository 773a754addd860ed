import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MaterialCategoryKey } from '@zhicheng/contracts';
import { apiRequest } from '../../../lib/api-client';
import { invalidateMaterials } from '../../../shared/materials/material-keys';

interface DeleteInput {
  applicationId: string;
  category: MaterialCategoryKey;
  fileId: string;
}

/** `DELETE /applications/{id}/materials/{category}/{fileId}`. */
export function deleteMaterial({ applicationId, category, fileId }: DeleteInput): Promise<void> {
  const path = [applicationId, 'materials', category, fileId].map(encodeURIComponent).join('/');
  return apiRequest(`/applications/${path}`, { method: 'DELETE' });
}

export function useDeleteMaterial() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteMaterial,
    onSuccess: (_data, { applicationId }) => invalidateMaterials(queryClient, applicationId),
  });
}
