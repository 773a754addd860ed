import type { Role } from '@zhicheng/contracts';

export interface Named {
  id: string;
  name: string;
}

/** The authenticated caller, as services see it (never a Fastify type). */
export interface Actor {
  userId: string;
  username: string;
  role: Role;
  name: string;
  sessionId: string;
  mustChangePassword: boolean;
  unitId: string | null;
  departmentId: string | null;
  committeeId: string | null;
  /** Names of the caller's tenant, loaded with the session (for `/me`, audit texts, headers). */
  unit: Named | null;
  department: Named | null;
  /** With the committee's expert count: the quorum of its meetings (`/me`). */
  committee: (Named & { expertCount: number | null }) | null;
}

/**
 * What a caller may see. Repositories build their WHERE clauses from this, so every object is loaded
 * through a scope and another tenant's object is simply "not found".
 */
export type Scope =
  | { kind: 'applicant'; userId: string; unitId: string }
  | { kind: 'unit'; unitId: string }
  | { kind: 'department'; departmentId: string }
  | { kind: 'committee'; committeeId: string }
  | { kind: 'bureau' };

export function scopeOf(actor: Actor): Scope {
  switch (actor.role) {
    case 'applicant':
      return { kind: 'applicant', userId: actor.userId, unitId: required(actor.unitId, actor) };
    case 'unit_admin':
    case 'unit_operator':
      return { kind: 'unit', unitId: required(actor.unitId, actor) };
    case 'dept_reviewer':
      return { kind: 'department', departmentId: required(actor.departmentId, actor) };
    case 'committee_secretary':
      return { kind: 'committee', committeeId: required(actor.committeeId, actor) };
    case 'bureau_admin':
      return { kind: 'bureau' };
  }
}

function required(value: string | null, actor: Actor): string {
  // A user row without its tenant link is a data error; refuse rather than widen the scope.
  if (!value) throw new Error(`user ${actor.userId} (${actor.role}) has no tenant link`);
  return value;
}
