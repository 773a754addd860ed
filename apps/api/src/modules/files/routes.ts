import type { Readable } from 'node:stream';
import { problemSchema } from '@zhicheng/contracts';
import type { Db } from '@zhicheng/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../errors/app-error.js';
import { scopeOf } from '../../lib/actor.js';
import { bearerSecurity, problemResponses } from '../../lib/route-schemas.js';
import { actorOf } from '../../plugins/authenticate.js';
import type { ObjectStorage } from '../../storage/object-storage.js';
import { contentDisposition, dispositionFor, storedBytesHeaders } from './content-disposition.js';
import { filesRepository as repo } from './files-repository.js';

const tags = ['files'];
const fileIdParams = z.object({ fileId: z.uuid('无效的文件编号') });
// A stream, not a JSON value: the serializer never sees it; the schema only documents the body, with the
// media types uploads may have (`content` names them in the OpenAPI document; the problems stay JSON).
const bytes = { schema: { type: 'string', format: 'binary' } };
const binary = z.custom<Readable>().meta({
  description: 'The file bytes, in the type decided at upload',
  content: { 'application/pdf': bytes, 'image/jpeg': bytes, 'image/png': bytes },
});
const thumbnail = z.custom<Readable>().meta({
  description: 'The JPEG thumbnail (at most 240 px)',
  content: { 'image/jpeg': bytes },
});
// Bytes under a file id never change, but access can be taken away: keep copies private and short-lived.
const CACHE_CONTROL = 'private, max-age=300';
// 503 service_unavailable (with Retry-After) when the object store cannot be reached.
const fileResponses = { ...problemResponses, 503: problemSchema };

/**
 * Downloads, streamed from storage. A file is readable by whoever may read an application it belongs to;
 * everyone else gets 404. The type is the one decided at upload, and `nosniff` keeps browsers to it.
 * A store that cannot be reached is 503 (the driver's StorageUnavailableError), not 404.
 */
export const fileRoutes: FastifyPluginAsyncZod<{ db: Db; storage: ObjectStorage }> = async (
  app,
  { db, storage },
) => {
  // Reads, for every role and for API keys with applications:read.
  const anyRole = app.requireAuth({ scope: 'applications:read' });

  async function send(fileId: string, request: Parameters<typeof actorOf>[0], which: 'file' | 'thumbnail') {
    const file = await repo.findAccessible(db, scopeOf(actorOf(request)), fileId);
    if (!file) throw AppError.notFound('没有找到该文件');
    const key = which === 'file' ? file.storageKey : file.thumbnailKey;
    if (!key) throw AppError.notFound('该文件没有缩略图（仅图片有，生成可能需要几秒）');
    const body = await storage.get(key);
    if (!body) throw AppError.notFound('文件内容不存在');
    const name =
      which === 'file' ? file.originalName : `缩略图-${file.originalName.replace(/\.\w+$/, '')}.jpg`;
    const contentType = which === 'file' ? file.contentType : 'image/jpeg';
    return {
      body,
      headers: {
        'content-type': contentType,
        'content-disposition': contentDisposition(name, dispositionFor(contentType)),
        ...storedBytesHeaders,
        'cache-control': CACHE_CONTROL,
        ...(which === 'file' ? { 'content-length': String(file.size), etag: `"${file.sha256}"` } : {}),
      },
    };
  }

  app.get(
    '/files/:fileId',
    {
      onRequest: anyRole,
      schema: {
        tags,
        summary: 'Download a stored file (access as for its application)',
        description:
          'Readable by whoever may read an application that holds the file or whose submission snapshot lists it ' +
          '(reviewers keep the submitted files while the applicant corrects a returned application).',
        security: bearerSecurity,
        params: fileIdParams,
        response: { 200: binary, ...fileResponses },
      },
    },
    async (request, reply) => {
      const { body, headers } = await send(request.params.fileId, request, 'file');
      return reply.headers(headers).send(body);
    },
  );

  app.get(
    '/files/:fileId/thumbnail',
    {
      onRequest: anyRole,
      schema: {
        tags,
        summary: "An image's thumbnail (JPEG, at most 240 px); 404 for PDFs or while it is being made",
        security: bearerSecurity,
        params: fileIdParams,
        response: { 200: thumbnail, ...fileResponses },
      },
    },
    async (request, reply) => {
      const { body, headers } = await send(request.params.fileId, request, 'thumbnail');
      return reply.headers(headers).send(body);
    },
  );
};
