import { z } from 'zod';
import { csvBom, csvLine } from '../common/csv.js';
import { applicantImportReportExample } from '../openapi-examples.js';

/** The columns of the applicant import CSV (and its template), in order. */
export const applicantImportColumns = ['姓名', '账号', '身份证号'] as const;

/** One import: a file of at most 1 MB and 2,000 data rows. */
export const applicantImportLimits = { maxBytes: 1024 * 1024, maxRows: 2000 } as const;

export const applicantImportTemplateFileName = '申报人员导入模板.csv';

/**
 * `GET /unit/applicants/import-template.csv`: UTF-8 with BOM, the header and one example row (the
 * sample ID number of GB 11643, valid but nobody's).
 */
export const applicantImportTemplateCsv = `${csvBom}${csvLine(applicantImportColumns)}${csvLine([
  '张三',
  'zhangsan01',
  '11010519491231002X',
])}`;

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
  .meta({ id: 'ApplicantImportReport', examples: [applicantImportReportExample] });
export type ApplicantImportReport = z.infer<typeof applicantImportReportSchema>;
