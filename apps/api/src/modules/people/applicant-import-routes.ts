import fastifyMultipart from '@fastify/multipart';
import {
  applicantImportColumns,
  applicantImportLimits,
  applicantImportReportSchema,
  applicantImportTemplateCsv,
  applicantImportTemplateFileName,
  problemSchema,
} from '@zhicheng/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bearerSecurity, problemResponses } from '../../lib/route-schemas.js';
import { actorOf, requestContext } from '../../plugins/authenticate.js';
import { contentDisposition } from '../files/content-disposition.js';
import type { ApplicantImportService } from './applicant-import-service.js';
import { IMPORT_FILE_FIELD, receiveImportFile } from './applicant-import-upload.js';

const tags = ['unit applicants'];
const columns = applicantImportColumns.join(', ');
const templateBytes = Buffer.from(applicantImportTemplateCsv, 'utf8');

/** The template body; `content` names its media type in the OpenAPI document (the problems stay JSON). */
const csvTemplate = z.custom<Buffer>().meta({
  description: `CSV, UTF-8 with BOM: the header (${columns}) and one example row`,
  content: { 'text/csv': { schema: { type: 'string' } } },
});

const importDescription =
  `multipart/form-data, field \`${IMPORT_FILE_FIELD}\`: one CSV file of at most ` +
  `${applicantImportLimits.maxBytes / 1024 / 1024} MB with the header ${columns} and at most ` +
  `${applicantImportLimits.maxRows} rows, UTF-8 (with or without BOM) or GB18030 as Excel on Chinese ` +
  'Windows saves it. Every row passes the same rules as creating one applicant; the valid rows are ' +
  'created in one transaction, each with a generated initial password that is returned only in this ' +
  'response (the account must change it at first login). Idempotent by account: a row whose account ' +
  'already exists in this unit with the same ID number is skipped, so a re-run creates nothing. ' +
  '`row` is the line in the file (header = 1). Not CSV, wrong header, no rows or too many → 400 ' +
  'import_file_invalid; over the size → 413 file_too_large. No `Idempotency-Key`: a replay would have to ' +
  'keep the initial passwords in clear; after a lost response, reset the skipped accounts’ passwords.';

/** 批量导入申报人员 and its template, for the unit's admin and operators (who create applicants). */
export const applicantImportRoutes: FastifyPluginAsyncZod<{
  applicantImportService: ApplicantImportService;
}> = async (app, { applicantImportService: service }) => {
  // Registered here so only this plugin's route accepts multipart.
  await app.register(fastifyMultipart);
  // A file refused early leaves the rest of its body unread: close that connection after answering.
  app.addHook('onSend', async (request, reply) => {
    if (!request.raw.complete) reply.header('connection', 'close');
  });
  const guard = app.requireAuth({ roles: ['unit_admin', 'unit_operator'] });

  app.get(
    '/unit/applicants/import-template.csv',
    {
      onRequest: guard,
      schema: {
        tags,
        summary: 'The applicant import template (UTF-8 CSV with BOM: header and one example row)',
        security: bearerSecurity,
        response: { 200: csvTemplate, ...problemResponses },
      },
    },
    async (_request, reply) =>
      reply
        .headers({
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': contentDisposition(applicantImportTemplateFileName, 'attachment'),
          'x-content-type-options': 'nosniff',
        })
        .send(templateBytes),
  );

  app.post(
    '/unit/applicants/import',
    {
      // Integrators import too, with an API key holding applicants:write.
      onRequest: app.requireAuth({ roles: ['unit_admin', 'unit_operator'], scope: 'applicants:write' }),
      schema: {
        tags,
        summary: 'Import applicant accounts from a CSV file (a report per row, initial passwords once)',
        description: importDescription,
        consumes: ['multipart/form-data'],
        security: bearerSecurity,
        response: {
          200: applicantImportReportSchema,
          ...problemResponses,
          413: problemSchema,
          415: problemSchema,
          // Nothing is written then: the accounts and the audit event share one transaction.
          500: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const file = await receiveImportFile(request);
      const report = await service.importApplicants(actorOf(request), file, requestContext(request));
      return reply.header('cache-control', 'no-store').send(report);
    },
  );
};
