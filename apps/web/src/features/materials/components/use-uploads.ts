import { useQueryClient } from '@tanstack/react-query';
import type { MaterialCategoryKey, MaterialList } from '@zhicheng/contracts';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-error';
import { invalidateMaterials } from '../../../shared/materials/material-keys';
import { uploadMaterial } from '../api/upload-material';
import { checkLimits, type FileProblem, formatBytes, sniffContentType } from './check-file';

export interface UploadItem {
  uid: number;
  name: string;
  percent: number;
  status: 'uploading' | 'done' | 'error';
  message?: string;
}

interface UploadsOptions {
  applicationId: string;
  category: MaterialCategoryKey;
  materials: MaterialList;
  filesInCategory: number;
}

/**
 * Sends files one request each, so every file has its own progress bar and its own error. Each file is
 * checked first (limits, then its magic bytes); files in flight count against the limits too.
 */
export function useUploads({ applicationId, category, materials, filesInCategory }: UploadsOptions) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [items, setItems] = useState<UploadItem[]>([]);
  const inFlight = useRef({ count: 0, bytes: 0, uid: 0 });

  const update = useCallback((uid: number, patch: Partial<UploadItem>) => {
    setItems((current) => current.map((item) => (item.uid === uid ? { ...item, ...patch } : item)));
  }, []);

  const describe = (name: string, problem: FileProblem, size: number): string => {
    if (problem.kind === 'type') return t('materials.wrongType', { name });
    if (problem.kind === 'size')
      return t('materials.tooLarge', { name, size: formatBytes(size), max: formatBytes(problem.maxBytes) });
    if (problem.kind === 'count') return t('materials.tooMany', { name, max: problem.max });
    return t('materials.totalTooLarge', { name, max: formatBytes(problem.maxBytes) });
  };

  const add = async (file: File) => {
    const flight = inFlight.current;
    flight.uid += 1;
    const uid = flight.uid;
    const refuse = (problem: FileProblem) =>
      setItems((current) => [
        ...current,
        {
          uid,
          name: file.name,
          percent: 0,
          status: 'error',
          message: describe(file.name, problem, file.size),
        },
      ]);
    const limitProblem = checkLimits(file, {
      limits: materials.limits,
      filesInCategory: filesInCategory + flight.count,
      bytesInApplication: materials.totalBytes + flight.bytes,
    });
    if (limitProblem) return refuse(limitProblem);
    // Reserve before reading the bytes: files of one drop are checked concurrently.
    flight.count += 1;
    flight.bytes += file.size;
    try {
      if (!(await sniffContentType(file))) return refuse({ kind: 'type' });
      setItems((current) => [...current, { uid, name: file.name, percent: 0, status: 'uploading' }]);
      await uploadMaterial({
        applicationId,
        category,
        file,
        onProgress: (percent) => update(uid, { percent }),
      });
      update(uid, { percent: 100, status: 'done' });
      await invalidateMaterials(queryClient, applicationId);
    } catch (error) {
      const reason = isApiError(error) ? error.displayMessage : t('errors.unknown');
      update(uid, { status: 'error', message: t('materials.uploadFailed', { name: file.name, reason }) });
    } finally {
      flight.count -= 1;
      flight.bytes -= file.size;
    }
  };

  const clear = () => setItems((current) => current.filter((item) => item.status === 'uploading'));

  return { items, add, clear, busy: items.some((item) => item.status === 'uploading') };
}
