import { z } from 'zod';
import { roleSchema } from '../auth/roles.js';
import { applicationActionSchema, applicationStatusSchema } from '../status/status-machine.js';

/** `POST /applications/{id}/transitions`. `reapply` has its own endpoint. */
export const transitionRequestSchema = z
  .object({
    action: applicationActionSchema.exclude(['reapply']),
    opinion: z.string().trim().max(500, '意见不超过500字').optional(),
    /** Reasons for return/reject (e.g. the sections to correct). */
    reasons: z.array(z.string().trim().min(1).max(200)).max(30).optional(),
    /** Committee vote counts (committee_pass / committee_fail). */
    votes: z
      .object({
        for: z.number().int().min(0),
        against: z.number().int().min(0),
        abstain: z.number().int().min(0).default(0),
      })
      .optional(),
  })
  .superRefine((v, ctx) => {
    // Only the committee votes; a count on any other action would be stored and never mean anything.
    if (v.votes && v.action !== 'committee_pass' && v.action !== 'committee_fail') {
      ctx.addIssue({ code: 'custom', path: ['votes'], message: '只有评委会评审结果可以填写表决票数' });
    }
  })
  .meta({ id: 'TransitionRequest' });
export type TransitionRequest = z.infer<typeof transitionRequestSchema>;

/** One status change (查看进度). */
export const timelineEntrySchema = z
  .object({
    id: z.string(),
    action: applicationActionSchema,
    fromStatus: applicationStatusSchema.nullable(),
    toStatus: applicationStatusSchema,
    actorRole: roleSchema,
    actorName: z.string(),
    opinion: z.string().nullable(),
    reasons: z.array(z.string()),
    at: z.iso.datetime(),
  })
  .meta({ id: 'TimelineEntry' });
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

export const timelineSchema = z.object({ items: z.array(timelineEntrySchema) }).meta({ id: 'Timeline' });
