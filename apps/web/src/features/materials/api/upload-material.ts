import { type MaterialCategoryKey, type MaterialFile, uploadedFilesSchema } from '@zhicheng/contracts';
import { apiUpload } from '../../../lib/api-files';

export interface UploadInput {
  applicationId: string;
  category: MaterialCategoryKey;
  file: File;
  /** 0–100 as the bytes leave the browser. */
  onProgress: (percent: number) => void;
}

/** `POST /applications/{id}/materials/{category}` (multipart field `file`) for one file, with progress. */
export async function uploadMaterial({
  applicationId,
  category,
  file,
  onProgress,
}: UploadInput): Promise<MaterialFile[]> {
  const path = `/applications/${encodeURIComponent(applicationId)}/materials/${encodeURIComponent(category)}`;
  const { items } = await apiUpload(path, { file, schema: uploadedFilesSchema, onProgress });
  return items;
}
