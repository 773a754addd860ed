import {
  type ApplicationAction,
  applyTypeLabels,
  committeeResultActions,
  sectionDefinitions,
  trackLabels,
} from '@zhicheng/contracts';
import type { ReviewFormOpinion, ReviewFormVotes, ReviewFormWorkerInput } from '@zhicheng/review-form';
import type { Found } from '../applications/applications-service.js';

type Decision = {
  action: ApplicationAction;
  fromStatus: string | null;
  opinion: string | null;
  votes: unknown;
  createdAt: Date;
  actorName: string;
};

/** The printed stage of each decision that appears on the form as an opinion. */
const opinionStages = [
  { fromStatus: 'unit_review', stageLabel: '单位审核意见' },
  { fromStatus: 'dept_review', stageLabel: '部门审核意见' },
] as const;

/** The latest unit and department approvals (a return and resubmission may have added earlier ones). */
export function opinionsOf(decisions: readonly Decision[]): ReviewFormOpinion[] {
  return opinionStages.flatMap(({ fromStatus, stageLabel }) => {
    const latest = decisions.filter((d) => d.action === 'approve' && d.fromStatus === fromStatus).at(-1);
    if (!latest) return [];
    return [
      {
        stageLabel,
        decisionLabel: '同意推荐',
        opinion: latest.opinion,
        reviewerName: latest.actorName,
        at: latest.createdAt.toISOString(),
      },
    ];
  });
}

/** The committee meeting's vote, once the secretary recorded it. */
export function votesOf(decisions: readonly Decision[]): ReviewFormVotes | null {
  const latest = decisions.filter((d) => committeeResultActions.includes(d.action)).at(-1);
  const votes = latest?.votes as { present?: number; for: number; against: number; abstain?: number } | null;
  if (!latest || !votes) return null;
  return {
    present: votes.present ?? null,
    for: votes.for,
    against: votes.against,
    abstain: votes.abstain ?? 0,
    meetingDate: latest.createdAt.toISOString(),
  };
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The file id of the applicant's photo (basicInfo's photo field), if one was uploaded. */
export function photoFileIdOf(sections: Record<string, unknown>): string | null {
  const basic = sectionDefinitions.find((d) => d.fields.some((f) => f.type === 'photo'));
  const field = basic?.fields.find((f) => f.type === 'photo');
  if (!basic || !field) return null;
  const value = (sections[basic.key] as Record<string, unknown> | null | undefined)?.[field.key];
  // Only an uploaded file's id can be looked up (anything else prints the empty photo box).
  return typeof value === 'string' && uuidPattern.test(value) ? value : null;
}

/** Everything the render thread needs for one form, as plain data. */
export function reviewFormInputOf(
  found: Found,
  content: {
    sections: Record<string, unknown>;
    decisions: readonly Decision[];
    photo: { data: Uint8Array; format: 'jpg' | 'png' } | null;
  },
  final: { code: string; url: string; generatedAt: Date } | null,
  now: Date,
): ReviewFormWorkerInput {
  const a = found.application;
  return {
    mode: final ? 'final' : 'preview',
    cover: {
      applicantName: found.applicantName,
      unitName: found.names.unit,
      series: found.names.series,
      specialty: found.names.specialty,
      level: a.level,
      qualification: found.names.qualification,
      committee: found.names.committee,
      department: found.names.department,
      trackLabel: `${trackLabels[a.track]}（${applyTypeLabels[a.applyType]}）`,
      cycleName: found.names.cycle,
    },
    photo: content.photo,
    sections: content.sections as ReviewFormWorkerInput['sections'],
    opinions: opinionsOf(content.decisions),
    votes: votesOf(content.decisions),
    verification: final ? { code: final.code, url: final.url } : null,
    generatedAt: (final?.generatedAt ?? now).toISOString(),
  };
}
