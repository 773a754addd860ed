import { z } from 'zod';

/** The columns of the applicant import CSV (and its template), in order. */
export const applicantImportColumns = ['姓名', '账号', '身份证号'] as const;

/** `POST /unit/applicants/import`: what happened to every row. `row` is the line in the file (header = 1). */
export const applicantImportReportSchema = z
  .object({
    created: z.number().int(),
    skipped: z.number().int(),
    errors: z.array(z.object({ row: z.number().int(), message: z.string() })),
    /** The accounts created, each with its generated initial password (shown once). */
    accounts: z.array(
      z.object({
        row: z.number().int(),
        username: z.string(),
        name: z.string(),
        initialPassword: z.string(),
      }),
    ),
    /** Rows whose account already exists (a re-run creates nothing). */
    skippedRows: z.array(z.object({ row: z.number().int(), username: z.string() })),
  })
  .meta({ id: 'ApplicantImportReport' });
export type ApplicantImportReport = z.infer<typeof applicantImportReportSchema>;
