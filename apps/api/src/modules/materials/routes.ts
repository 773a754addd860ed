import fastifyMultipart from '@fastify/multipart';
import {
  idParamSchema,
  materialCategoryKeySchema,
  materialListSchema,
  materialOrderSchema,
  photoUploadedSchema,
  problemSchema,
  uploadedFilesSchema,
} from '@zhicheng/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bearerSecurity, problemResponses } from '../../lib/route-schemas.js';
import { actorOf, requestContext } from '../../plugins/authenticate.js';
import type { ObjectStorage } from '../../storage/object-storage.js';
import { MIN_IMAGE_SIDE_PX } from './image-check.js';
import type { MaterialsService } from './materials-service.js';
import { receiveFiles } from './upload-receiver.js';

const tags = ['materials'];
const categoryParams = idParamSchema.extend({ category: materialCategoryKeySchema });
const fileParams = categoryParams.extend({ fileId: z.uuid('无效的文件编号') });
// 503 service_unavailable (with Retry-After) when the object store cannot be reached: nothing is stored.
const uploadResponses = { ...problemResponses, 413: problemSchema, 503: problemSchema };
const multipartNote =
  'multipart/form-data, field `file` (repeatable). The type is decided from the bytes (JPEG, PNG, PDF); ' +
  'over the per-file limit → 413 file_too_large, category full → 400 too_many_files, application total → ' +
  '413 payload_too_large, other type or content that does not decode as its type (an image under ' +
  `${MIN_IMAGE_SIDE_PX} px a side, a PDF without pages) → 400 file_type_not_allowed, object store ` +
  'unreachable → 503 service_unavailable with Retry-After. On any failure nothing is stored.';

/** Step 3: materials by category and the 1-inch photo. Uploads stream to storage, never buffered whole. */
export const materialRoutes: FastifyPluginAsyncZod<{
  materialsService: MaterialsService;
  storage: ObjectStorage;
}> = async (app, { materialsService: service, storage }) => {
  // Registered here so only these routes accept multipart; limits are set per request by the receiver.
  await app.register(fastifyMultipart);
  // An upload refused early leaves the rest of its body unread: close that connection after answering,
  // rather than keep it alive (and the server's shutdown waiting) while the client sends megabytes more.
  app.addHook('onSend', async (request, reply) => {
    if (!request.raw.complete) reply.header('connection', 'close');
  });
  const applicant = app.requireAuth({ roles: ['applicant'] });

  app.get(
    '/applications/:id/materials',
    {
      onRequest: app.requireAuth({ scope: 'applications:read' }),
      schema: {
        tags,
        summary: 'Material categories with required flags (materials.md rules), completion and files',
        security: bearerSecurity,
        params: idParamSchema,
        response: { 200: materialListSchema, ...problemResponses },
      },
    },
    async (request) => service.materialListFor(actorOf(request), request.params.id),
  );

  app.post(
    '/applications/:id/materials/:category',
    {
      onRequest: applicant,
      schema: {
        tags,
        summary: 'Upload one or more files to a category (applicant, draft or returned)',
        description: multipartNote,
        consumes: ['multipart/form-data'],
        security: bearerSecurity,
        params: categoryParams,
        response: { 201: uploadedFilesSchema, ...uploadResponses },
      },
    },
    async (request, reply) => {
      const { id, category } = request.params;
      const uploaded = await service.upload(
        actorOf(request),
        id,
        category,
        (options) => receiveFiles(request, storage, options),
        requestContext(request),
      );
      return reply.status(201).send(uploaded);
    },
  );

  app.put(
    '/applications/:id/materials/:category/order',
    {
      onRequest: applicant,
      schema: {
        tags,
        summary: "New order of a category's files (exactly its files, each once)",
        security: bearerSecurity,
        params: categoryParams,
        body: materialOrderSchema,
        response: { 200: materialListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { id, category } = request.params;
      return service.reorder(actorOf(request), id, category, request.body.fileIds, requestContext(request));
    },
  );

  app.delete(
    '/applications/:id/materials/:category/:fileId',
    {
      onRequest: applicant,
      schema: {
        tags,
        summary: 'Remove a file from a category (the object goes once no application uses it)',
        security: bearerSecurity,
        params: fileParams,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { id, category, fileId } = request.params;
      await service.remove(actorOf(request), id, category, fileId, requestContext(request));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/applications/:id/photo',
    {
      onRequest: applicant,
      schema: {
        tags,
        summary: 'Upload the 1-inch photo (JPEG/PNG ≤ 2 MB, replaces the previous one)',
        description:
          'multipart/form-data, field `file`. Basic info’s `photo` field holds the returned id. ' +
          'Over 2 MB → 413 file_too_large; other types, or an image that does not decode or is under ' +
          `${MIN_IMAGE_SIDE_PX} px a side → 400 file_type_not_allowed; object store unreachable → 503 ` +
          'service_unavailable with Retry-After.',
        consumes: ['multipart/form-data'],
        security: bearerSecurity,
        params: idParamSchema,
        response: { 201: photoUploadedSchema, ...uploadResponses },
      },
    },
    async (request, reply) => {
      const photo = await service.uploadPhoto(
        actorOf(request),
        request.params.id,
        (options) => receiveFiles(request, storage, options),
        requestContext(request),
      );
      return reply.status(201).send(photo);
    },
  );
};
