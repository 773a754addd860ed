import type { ApplicationFilters, QueueSort } from '@zhicheng/contracts';
import { apiBlob } from '../../lib/api-files';
import { filtersToSearch } from './queue-query';

/** `GET /applications/export.csv` of the filter, in the list's order, through the authenticated transport. */
export function exportQueue(filters: ApplicationFilters, sort: QueueSort): Promise<Blob> {
  const search = filtersToSearch(filters);
  search.set('sort', sort);
  return apiBlob(`/applications/export.csv?${search}`);
}

/** Saves bytes as a file the browser downloads. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
