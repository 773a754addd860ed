import {
  type ActorKind,
  type ApplicationStatus,
  actorKindOf,
  allowedActions,
  committeeResultActions,
  opinionRequired,
  type Role,
  type TransitionAction,
  transitionActions,
  transitions,
} from '@zhicheng/contracts';
import { applicationEvents, applications } from '@zhicheng/db';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createCompleteApplication, recordUnitPublicity } from './application-factory.js';
import { inCommitteeReview, passingVotes } from './committee-fixtures.js';
import { bearer, createTestApp, loginOk, type TestApp } from './helpers.js';

// Each reviewing role refused outside its stage (issue #11): on an application it can see but may not
// act on in its current status, every one of its actions answers 409 invalid_transition and changes
// nothing. Where it cannot see the application (not reached yet) the answer is 404; the bureau, which
// never acts on applications, is refused with 403 at every stage.

const usernames = {
  unit_admin: 'unitadmin',
  unit_operator: 'unitoperator',
  dept_reviewer: 'swjreviewer',
  committee_secretary: 'slsecretary',
  bureau_admin: 'bureauadmin',
} as const satisfies Partial<Record<Role, string>>;
type ReviewerRole = keyof typeof usernames;

/** The stages the matrix needs, each one application brought there through the transitions. */
type Stage = 'returned' | 'resubmitted' | 'unitReviewAgain' | 'deptReview' | 'committeeReview' | 'publicity';
const statusOf: Record<Stage, ApplicationStatus> = {
  returned: 'returned',
  resubmitted: 'submitted',
  unitReviewAgain: 'unit_review',
  deptReview: 'dept_review',
  committeeReview: 'committee_review',
  publicity: 'publicity',
};

let t: TestApp;
const tokens = {} as Record<ReviewerRole, string>;
const appIds = {} as Record<Stage, string>;

const act = (id: string, token: string, body: Record<string, unknown>) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/applications/${id}/transitions`,
    headers: bearer(token),
    payload: body,
  });

async function mustAct(id: string, token: string, body: Record<string, unknown>, to: ApplicationStatus) {
  const response = await act(id, token, body);
  if (response.statusCode !== 200 || response.json().status !== to) {
    throw new Error(`${String(body.action)} → ${to} failed: ${response.body}`);
  }
}

/** Submitted, reviewed and publicised by the unit, forwarded: in dept_review. */
async function inDeptReview() {
  const { token, userId } = await createAccount(t);
  const draft = await createCompleteApplication(t, token, userId);
  await mustAct(draft.id, token, { action: 'submit' }, 'submitted');
  await mustAct(draft.id, tokens.unit_admin, { action: 'start_review' }, 'unit_review');
  await recordUnitPublicity(t, tokens.unit_admin, [draft.id]);
  await mustAct(draft.id, tokens.unit_admin, { action: 'approve' }, 'dept_review');
  return { id: draft.id, applicant: token };
}

/** Returned by the department (so it has reached it), then as far as `until`. */
async function returnedByDepartment(until: 'returned' | 'submitted' | 'unit_review') {
  const { id, applicant } = await inDeptReview();
  await mustAct(id, tokens.dept_reviewer, { action: 'return', opinion: '请补充证明材料' }, 'returned');
  if (until === 'returned') return id;
  await mustAct(id, applicant, { action: 'submit' }, 'submitted');
  if (until === 'submitted') return id;
  await mustAct(id, tokens.unit_admin, { action: 'start_review' }, 'unit_review');
  return id;
}

async function inPublicity() {
  const { id } = await inCommitteeReview(t);
  await mustAct(
    id,
    tokens.committee_secretary,
    { action: 'committee_pass', votes: passingVotes },
    'publicity',
  );
  return id;
}

beforeAll(async () => {
  t = await createTestApp();
  for (const [role, username] of Object.entries(usernames)) {
    tokens[role as ReviewerRole] = (await loginOk(t.app, username)).accessToken;
  }
  // Independent applications of different applicants: brought to their stages side by side.
  [
    appIds.returned,
    appIds.resubmitted,
    appIds.unitReviewAgain,
    appIds.deptReview,
    appIds.committeeReview,
    appIds.publicity,
  ] = await Promise.all([
    returnedByDepartment('returned'),
    returnedByDepartment('submitted'),
    returnedByDepartment('unit_review'),
    inDeptReview().then((a) => a.id),
    inCommitteeReview(t).then((a) => a.id),
    inPublicity(),
  ]);
});
afterAll(async () => {
  await t?.close();
});

/** Every action of an actor kind in the status machine (what its buttons could ever offer). */
const actionsOf = (kind: ActorKind): TransitionAction[] =>
  transitionActions.filter((a) => transitions.some((tr) => tr.actor === kind && tr.action === a));

/** A body the request schema accepts for `action`: an opinion where required, votes for the committee. */
function bodyFor(action: TransitionAction): Record<string, unknown> {
  return {
    action,
    ...(opinionRequired(action) ? { opinion: '测试意见：不应被受理' } : {}),
    ...(committeeResultActions.includes(action) ? { votes: passingVotes } : {}),
  };
}

/** What a refusal must leave as it was: the status, the version, the last change and the review records. */
async function stateOf(id: string) {
  const [row] = await t.database.db
    .select({ status: applications.status, version: applications.version, updatedAt: applications.updatedAt })
    .from(applications)
    .where(eq(applications.id, id));
  const [events] = await t.database.db
    .select({ n: count() })
    .from(applicationEvents)
    .where(eq(applicationEvents.applicationId, id));
  return { ...row, events: events?.n };
}

/** [role, stage]: the role sees the application there but may not act on it. */
const outsideItsStage: [ReviewerRole, Stage][] = [
  ['unit_admin', 'returned'],
  ['unit_admin', 'deptReview'],
  ['unit_admin', 'committeeReview'],
  ['unit_admin', 'publicity'],
  ['unit_operator', 'deptReview'],
  ['unit_operator', 'committeeReview'],
  ['dept_reviewer', 'returned'],
  ['dept_reviewer', 'resubmitted'],
  ['dept_reviewer', 'unitReviewAgain'],
  ['dept_reviewer', 'committeeReview'],
  ['committee_secretary', 'publicity'],
];

describe('a reviewing role outside its stage', () => {
  it('brought each application to its stage', async () => {
    for (const [stage, status] of Object.entries(statusOf)) {
      expect((await stateOf(appIds[stage as Stage])).status, stage).toBe(status);
    }
  });

  it.each(outsideItsStage)(
    '%s on %s: every action of the role answers 409 invalid_transition and changes nothing',
    async (role, stage) => {
      const id = appIds[stage];
      const status = statusOf[stage];
      // The matrix lists only statuses where the machine gives the role nothing to do.
      expect(allowedActions(role, status)).toEqual([]);
      const kind = actorKindOf(role);
      if (!kind) throw new Error(`${role} is not a reviewing role`);

      const seen = await t.app.inject({
        method: 'GET',
        url: `/api/v1/applications/${id}`,
        headers: bearer(tokens[role]),
      });
      expect(seen.statusCode, `${role} can see the application in ${status}`).toBe(200);
      expect(seen.json().allowedActions).toEqual([]);

      const before = await stateOf(id);
      for (const action of actionsOf(kind)) {
        const refused = await act(id, tokens[role], bodyFor(action));
        expect(refused.statusCode, `${role} ${action} on ${status}: ${refused.body}`).toBe(409);
        expect(refused.json()).toMatchObject({ code: 'invalid_transition', currentStatus: status });
      }
      expect(await stateOf(id)).toEqual(before);
    },
  );

  it('answers 404 to a committee on an application that has not reached it (dept_review), changing nothing', async () => {
    const id = appIds.deptReview;
    const before = await stateOf(id);
    for (const action of actionsOf('committee')) {
      const refused = await act(id, tokens.committee_secretary, bodyFor(action));
      expect(refused.statusCode, `committee ${action}: ${refused.body}`).toBe(404);
      expect(refused.json().code).toBe('not_found');
    }
    expect(await stateOf(id)).toEqual(before);
  });

  it('refuses the bureau (403 forbidden) at every stage, though it sees every application', async () => {
    const reviewerActions = [...new Set((['unit', 'department', 'committee'] as const).flatMap(actionsOf))];
    for (const stage of Object.keys(statusOf) as Stage[]) {
      const id = appIds[stage];
      const before = await stateOf(id);
      for (const action of reviewerActions) {
        const refused = await act(id, tokens.bureau_admin, bodyFor(action));
        expect(refused.statusCode, `bureau ${action} on ${stage}: ${refused.body}`).toBe(403);
        expect(refused.json().code).toBe('forbidden');
      }
      expect(await stateOf(id)).toEqual(before);
    }
  });
});
