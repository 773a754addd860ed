import { z } from 'zod';
import { errorCodeSchema } from '../errors/codes.js';
import { returnPayloadShape } from '../lifecycle/transitions.js';
import { applicationStatusSchema } from '../status/status-machine.js';

/**
 * `POST /applications/batch-transitions`: the unit or department approves or returns several
 * selected applications at once; each is still its own transition (own transaction, review record,
 * audit event), and the answer says per application whether it went through.
 */
export const batchTransitionRequestSchema = z
  .discriminatedUnion('action', [
    z.object({
      action: z.literal('start_review'),
      applicationIds: z.array(z.uuid()).min(1, '请选择申报').max(100, '一次最多办理100份申报'),
    }),
    z.object({
      action: z.literal('approve'),
      applicationIds: z.array(z.uuid()).min(1, '请选择申报').max(100, '一次最多办理100份申报'),
      opinion: z.string().trim().max(500, '意见不超过500字').optional(),
    }),
    z.object({
      action: z.literal('return'),
      applicationIds: z.array(z.uuid()).min(1, '请选择申报').max(100, '一次最多办理100份申报'),
      ...returnPayloadShape,
    }),
  ])
  .meta({ id: 'BatchTransitionRequest' });
export type BatchTransitionRequest = z.infer<typeof batchTransitionRequestSchema>;

export const batchTransitionResultSchema = z
  .object({
    results: z.array(
      z.object({
        id: z.string(),
        ok: z.boolean(),
        /** The new status when ok. */
        status: applicationStatusSchema.nullable(),
        /** Why not, when not ok (the problem code and its Chinese detail). */
        code: errorCodeSchema.nullable(),
        message: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'BatchTransitionResult' });
export type BatchTransitionResult = z.infer<typeof batchTransitionResultSchema>;
