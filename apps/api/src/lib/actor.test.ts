import { describe, expect, it } from 'vitest';
import { type Actor, scopeOf } from './actor.js';

const actor = (overrides: Partial<Actor>): Actor => ({
  userId: 'u1',
  username: 'someone',
  role: 'applicant',
  name: '某人',
  sessionId: 's1',
  mustChangePassword: false,
  unitId: null,
  departmentId: null,
  committeeId: null,
  unit: null,
  department: null,
  committee: null,
  ...overrides,
});

describe('scopeOf', () => {
  it('scopes each role to its own tenant', () => {
    expect(scopeOf(actor({ role: 'applicant', unitId: 'unit1' }))).toEqual({
      kind: 'applicant',
      userId: 'u1',
      unitId: 'unit1',
    });
    expect(scopeOf(actor({ role: 'unit_admin', unitId: 'unit1' }))).toEqual({
      kind: 'unit',
      unitId: 'unit1',
    });
    expect(scopeOf(actor({ role: 'unit_operator', unitId: 'unit2' }))).toEqual({
      kind: 'unit',
      unitId: 'unit2',
    });
    expect(scopeOf(actor({ role: 'dept_reviewer', departmentId: 'd1' }))).toEqual({
      kind: 'department',
      departmentId: 'd1',
    });
    expect(scopeOf(actor({ role: 'committee_secretary', committeeId: 'c1' }))).toEqual({
      kind: 'committee',
      committeeId: 'c1',
    });
    expect(scopeOf(actor({ role: 'bureau_admin' }))).toEqual({ kind: 'bureau' });
  });

  it('refuses to widen the scope when a tenant link is missing', () => {
    expect(() => scopeOf(actor({ role: 'unit_admin', unitId: null }))).toThrow(/no tenant link/);
    expect(() => scopeOf(actor({ role: 'dept_reviewer' }))).toThrow(/no tenant link/);
  });
});
