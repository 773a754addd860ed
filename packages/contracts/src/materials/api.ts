import { z } from 'zod';
import { materialCategoryKeySchema } from './categories.js';

/** One uploaded file (a page or a document) of a category. */
export const materialFileSchema = z
  .object({
    id: z.string(),
    category: materialCategoryKeySchema,
    fileName: z.string(),
    contentType: z.enum(['image/jpeg', 'image/png', 'application/pdf']),
    size: z.number().int(),
    sha256: z.string(),
    /** Page count of a PDF; null for images or while not yet counted. */
    pages: z.number().int().nullable(),
    /** True once an image's thumbnail exists (`GET /files/{id}/thumbnail`). */
    hasThumbnail: z.boolean(),
    order: z.number().int(),
    uploadedAt: z.iso.datetime(),
  })
  .meta({ id: 'MaterialFile' });
export type MaterialFile = z.infer<typeof materialFileSchema>;

export const materialCategorySchema = z
  .object({
    key: materialCategoryKeySchema,
    title: z.string(),
    required: z.boolean(),
    /** Why it is required (e.g. 试点评委会必须上传); null when optional. */
    reason: z.string().nullable(),
    preApproval: z.boolean(),
    /** 完成状态: at least one file when required; always true for optional categories. */
    done: z.boolean(),
    files: z.array(materialFileSchema),
    /** Named by the latest return (退回修改) as something to correct; cleared by resubmission. */
    toCorrect: z.boolean(),
    /**
     * For reviewers after a return and resubmission: whether the content differs from what was
     * returned. Null when there was no return (or for the applicant).
     */
    changedSinceReturn: z.boolean().nullable(),
  })
  .meta({ id: 'MaterialCategory' });
export type MaterialCategory = z.infer<typeof materialCategorySchema>;

export const materialListSchema = z
  .object({
    editable: z.boolean(),
    limits: z.object({
      maxFileBytes: z.number().int(),
      maxFilesPerCategory: z.number().int(),
      maxBytesPerApplication: z.number().int(),
    }),
    totalBytes: z.number().int(),
    categories: z.array(materialCategorySchema),
  })
  .meta({ id: 'MaterialList' });
export type MaterialList = z.infer<typeof materialListSchema>;

export const uploadedFilesSchema = z
  .object({ items: z.array(materialFileSchema) })
  .meta({ id: 'UploadedFiles' });

export const materialOrderSchema = z
  .object({ fileIds: z.array(z.uuid('文件编号无效')).min(1, '请给出文件顺序') })
  .meta({ id: 'MaterialOrder' });

export const photoUploadedSchema = z
  .object({ id: z.string(), contentType: z.string(), size: z.number().int() })
  .meta({ id: 'PhotoUploaded' });
