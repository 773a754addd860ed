import { z } from 'zod';
import { fieldErrorSchema } from '../errors/problem.js';
import { sectionStatuses } from './section-schemas.js';

export const sectionStatusSchema = z.enum(sectionStatuses);

/** One row of the 填写申报信息 list. */
export const sectionSummarySchema = z
  .object({
    no: z.number().int(),
    key: z.string(),
    title: z.string(),
    kind: z.enum(['single', 'list']),
    requiredForSubmit: z.boolean(),
    status: sectionStatusSchema,
    /** 0 until the first save. */
    version: z.number().int(),
    updatedAt: z.iso.datetime().nullable(),
    /** False until basic info has been saved once (请先填写基本申报信息). */
    available: z.boolean(),
    /** Copied by 重新申报 with evidence dated after the new cycle closes: check it; saving clears it. */
    needsReview: z.boolean(),
    /** Named by the latest return (退回修改) as something to correct; cleared by resubmission. */
    toCorrect: z.boolean(),
    /**
     * For reviewers after a return and resubmission: whether the content differs from what was
     * returned. Null when there was no return (or for the applicant).
     */
    changedSinceReturn: z.boolean().nullable(),
    /**
     * With `?include=data` only: the saved data, as the section's own GET returns it (step 4 shows all
     * sections from one request). Absent for sections never saved.
     */
    data: z.unknown().optional(),
  })
  .meta({ id: 'SectionSummary' });

/** `GET /applications/{id}/sections?include=data`: the list with each saved section's data. */
export const sectionListQuerySchema = z.object({
  include: z.enum(['data'], { error: 'include 只能为 data' }).optional(),
});

export const sectionListSchema = z
  .object({ items: z.array(sectionSummarySchema) })
  .meta({ id: 'SectionList' });

/** A section with its data; `errors` are the strict-rule problems that keep it 不完整. */
export function sectionResponseSchema<T extends z.ZodType>(data: T) {
  return z.object({
    key: z.string(),
    title: z.string(),
    status: sectionStatusSchema,
    version: z.number().int(),
    updatedAt: z.iso.datetime().nullable(),
    editable: z.boolean(),
    data,
    errors: z.array(fieldErrorSchema),
  });
}
