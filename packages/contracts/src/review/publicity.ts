import { z } from 'zod';

/** 单位公示 (by the unit, before it forwards) and 评审结果公示 (by the department, after the committee). */
export const publicityStages = ['unit', 'result'] as const;
export const publicityStageSchema = z.enum(publicityStages, { error: '请选择公示类型' });
export type PublicityStage = z.infer<typeof publicityStageSchema>;

/** `POST /publicity`: a publicity window for several applications (dates may lie in the past). */
export const publicityCreateSchema = z
  .object({
    stage: publicityStageSchema,
    applicationIds: z.array(z.uuid()).min(1, '请选择要公示的申报').max(100, '一次最多公示100份申报'),
    startsOn: z.iso.date({ error: '请填写公示开始日期' }),
    endsOn: z.iso.date({ error: '请填写公示结束日期' }),
    note: z.string().trim().max(500, '说明不超过500字').optional(),
  })
  .refine((p) => p.endsOn >= p.startsOn, { path: ['endsOn'], message: '结束日期不能早于开始日期' })
  .meta({ id: 'PublicityCreate' });
export type PublicityCreate = z.infer<typeof publicityCreateSchema>;

export const publicityWindowSchema = z
  .object({
    id: z.string(),
    stage: publicityStageSchema,
    startsOn: z.iso.date(),
    endsOn: z.iso.date(),
    /** Working days in the window by the bureau's calendar (at least 5). */
    workingDays: z.number().int(),
    note: z.string().nullable(),
    applicationIds: z.array(z.string()),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'PublicityWindow' });
export type PublicityWindow = z.infer<typeof publicityWindowSchema>;

/** The latest window of a stage on an application (review detail, queue rows). */
export const publicitySummarySchema = z
  .object({
    startsOn: z.iso.date(),
    endsOn: z.iso.date(),
    workingDays: z.number().int(),
    ended: z.boolean(),
  })
  .meta({ id: 'PublicitySummary' });
export type PublicitySummary = z.infer<typeof publicitySummarySchema>;
