import { createHash } from 'node:crypto';
import { type ApplicationStatus, type Outcome, resultOfVotes, scopesReachedBy } from '@zhicheng/contracts';
import type { Choice } from './catalog-choices.js';
import { finalStateOf, type PathStep, type StoryKind, storyPaths } from './paths.js';
import type { Person } from './people.js';
import type { Random } from './random.js';
import { requiredSectionKeys, sectionData } from './sections.js';

const DAY = 86_400_000;

export interface CycleInfo {
  id: string;
  year: number;
  opensAt: Date;
  closesAt: Date;
  /** Nothing may happen after this instant (now for the open cycle, the year's end for past ones). */
  limit: Date;
  open: boolean;
}

export interface Actors {
  applicantId: string;
  unitAdminId: string;
  departmentReviewerId: string;
  committeeSecretaryId: string;
}

export interface GeneratedEvent {
  id: string;
  step: PathStep;
  actorId: string;
  actorRole: string;
  opinion: string | null;
  votes: { present: number; for: number; against: number; abstain: number } | null;
  correction: { sections: string[]; materials: string[]; correctBy: string | null } | null;
  at: Date;
}

export interface GeneratedSection {
  key: string;
  data: unknown;
  json: string;
  version: number;
  updatedAt: Date;
}

export interface GeneratedApplication {
  id: string;
  kind: StoryKind;
  status: ApplicationStatus;
  outcome: Outcome | null;
  track: 'normal' | 'innovative';
  applyType: 'normal' | 'conversion';
  innovativeCondition: number | null;
  choice: Choice;
  specialtyId: string;
  qualificationId: string;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
  reached: { unit: Date | null; department: Date | null; committee: Date | null };
  version: number;
  sections: GeneratedSection[];
  events: GeneratedEvent[];
  snapshots: { id: string; eventId: string; json: string; sha256: string; at: Date }[];
}

/** Days between steps, by action (a return gives the applicant time to correct before resubmitting). */
const gapDays: Record<string, [number, number]> = {
  submit: [1, 20],
  withdraw: [0.5, 5],
  cancel: [1, 10],
  start_review: [0.2, 3],
  approve: [2, 15],
  return: [1, 8],
  reject: [2, 12],
  committee_pass: [20, 60],
  committee_fail: [20, 60],
  publicity_pass: [7, 10],
  publicity_fail: [5, 9],
};

const returnReasons = [
  ['学历证书扫描件不清晰，请重新上传。', 'education'],
  ['工作经历与社保缴纳记录不一致，请核实后修改。', 'workHistory'],
  ['个人基本信息中现从事专业与申报专业不符，请核实。', 'basicInfo'],
  ['个人总结过于简略，请补充近五年主要业绩。', 'selfEvaluation'],
] as const;
const rejectReasons = [
  '不符合申报条件：现任职资格年限不足。',
  '不符合申报条件：学历与申报专业不对口。',
  '经核实，业绩材料不能证明本人主持完成。',
];

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

function opinionOf(
  random: Random,
  step: PathStep,
  at: Date,
): Pick<GeneratedEvent, 'opinion' | 'votes' | 'correction'> {
  const none = { opinion: null, votes: null, correction: null };
  switch (step.action) {
    case 'approve':
      return {
        ...none,
        opinion:
          step.actor === 'unit' ? '经审核，材料真实完整，同意推荐。' : '符合申报条件，同意提交评委会评审。',
      };
    case 'return': {
      const [opinion, section] = random.pick(returnReasons);
      return { ...none, opinion, correction: { sections: [section], materials: [], correctBy: null } };
    }
    case 'reject':
      return { ...none, opinion: random.pick(rejectReasons) };
    case 'committee_pass':
    case 'committee_fail': {
      const present = random.int(15, 25);
      const needed = Math.ceil((present * 2) / 3);
      const yes = step.action === 'committee_pass' ? random.int(needed, present) : random.int(0, needed - 1);
      const abstain = random.int(0, present - yes);
      const votes = { present, for: yes, against: present - yes - abstain, abstain };
      // The status machine's owner decides what votes mean: the generated ones must say the same.
      if (resultOfVotes(votes) !== step.action)
        throw new Error(`votes ${JSON.stringify(votes)} ≠ ${step.action}`);
      const opinion = `评审会议（${isoDate(at)}）表决：赞成 ${votes.for} 票，反对 ${votes.against} 票，弃权 ${votes.abstain} 票`;
      return { ...none, opinion, votes };
    }
    case 'publicity_pass':
      return { ...none, opinion: '公示期满无异议。' };
    case 'publicity_fail':
      return { ...none, opinion: '公示期间收到实名异议，经核实情况属实。' };
    default:
      return none;
  }
}

const actorRoleOf = {
  applicant: 'applicant',
  unit: 'unit_admin',
  department: 'dept_reviewer',
  committee: 'committee_secretary',
};

export interface StoryInput {
  random: Random;
  id: () => string;
  kind: StoryKind;
  cycle: CycleInfo;
  choice: Choice;
  person: Person;
  mobile: string;
  unitName: string;
  unitId: string;
  actors: Actors;
}

/**
 * One application with everything the app reads about it: the row (status, outcome, submitted and
 * reached-stage times as the lifecycle service sets them), its sections, one review record per
 * transition of its story and a snapshot per submission — all in time order within its cycle.
 */
export function generateApplication(input: StoryInput): GeneratedApplication {
  const { random, cycle, choice, actors } = input;
  const path = storyPaths[input.kind];
  const { status, outcome } = finalStateOf(input.kind);
  const specialty = random.pick(choice.specialties);
  const qualification = random.pick(choice.qualifications);
  const track = random.chance(0.08) ? 'innovative' : 'normal';

  // Times: created in the cycle's window, each step a few days after the last; a third of the first
  // submissions come in the last three days (the deadline peak). Squeezed into the cycle when too long.
  const span = cycle.closesAt.getTime() - cycle.opensAt.getTime();
  const created = cycle.opensAt.getTime() + random.float() * span * 0.8;
  const times: number[] = [];
  let t = created;
  for (const [i, step] of path.entries()) {
    const [min, max] = gapDays[step.action] ?? [1, 5];
    t += (min + random.float() * (max - min)) * DAY;
    if (i === 0 && step.action === 'submit' && cycle.closesAt <= cycle.limit && random.chance(0.33)) {
      t = Math.max(t, cycle.closesAt.getTime() - random.float() * 3 * DAY);
    }
    times.push(t);
  }
  const limit = cycle.limit.getTime();
  const last = times.at(-1) ?? created;
  const squeeze = (x: number) =>
    last > limit
      ? cycle.opensAt.getTime() +
        ((x - cycle.opensAt.getTime()) * (limit - cycle.opensAt.getTime())) / (last - cycle.opensAt.getTime())
      : x;
  const createdAt = new Date(Math.min(squeeze(created), limit - DAY));

  const events: GeneratedEvent[] = path.map((step, i) => {
    const at = new Date(squeeze(times[i] ?? created));
    const actorId = {
      applicant: actors.applicantId,
      unit: actors.unitAdminId,
      department: actors.departmentReviewerId,
      committee: actors.committeeSecretaryId,
    }[step.actor];
    return {
      id: input.id(),
      step,
      actorId,
      actorRole: actorRoleOf[step.actor],
      ...opinionOf(random, step, at),
      at,
    };
  });

  // Sections: every required one before a submission; a draft never submitted has some of them.
  const firstSubmit = events.find((e) => e.step.action === 'submit');
  const sectionsUntil = firstSubmit ? firstSubmit.at.getTime() : Math.max(limit, createdAt.getTime());
  const sectionCount = firstSubmit ? requiredSectionKeys.length : random.int(0, requiredSectionKeys.length);
  const context = {
    person: input.person,
    mobile: input.mobile,
    unitName: input.unitName,
    specialty: specialty.name,
    qualification: qualification.name,
    year: cycle.year,
  };
  const sections: GeneratedSection[] = requiredSectionKeys.slice(0, sectionCount).map((key) => {
    const data = sectionData(key, random, context);
    const updated =
      createdAt.getTime() +
      random.float() * Math.max(0, Math.min(sectionsUntil, limit) - createdAt.getTime());
    return { key, data, json: JSON.stringify(data), version: random.int(1, 3), updatedAt: new Date(updated) };
  });

  let submittedAt: Date | null = null;
  const reached: GeneratedApplication['reached'] = { unit: null, department: null, committee: null };
  for (const e of events) {
    if (e.step.action === 'submit') submittedAt = e.at;
    if (e.step.action === 'withdraw') submittedAt = null;
    for (const scope of scopesReachedBy(e.step.to)) reached[scope] ??= e.at;
  }

  const id = input.id();
  const application: GeneratedApplication = {
    id,
    kind: input.kind,
    status,
    outcome,
    track,
    applyType: random.chance(0.05) ? 'conversion' : 'normal',
    innovativeCondition: track === 'innovative' ? random.int(1, 5) : null,
    choice,
    specialtyId: specialty.id,
    qualificationId: qualification.id,
    createdAt,
    updatedAt: new Date(
      Math.max(
        createdAt.getTime(),
        ...events.map((e) => e.at.getTime()),
        ...sections.map((s) => s.updatedAt.getTime()),
      ),
    ),
    submittedAt,
    reached,
    version: 1 + events.length,
    sections,
    events,
    snapshots: [],
  };
  application.snapshots = events
    .filter((e) => e.step.action === 'submit')
    .map((e) => ({ id: input.id(), eventId: e.id, at: e.at, ...snapshotOf(application, input, e.at) }));
  return application;
}

/**
 * The frozen submission in the lifecycle service's format (apps/api `buildSnapshot`, format 1; no files:
 * the generator uploads no materials), with the SHA-256 of its canonical JSON.
 */
function snapshotOf(a: GeneratedApplication, input: StoryInput, at: Date) {
  const content = {
    format: 1,
    applicationId: a.id,
    cycleId: input.cycle.id,
    applicantId: input.actors.applicantId,
    unitId: input.unitId,
    choice: {
      track: a.track,
      applyType: a.applyType,
      innovativeCondition: a.innovativeCondition,
      seriesId: a.choice.seriesId,
      specialtyId: a.specialtyId,
      level: a.choice.level,
      qualificationId: a.qualificationId,
      committeeId: a.choice.committeeId,
      departmentId: a.choice.departmentId,
    },
    sections: Object.fromEntries(a.sections.map((s) => [s.key, s.data])),
    sectionVersions: Object.fromEntries(
      a.sections.map((s) => [s.key, { version: s.version, updatedAt: s.updatedAt.toISOString() }]),
    ),
    files: [],
    submittedAt: at.toISOString(),
  };
  const json = canonicalJson(content);
  return { json, sha256: createHash('sha256').update(json).digest('hex') };
}

/** Sorted keys, no whitespace: the canonical form the API hashes snapshots in (apps/api lib/canonical-json). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value)) ?? 'null';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const source = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(source)
        .filter((k) => source[k] !== undefined)
        .sort()
        .map((k) => [k, sortKeys(source[k])]),
    );
  }
  return value;
}
