import { z } from 'zod';
import { roleSchema } from '../auth/roles.js';
import { actionLabels } from '../status/labels.js';
import {
  type ApplicationAction,
  applicationActionSchema,
  applicationActions,
  applicationStatusSchema,
  opinionRequired,
} from '../status/status-machine.js';

/** The actions of `POST /applications/{id}/transitions`; `reapply` has its own endpoint. */
export const transitionActions = applicationActions.filter(
  (a): a is Exclude<ApplicationAction, 'reapply'> => a !== 'reapply',
);
export type TransitionAction = (typeof transitionActions)[number];

const opinion = (required?: string) =>
  z
    .string(required ? { error: required } : undefined)
    .trim()
    .max(500, '意见不超过500字');
/** Reasons for return/reject (e.g. the sections to correct). */
const reasons = z.array(z.string().trim().min(1).max(200)).max(30).optional();
/** Committee vote counts (committee_pass / committee_fail). */
const votes = z.object({
  for: z.number().int().min(0),
  against: z.number().int().min(0),
  abstain: z.number().int().min(0).default(0),
});
// Only the committee votes; a count on any other action would be stored and never mean anything.
const noVotes = z.never({ error: '只有评委会评审结果可以填写表决票数' }).optional();

/** The opinion an action needs: required where the status machine says the action must give a reason. */
function opinionFor(action: TransitionAction) {
  if (!opinionRequired(action)) return opinion().optional();
  const message = `${actionLabels[action]}须填写意见（理由）`;
  return opinion(message).min(1, message);
}

/** Each action's own payload; the reviewer issues add publicity dates and what to correct here. */
function payloadOf<A extends TransitionAction>(action: A) {
  const committee = action === 'committee_pass' || action === 'committee_fail';
  return z.object({
    action: z.literal(action),
    opinion: opinionFor(action),
    reasons,
    votes: committee ? votes.optional() : noVotes,
  });
}

/**
 * `POST /applications/{id}/transitions`: a union discriminated by `action`, each action with its own
 * payload schema (an opinion where the domain requires one, votes only for the committee's result).
 */
export const transitionRequestSchema = z
  .discriminatedUnion(
    'action',
    [
      payloadOf('submit'),
      payloadOf('withdraw'),
      payloadOf('cancel'),
      payloadOf('start_review'),
      payloadOf('approve'),
      payloadOf('return'),
      payloadOf('reject'),
      payloadOf('committee_pass'),
      payloadOf('committee_fail'),
      payloadOf('publicity_pass'),
      payloadOf('publicity_fail'),
    ],
    { error: '请选择要办理的操作' },
  )
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
