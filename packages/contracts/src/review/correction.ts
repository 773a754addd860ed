import { z } from 'zod';
import { roleSchema } from '../auth/roles.js';
import { materialCategoryKeySchema } from '../materials/categories.js';

/**
 * 一次性告知: what the latest return asks the applicant to correct, in one notice. Present on the
 * application from the return until the applicant resubmits.
 */
export const correctionSchema = z
  .object({
    opinion: z.string(),
    /** Section keys to correct. */
    sections: z.array(z.string()),
    /** Material category keys to correct. */
    materials: z.array(materialCategoryKeySchema),
    correctBy: z.iso.date().nullable(),
    returnedAt: z.iso.datetime(),
    returnedByRole: roleSchema,
  })
  .meta({ id: 'Correction' });
export type Correction = z.infer<typeof correctionSchema>;
