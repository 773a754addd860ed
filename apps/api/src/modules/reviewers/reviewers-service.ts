import type { Db } from '@zhicheng/db';
import { AppError } from '../../errors/app-error.js';
import type { Actor, Named } from '../../lib/actor.js';
import type { RequestContext } from '../audit/audit-repository.js';
import type { UserRow } from '../people/people-repository.js';
import type { PeopleService } from '../people/people-service.js';
import { reviewersRepository as repo } from './reviewers-repository.js';

export type ReviewerRole = 'dept_reviewer' | 'committee_secretary';

export interface ReviewerInput {
  role: ReviewerRole;
  username: string;
  password: string;
  name: string;
  mobile?: string | undefined;
  departmentId?: string | undefined;
  committeeId?: string | undefined;
}

/** A reviewer account with the department or committee it belongs to (one of them, by role). */
export interface Reviewer {
  user: UserRow;
  department: Named | null;
  committee: Named | null;
}

export type ReviewersService = ReturnType<typeof createReviewersService>;

/** 审核人员账号: the people operations for the bureau, tied to an active department or committee. */
export function createReviewersService(deps: { db: Db; people: PeopleService }) {
  const { db, people } = deps;

  /** The department (部门审核人) or committee (评委会秘书) a new account is tied to; must be active. */
  async function assignment(input: ReviewerInput) {
    if (input.role === 'dept_reviewer') {
      const department = await repo.findDepartment(db, input.departmentId ?? '');
      if (!department?.active) {
        throw AppError.validation([{ path: 'departmentId', message: '该日常工作部门不存在或已停用' }]);
      }
      return { department: { id: department.id, name: department.name }, committee: null };
    }
    const committee = await repo.findCommittee(db, input.committeeId ?? '');
    if (!committee?.active) {
      throw AppError.validation([{ path: 'committeeId', message: '该评委会不存在或已停用' }]);
    }
    return { department: null, committee: { id: committee.id, name: committee.name } };
  }

  async function load(actor: Actor, id: string): Promise<Reviewer> {
    const { user, department, committee } = await people.load(actor, 'reviewer', id);
    return { user, department: named(department), committee: named(committee) };
  }

  return {
    async list(
      actor: Actor,
      query: { limit: number; offset: number; q?: string; status?: string; role?: string },
    ) {
      const { rows, total } = await people.list(actor, 'reviewer', query);
      return {
        rows: rows.map(
          (r): Reviewer => ({ user: r.user, department: named(r.department), committee: named(r.committee) }),
        ),
        total,
      };
    },

    async create(actor: Actor, input: ReviewerInput, ctx: RequestContext): Promise<Reviewer> {
      const { department, committee } = await assignment(input);
      const user = await people.create(
        actor,
        {
          username: input.username,
          password: input.password,
          name: input.name,
          mobile: input.mobile ?? null,
          role: input.role,
          departmentId: department?.id ?? null,
          committeeId: committee?.id ?? null,
        },
        ctx,
      );
      return { user, department, committee };
    },

    async update(
      actor: Actor,
      id: string,
      changes: { name?: string; mobile?: string; status?: 'active' | 'disabled' },
      expectedVersion: number | undefined,
      ctx: RequestContext,
    ): Promise<Reviewer> {
      await people.update(actor, 'reviewer', id, changes, expectedVersion, ctx);
      return load(actor, id);
    },

    resetPassword: (actor: Actor, id: string, ctx: RequestContext) =>
      people.resetPassword(actor, 'reviewer', id, ctx),
  };
}

/** A left-joined department or committee: null when the account has none. */
function named(row: { id: string | null; name: string | null } | null): Named | null {
  return row?.id ? { id: row.id, name: row.name ?? '' } : null;
}
