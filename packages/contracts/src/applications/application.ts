import { z } from 'zod';
import { levelSchema } from '../catalog/catalog.js';
import { applicationExample } from '../openapi-examples.js';
import { correctionSchema } from '../review/correction.js';
import { finalFormSummarySchema } from '../review-form/review-form.js';
import { applicationActionSchema, applicationStatusSchema, outcomeSchema } from '../status/status-machine.js';

export const applicationTracks = ['normal', 'innovative'] as const;
export const trackSchema = z.enum(applicationTracks, { error: '请选择申报通道' });
export const applicationApplyTypes = ['normal', 'conversion'] as const;
export const applyTypeSchema = z.enum(applicationApplyTypes, { error: '请选择申报类型' });

/** Chinese names of the track and apply type, as documents (the 评审表) print them. */
export const trackLabels: Record<(typeof applicationTracks)[number], string> = {
  normal: '普通申报',
  innovative: '创新型人才申报',
};
export const applyTypeLabels: Record<(typeof applicationApplyTypes)[number], string> = {
  normal: '正常申报',
  conversion: '转换系列',
};

/** Step 1 (选择申报资格): the qualification choice. The server re-checks it against the catalogue. */
const choiceFields = {
  track: trackSchema,
  applyType: applyTypeSchema,
  innovativeCondition: z.number().int().min(1).max(5).nullable().optional(),
  seriesId: z.uuid('请选择申报系列'),
  specialtyId: z.uuid('请选择申报专业'),
  qualificationId: z.uuid('请选择专技资格名称'),
  committeeId: z.uuid('请选择评委会'),
};

function innovativeNeedsCondition(
  v: { track?: string; innovativeCondition?: number | null | undefined },
  ctx: z.RefinementCtx,
) {
  if (v.track === 'innovative' && !v.innovativeCondition) {
    ctx.addIssue({
      code: 'custom',
      path: ['innovativeCondition'],
      message: '创新型人才申报须先选择符合的条件',
    });
  }
  if (v.track === 'normal' && v.innovativeCondition) {
    ctx.addIssue({ code: 'custom', path: ['innovativeCondition'], message: '普通申报不选择创新型人才条件' });
  }
}

export const applicationCreateSchema = z
  .object({ cycleId: z.uuid('请选择申报批次'), ...choiceFields })
  .superRefine(innovativeNeedsCondition)
  .meta({ id: 'ApplicationCreate' });
export type ApplicationCreate = z.infer<typeof applicationCreateSchema>;

/** `PATCH /applications/{id}`: a new choice while the application is editable (send the whole choice). */
export const applicationChoiceUpdateSchema = z
  .object(choiceFields)
  .superRefine(innovativeNeedsCondition)
  .meta({ id: 'ApplicationChoiceUpdate' });

export const applicationSchema = z
  .object({
    id: z.string(),
    cycleId: z.string(),
    status: applicationStatusSchema,
    outcome: outcomeSchema.nullable(),
    track: trackSchema,
    applyType: applyTypeSchema,
    innovativeCondition: z.number().int().nullable(),
    seriesId: z.string(),
    specialtyId: z.string(),
    level: levelSchema,
    qualificationId: z.string(),
    committeeId: z.string(),
    departmentId: z.string(),
    /** Names of the choice, so lists and headers need no catalogue lookup. */
    names: z.object({
      cycle: z.string(),
      series: z.string(),
      specialty: z.string(),
      qualification: z.string(),
      committee: z.string(),
      department: z.string(),
      /** The applicant's unit (工作单位). */
      unit: z.string(),
    }),
    applicant: z.object({ id: z.string(), name: z.string() }),
    unitId: z.string(),
    submittedAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    version: z.number().int(),
    allowedActions: z.array(applicationActionSchema),
    /** What the latest return asks to correct, until resubmission (一次性告知). */
    correction: correctionSchema.nullable().optional(),
  })
  .meta({ id: 'Application', examples: [applicationExample] });
export type Application = z.infer<typeof applicationSchema>;

/** `GET /applications/{id}`: the application with its final review form once one was generated. */
export const applicationDetailSchema = applicationSchema
  .extend({ finalForm: finalFormSummarySchema.nullable() })
  .meta({ id: 'ApplicationDetail' });
export type ApplicationDetail = z.infer<typeof applicationDetailSchema>;
