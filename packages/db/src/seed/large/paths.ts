import {
  type ActorKind,
  type ApplicationAction,
  type ApplicationStatus,
  findTransition,
  type Outcome,
} from '@zhicheng/contracts';

/** The story of one generated application: where it ends, and how it got there. */
export const storyKinds = [
  'draft',
  'withdrawn', // submitted, then withdrawn back to a draft (撤回)
  'returnedByUnit',
  'returnedByDepartment',
  'submitted',
  'unitReview',
  'deptReview',
  'resubmittedToDepartment', // returned once by the unit, corrected, resubmitted and approved
  'committeeReview',
  'publicity',
  'approved',
  'unitRejected',
  'deptRejected',
  'committeeFailed',
  'publicityFailed',
  'cancelledDraft',
  'cancelledSubmitted',
] as const;
export type StoryKind = (typeof storyKinds)[number];

type Step = readonly [ActorKind, ApplicationAction];

const toUnitReview: Step[] = [
  ['applicant', 'submit'],
  ['unit', 'start_review'],
];
const toDeptReview: Step[] = [...toUnitReview, ['unit', 'approve']];
const toCommittee: Step[] = [...toDeptReview, ['department', 'approve']];
const toPublicity: Step[] = [...toCommittee, ['committee', 'committee_pass']];

const steps: Record<StoryKind, Step[]> = {
  draft: [],
  withdrawn: [
    ['applicant', 'submit'],
    ['applicant', 'withdraw'],
  ],
  returnedByUnit: [...toUnitReview, ['unit', 'return']],
  returnedByDepartment: [...toDeptReview, ['department', 'return']],
  submitted: [['applicant', 'submit']],
  unitReview: toUnitReview,
  deptReview: toDeptReview,
  resubmittedToDepartment: [...toUnitReview, ['unit', 'return'], ...toDeptReview],
  committeeReview: toCommittee,
  publicity: toPublicity,
  approved: [...toPublicity, ['department', 'publicity_pass']],
  unitRejected: [...toUnitReview, ['unit', 'reject']],
  deptRejected: [...toDeptReview, ['department', 'reject']],
  committeeFailed: [...toCommittee, ['committee', 'committee_fail']],
  publicityFailed: [...toPublicity, ['department', 'publicity_fail']],
  cancelledDraft: [['applicant', 'cancel']],
  cancelledSubmitted: [
    ['applicant', 'submit'],
    ['applicant', 'cancel'],
  ],
};

export interface PathStep {
  actor: ActorKind;
  action: ApplicationAction;
  from: ApplicationStatus;
  to: ApplicationStatus;
  outcome: Outcome | undefined;
}

/**
 * The transitions of a story, each checked against the status machine of `@zhicheng/contracts` (the only
 * owner of what may happen): a story the machine does not allow fails here, at start-up, not in the data.
 */
function resolve(kind: StoryKind): PathStep[] {
  let status: ApplicationStatus = 'draft';
  return steps[kind].map(([actor, action]) => {
    const transition = findTransition(actor, status, action);
    if (!transition?.to) throw new Error(`story ${kind}: ${actor} cannot ${action} from ${status}`);
    const step = { actor, action, from: status, to: transition.to, outcome: transition.outcome };
    status = transition.to;
    return step;
  });
}

export const storyPaths: Record<StoryKind, PathStep[]> = Object.fromEntries(
  storyKinds.map((kind) => [kind, resolve(kind)]),
) as Record<StoryKind, PathStep[]>;

/** The status (and outcome) a story ends in. */
export function finalStateOf(kind: StoryKind): { status: ApplicationStatus; outcome: Outcome | null } {
  const path = storyPaths[kind];
  const last = path.at(-1);
  const outcome = [...path].reverse().find((s) => s.outcome)?.outcome ?? null;
  return { status: last?.to ?? 'draft', outcome };
}

/** Stories of a closed cycle (years past): finished, or drafts never submitted. Weights in percent. */
export const closedCycleWeights: Record<StoryKind, number> = {
  draft: 4,
  withdrawn: 1,
  returnedByUnit: 0,
  returnedByDepartment: 0,
  submitted: 0,
  unitReview: 0,
  deptReview: 0,
  resubmittedToDepartment: 0,
  committeeReview: 0,
  publicity: 0,
  approved: 55,
  unitRejected: 8,
  deptRejected: 7,
  committeeFailed: 12,
  publicityFailed: 2,
  cancelledDraft: 6,
  cancelledSubmitted: 5,
};

/** Stories of the open cycle: every stage busy. Weights in percent. */
export const openCycleWeights: Record<StoryKind, number> = {
  draft: 16,
  withdrawn: 3,
  returnedByUnit: 4,
  returnedByDepartment: 2,
  submitted: 10,
  unitReview: 13,
  deptReview: 12,
  resubmittedToDepartment: 3,
  committeeReview: 14,
  publicity: 6,
  approved: 5,
  unitRejected: 3,
  deptRejected: 2,
  committeeFailed: 3,
  publicityFailed: 1,
  cancelledDraft: 2,
  cancelledSubmitted: 1,
};
