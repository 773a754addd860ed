import { type ApplicationStatus, isEditable } from './status-machine.js';

/**
 * The stages an application goes through once created, in order (查看进度 shows those still to come):
 * submit, the unit's review with its 单位公示 window, the department's review, the committee's, and the
 * result publicity. `during` is the status the application has while the stage runs.
 */
export const reviewStages = [
  { key: 'submit', during: 'submitted' },
  { key: 'unitReview', during: 'unit_review' },
  { key: 'unitPublicity', during: 'unit_review' },
  { key: 'deptReview', during: 'dept_review' },
  { key: 'committeeReview', during: 'committee_review' },
  { key: 'resultPublicity', during: 'publicity' },
] as const satisfies readonly { key: string; during: ApplicationStatus }[];
export type ReviewStage = (typeof reviewStages)[number]['key'];

/** The road through the review: where each status stands on it (editable ones stand before it). */
const road: readonly ApplicationStatus[] = [
  'submitted',
  'unit_review',
  'dept_review',
  'committee_review',
  'publicity',
];

/**
 * The stages still ahead of an application in `status`: all of them while it is being filled in (or was
 * returned), those after the current one while in review, none once it ended (approved, rejected,
 * cancelled). Submitting is ahead while editable; 待单位审核 waits for the unit's review to start.
 */
export function upcomingStages(status: ApplicationStatus): ReviewStage[] {
  if (isEditable(status)) return reviewStages.map((s) => s.key);
  const at = road.indexOf(status);
  if (at < 0) return [];
  return reviewStages.filter((s) => road.indexOf(s.during) > at).map((s) => s.key);
}
