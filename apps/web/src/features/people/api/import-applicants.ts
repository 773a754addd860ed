import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ApplicantImportReport, applicantImportReportSchema } from '@zhicheng/contracts';
import { apiBlob, apiUpload } from '../../../lib/api-files';
import { invalidatePeople } from './people-keys';

const importPath = '/unit/applicants/import';

/** `POST /unit/applicants/import`: one CSV file; the answer reports every row (passwords shown once). */
export function importApplicants(file: File): Promise<ApplicantImportReport> {
  return apiUpload(importPath, { file, schema: applicantImportReportSchema });
}

/** `GET /unit/applicants/import-template.csv`: the template's bytes. */
export function getImportTemplate(): Promise<Blob> {
  return apiBlob(`${importPath}-template.csv`);
}

/** Imports a file; afterwards the applicants list and the unit's counts load again. */
export function useImportApplicants() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importApplicants,
    onSuccess: () => invalidatePeople(queryClient, 'applicants'),
  });
}
