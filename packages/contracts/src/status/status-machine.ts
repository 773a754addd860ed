import { z } from 'zod';
import type { Role } from '../auth/roles.js';

export const applicationStatuses = [
  'draft',
  'returned',
  'submitted',
  'unit_review',
  'dept_review',
  'committee_review',
  'publicity',
  'approved',
  'rejected',
  'cancelled',
] as const;
export const applicationStatusSchema = z.enum(applicationStatuses);
export type ApplicationStatus = z.infer<typeof applicationStatusSchema>;

export const outcomes = ['unit_rejected', 'dept_rejected', 'committee_failed', 'publicity_failed'] as const;
export const outcomeSchema = z.enum(outcomes);
export type Outcome = z.infer<typeof outcomeSchema>;

export const applicationActions = [
  'submit',
  'withdraw',
  'cancel',
  'reapply',
  'start_review',
  'approve',
  'return',
  'reject',
  'committee_pass',
  'committee_fail',
  'publicity_pass',
  'publicity_fail',
] as const;
export const applicationActionSchema = z.enum(applicationActions);
export type ApplicationAction = z.infer<typeof applicationActionSchema>;

/** Who acts: the applicant, the unit's staff, the department, the committee. */
export type ActorKind = 'applicant' | 'unit' | 'department' | 'committee';

export function actorKindOf(role: Role): ActorKind | null {
  switch (role) {
    case 'applicant':
      return 'applicant';
    case 'unit_admin':
    case 'unit_operator':
      return 'unit';
    case 'dept_reviewer':
      return 'department';
    case 'committee_secretary':
      return 'committee';
    default:
      return null;
  }
}

interface Transition {
  actor: ActorKind;
  action: ApplicationAction;
  from: readonly ApplicationStatus[];
  /** The status after the action; `null` for reapply, which creates a new application instead. */
  to: ApplicationStatus | null;
  outcome?: Outcome;
  /** Return and reject must say why. */
  reasonRequired?: boolean;
}

/** Every transition of domain.md, in one table. Nothing else decides what may happen to an application. */
export const transitions: readonly Transition[] = [
  { actor: 'applicant', action: 'submit', from: ['draft', 'returned'], to: 'submitted' },
  { actor: 'applicant', action: 'withdraw', from: ['submitted'], to: 'draft' },
  { actor: 'applicant', action: 'cancel', from: ['draft', 'returned', 'submitted'], to: 'cancelled' },
  { actor: 'applicant', action: 'reapply', from: ['approved', 'rejected', 'cancelled'], to: null },
  { actor: 'unit', action: 'start_review', from: ['submitted'], to: 'unit_review' },
  { actor: 'unit', action: 'approve', from: ['unit_review'], to: 'dept_review' },
  { actor: 'unit', action: 'return', from: ['unit_review'], to: 'returned', reasonRequired: true },
  {
    actor: 'unit',
    action: 'reject',
    from: ['unit_review'],
    to: 'rejected',
    outcome: 'unit_rejected',
    reasonRequired: true,
  },
  { actor: 'department', action: 'approve', from: ['dept_review'], to: 'committee_review' },
  { actor: 'department', action: 'return', from: ['dept_review'], to: 'returned', reasonRequired: true },
  {
    actor: 'department',
    action: 'reject',
    from: ['dept_review'],
    to: 'rejected',
    outcome: 'dept_rejected',
    reasonRequired: true,
  },
  { actor: 'committee', action: 'committee_pass', from: ['committee_review'], to: 'publicity' },
  {
    actor: 'committee',
    action: 'committee_fail',
    from: ['committee_review'],
    to: 'rejected',
    outcome: 'committee_failed',
  },
  { actor: 'department', action: 'publicity_pass', from: ['publicity'], to: 'approved' },
  {
    actor: 'department',
    action: 'publicity_fail',
    from: ['publicity'],
    to: 'rejected',
    outcome: 'publicity_failed',
    reasonRequired: true,
  },
];

/** The transition an actor may take with this action from this status, or undefined. */
export function findTransition(actor: ActorKind, status: ApplicationStatus, action: ApplicationAction) {
  return transitions.find((t) => t.actor === actor && t.action === action && t.from.includes(status));
}

/** Whether an action must say why (an opinion): true when any actor's transition with it requires one. */
export function opinionRequired(action: ApplicationAction): boolean {
  return transitions.some((t) => t.action === action && t.reasonRequired);
}

/** What a role may do to an application in a given status (drives API responses and UI buttons). */
export function allowedActions(role: Role, status: ApplicationStatus): ApplicationAction[] {
  const actor = actorKindOf(role);
  if (!actor) return [];
  return transitions.filter((t) => t.actor === actor && t.from.includes(status)).map((t) => t.action);
}

/** The applicant may edit the application's content only in these statuses. */
export const editableStatuses: readonly ApplicationStatus[] = ['draft', 'returned'];
export function isEditable(status: ApplicationStatus): boolean {
  return editableStatuses.includes(status);
}

/** Finished applications (the 已申报 list); the rest are in progress (申报中). */
export const finishedStatuses: readonly ApplicationStatus[] = ['approved', 'rejected', 'cancelled'];
export function isInProgress(status: ApplicationStatus): boolean {
  return !finishedStatuses.includes(status);
}

/** The applications still in progress (申报中): every status that is not finished. */
export const inProgressStatuses: readonly ApplicationStatus[] = applicationStatuses.filter(isInProgress);

/** The committee's results (评审通过 / 评审未通过): its transitions, each decided by the meeting's votes. */
export const committeeResultActions: readonly ApplicationAction[] = [
  ...new Set(transitions.filter((t) => t.actor === 'committee').map((t) => t.action)),
];

/** The committee's passing result (评审通过), which sends an application on to the result publicity. */
export const committeePassAction = 'committee_pass' satisfies ApplicationAction;

/** The statuses reachable from `start` through the transitions `use` admits (`start` included). */
function reachableFrom(start: ApplicationStatus, use: (t: Transition) => boolean): Set<ApplicationStatus> {
  const seen = new Set<ApplicationStatus>([start]);
  const queue = [start];
  for (let status = queue.shift(); status; status = queue.shift()) {
    for (const t of transitions) {
      if (t.to && use(t) && t.from.includes(status) && !seen.has(t.to)) {
        seen.add(t.to);
        queue.push(t.to);
      }
    }
  }
  return seen;
}

/**
 * The statuses an application can be in only once it passed the committee (the result publicity, then
 * approved): those no road from a draft reaches without the committee's pass. `rejected` is not among them
 * (every stage can end there), so a rejection after the pass is known only from the committee's record.
 */
export const passedCommitteeStatuses: readonly ApplicationStatus[] = (() => {
  const withoutPass = reachableFrom('draft', (t) => t.action !== committeePassAction);
  return applicationStatuses.filter((s) => !withoutPass.has(s));
})();

/** The reviewers' scopes: the applicant sees their own applications, the bureau sees all. */
export type ReviewerScopeKind = 'unit' | 'department' | 'committee';
export const reviewerScopeKinds = ['unit', 'department', 'committee'] as const satisfies ReviewerScopeKind[];

/**
 * An application reaches a reviewer when it first enters that reviewer's stage, and stays visible to it
 * whatever happens after (returned, resubmitted, rejected later): the reviewer keeps the history of what
 * it worked. One stopped earlier (e.g. rejected by the unit) never reached the department.
 */
export const scopeEntryStatus: Record<ReviewerScopeKind, ApplicationStatus> = {
  unit: 'submitted',
  department: 'dept_review',
  committee: 'committee_review',
};

/** Statuses a reviewer does not see even after the application reached it: a withdrawn application is the applicant's draft again. */
export const statusesHiddenFrom: Record<ReviewerScopeKind, readonly ApplicationStatus[]> = {
  unit: ['draft'],
  department: [],
  committee: [],
};

/** The scopes an application reaches by moving to `status` (the stages it enters). */
export function scopesReachedBy(status: ApplicationStatus): ReviewerScopeKind[] {
  return reviewerScopeKinds.filter((kind) => scopeEntryStatus[kind] === status);
}

/** Whether a reviewer scope sees an application that has (or has not) reached it and is now in `status`. */
export function isVisibleToScope(
  kind: ReviewerScopeKind,
  reached: boolean,
  status: ApplicationStatus,
): boolean {
  return reached && !statusesHiddenFrom[kind].includes(status);
}
