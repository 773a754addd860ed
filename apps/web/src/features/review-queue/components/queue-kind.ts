import type { ApplicationAction, ApplicationStatus, Role } from '@zhicheng/contracts';

export type QueueKind = 'unit' | 'dept';

interface QueueKindConfig {
  /** The queue's own path; a row's detail page is `${path}/${id}`. */
  path: string;
  /** Status tabs always shown, in order (others appear when they hold applications). */
  primaryStatuses: readonly ApplicationStatus[];
  /** Every status a tab may show, in order. */
  statuses: readonly ApplicationStatus[];
  emptyKey: 'reviewQueue.emptyUnit' | 'reviewQueue.emptyDept';
}

export const queueKinds: Record<QueueKind, QueueKindConfig> = {
  unit: {
    path: '/unit/reviews',
    primaryStatuses: ['submitted', 'unit_review', 'returned', 'dept_review'],
    statuses: [
      'submitted',
      'unit_review',
      'returned',
      'dept_review',
      'committee_review',
      'publicity',
      'approved',
      'rejected',
      'cancelled',
    ],
    emptyKey: 'reviewQueue.emptyUnit',
  },
  dept: {
    path: '/dept/reviews',
    primaryStatuses: ['dept_review', 'returned', 'committee_review'],
    statuses: [
      'dept_review',
      'returned',
      'submitted',
      'unit_review',
      'committee_review',
      'publicity',
      'approved',
      'rejected',
      'cancelled',
    ],
    emptyKey: 'reviewQueue.emptyDept',
  },
};

export function queueKindOf(role: Role): QueueKind {
  return role === 'dept_reviewer' ? 'dept' : 'unit';
}

/** The actions the queue offers for several applications at once. */
export const batchActions = [
  'start_review',
  'approve',
  'return',
] as const satisfies readonly ApplicationAction[];
export type BatchAction = (typeof batchActions)[number];
