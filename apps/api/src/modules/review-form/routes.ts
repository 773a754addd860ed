import type { Readable } from 'node:stream';
import {
  idParamSchema,
  problemSchema,
  reviewFormVerificationSchema,
  verifyParamsSchema,
} from '@zhicheng/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.js';
import { routeRateLimit } from '../../lib/rate-limits.js';
import { bearerSecurity, problemResponses } from '../../lib/route-schemas.js';
import { actorOf, requestContext } from '../../plugins/authenticate.js';
import { contentDisposition, storedBytesHeaders } from '../files/content-disposition.js';
import type { ReviewFormService } from './review-form-service.js';

const tags = ['review-form'];
const pdf = z.custom<Buffer | Readable>().meta({
  description: 'The PDF',
  content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
});

/** The 评审表: preview or final form for whoever may read the application, and its public check. */
export const reviewFormRoutes: FastifyPluginAsyncZod<{
  reviewFormService: ReviewFormService;
  config: Config;
}> = async (app, { reviewFormService: service, config }) => {
  app.get(
    '/applications/:id/review-form.pdf',
    {
      onRequest: app.requireAuth({ scope: 'applications:read' }),
      schema: {
        tags,
        summary: 'The review form (评审表) as PDF: a watermarked preview, or the final form',
        description:
          'Before the department approved (draft … dept_review): a preview of the current data, watermarked ' +
          '“预览 仅供核对”, rendered on each request and never stored. From committee_review on (committee_review, ' +
          'publicity, approved): the final form from the frozen snapshot, with its verification code and QR code; ' +
          'generated once, every download serves the same bytes (`ETag` is its SHA-256) and is audited. ' +
          'Rejected or cancelled: 409 review_form_unavailable. 503 review_form_busy with Retry-After when the ' +
          'render threads are all busy.',
        security: bearerSecurity,
        params: idParamSchema,
        response: { 200: pdf, ...problemResponses, 503: problemSchema },
      },
    },
    async (request, reply) => {
      const form = await service.download(actorOf(request), request.params.id, requestContext(request));
      const name = `${form.kind === 'preview' ? '评审表预览' : '评审表'}-${form.applicantName}.pdf`;
      reply.headers({
        'content-type': 'application/pdf',
        'content-disposition': contentDisposition(name),
        ...storedBytesHeaders,
        'x-review-form': form.kind,
      });
      if (form.kind === 'preview') return reply.header('cache-control', 'no-store').send(form.body);
      return reply
        .headers({
          'cache-control': 'private, no-cache',
          etag: `"${form.sha256}"`,
          'content-length': String(form.size),
        })
        .send(form.body);
    },
  );

  app.get(
    '/verify/:code',
    {
      ...routeRateLimit(app, config, 'verify'),
      schema: {
        tags,
        summary: 'Check a printed final review form by its verification code (public)',
        description:
          'Masked name, qualification, committee, status now, and the SHA-256 of the submission snapshot and ' +
          'of the form PDF. Unknown code: 404.',
        params: verifyParamsSchema,
        response: {
          200: reviewFormVerificationSchema,
          400: problemSchema,
          404: problemSchema,
          429: problemSchema,
        },
      },
    },
    async (request) => service.verify(request.params.code),
  );
};
