import { z } from 'zod';

/** A missing item names where to fix it: `target` is the section key or the material category key. */
export const missingSectionSchema = z.object({
  key: z.string(),
  title: z.string(),
  status: z.enum(['empty', 'incomplete']),
  /** 必填栏目未填写完整 / 栏目信息不完整 */
  message: z.string(),
});
export const missingMaterialSchema = z.object({
  key: z.string(),
  title: z.string(),
  reason: z.string().nullable(),
  message: z.string(),
});

export const completenessSchema = z
  .object({
    complete: z.boolean(),
    sections: z.array(missingSectionSchema),
    materials: z.array(missingMaterialSchema),
  })
  .meta({ id: 'Completeness' });
export type Completeness = z.infer<typeof completenessSchema>;
