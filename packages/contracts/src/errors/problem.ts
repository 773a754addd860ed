import { z } from 'zod';
import { problemExamples } from '../openapi-examples.js';

/** One field-level error: `path` uses dots for nesting (`admin.idNumber`, `rows.2.startMonth`). */
export const fieldErrorSchema = z.object({
  path: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof fieldErrorSchema>;

/** RFC 9457 problem details, as every error response carries them. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    code: z.string(),
    errors: z.array(fieldErrorSchema).optional(),
    requestId: z.string().optional(),
  })
  .loose()
  .meta({ id: 'Problem', examples: problemExamples });
export type Problem = z.infer<typeof problemSchema>;

export const problemContentType = 'application/problem+json';
