import { z } from 'zod';
import { roleSchema } from '../auth/roles.js';
import { materialCategoryKeySchema } from '../materials/categories.js';
import { transitionRequestExamples } from '../openapi-examples.js';
import { recordedVotesSchema, votesSchema } from '../review/votes.js';
import { sectionKeys } from '../sections/definitions.js';
import { actionLabels } from '../status/labels.js';
import {
  type ApplicationAction,
  applicationActionSchema,
  applicationActions,
  applicationStatusSchema,
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
// Only the committee votes; a count on any other action would be stored and never mean anything.
const noVotes = z.never({ error: '只有评委会评审结果可以填写表决票数' }).optional();

/** Every action's payload: an optional opinion and reasons, no votes. */
function plain<A extends TransitionAction>(action: A) {
  return z.object({ action: z.literal(action), opinion: opinion().optional(), reasons, votes: noVotes });
}

/** What a return (退回修改) names to correct, in one notice (一次性告知), besides the opinion. */
export const returnPayloadShape = {
  opinion: opinion('退回修改须填写意见（理由）').min(1, '退回修改须填写意见（理由）'),
  sections: z
    .array(z.string().refine((k) => sectionKeys.includes(k), '没有这个栏目'))
    .max(30)
    .optional(),
  materials: z.array(materialCategoryKeySchema).max(30).optional(),
  correctBy: z.iso.date({ error: '日期格式应为 YYYY-MM-DD' }).optional(),
};

/** Return and reject must say why (the status machine's `reasonRequired`; a test keeps the two in step). */
function mustSayWhy<A extends TransitionAction>(action: A) {
  const message = `${actionLabels[action]}须填写意见（理由）`;
  return plain(action).extend({ opinion: opinion(message).min(1, message) });
}

/** The committee's result carries the meeting's votes (required: the result is what the votes decide). */
function committeeResult<A extends TransitionAction>(action: A) {
  return plain(action).extend({ votes: votesSchema });
}

/**
 * `POST /applications/{id}/transitions`: a union discriminated by `action`, each action with its own
 * payload schema (an opinion where the domain requires one, votes only for the committee's result).
 */
export const transitionRequestSchema = z
  .discriminatedUnion(
    'action',
    [
      plain('submit'),
      plain('withdraw'),
      plain('cancel'),
      plain('start_review'),
      plain('approve'),
      mustSayWhy('return').extend(returnPayloadShape),
      mustSayWhy('reject'),
      committeeResult('committee_pass'),
      committeeResult('committee_fail'),
      plain('publicity_pass'),
      mustSayWhy('publicity_fail'),
    ],
    { error: '请选择要办理的操作' },
  )
  .meta({ id: 'TransitionRequest', examples: transitionRequestExamples });
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
    /** The committee's votes on its result; null on every other entry. */
    votes: recordedVotesSchema.nullable(),
    /** A submission's frozen snapshot (what was submitted), SHA-256 of its canonical JSON; null otherwise. */
    snapshotSha256: z.string().nullable(),
    at: z.iso.datetime(),
  })
  .meta({ id: 'TimelineEntry' });
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

export const timelineSchema = z.object({ items: z.array(timelineEntrySchema) }).meta({ id: 'Timeline' });
