import type { LoginResponse, MeResponse, Role } from '@zhicheng/contracts';

interface DemoUser {
  id: string;
  username: string;
  role: Role;
  name: string;
  organisation: Pick<MeResponse, 'unit' | 'department' | 'committee'>;
}

const none = { unit: null, department: null, committee: null };
const demoUnit = { ...none, unit: { id: 'unit-1', name: '深圳市示范水务工程设计院' } };

export const demoUsers: Record<Role, DemoUser> = {
  applicant: {
    id: 'u-applicant',
    username: 'applicant01',
    role: 'applicant',
    name: '张三',
    organisation: demoUnit,
  },
  unit_admin: {
    id: 'u-unit-admin',
    username: 'unitadmin',
    role: 'unit_admin',
    name: '王管理',
    organisation: demoUnit,
  },
  unit_operator: {
    id: 'u-unit-operator',
    username: 'unitoperator',
    role: 'unit_operator',
    name: '赵经办',
    organisation: demoUnit,
  },
  dept_reviewer: {
    id: 'u-dept',
    username: 'swjreviewer',
    role: 'dept_reviewer',
    name: '陈审核',
    organisation: { ...none, department: { id: 'dept-1', name: '深圳市水务局' } },
  },
  committee_secretary: {
    id: 'u-committee',
    username: 'slsecretary',
    role: 'committee_secretary',
    name: '周秘书',
    organisation: { ...none, committee: { id: 'c-1', name: '水利水电高级评委会', expertCount: null } },
  },
  bureau_admin: {
    id: 'u-bureau',
    username: 'bureauadmin',
    role: 'bureau_admin',
    name: '林专技',
    organisation: none,
  },
};

export function sessionFor(
  role: Role,
  overrides: { accessToken?: string; mustChangePassword?: boolean } = {},
): LoginResponse {
  const user = demoUsers[role];
  return {
    accessToken: overrides.accessToken ?? `token-${role}`,
    expiresIn: 900,
    user: { id: user.id, role, name: user.name, mustChangePassword: overrides.mustChangePassword ?? false },
  };
}

export function meFor(role: Role, mustChangePassword = false): MeResponse {
  const user = demoUsers[role];
  return {
    id: user.id,
    username: user.username,
    role,
    name: user.name,
    mustChangePassword,
    ...user.organisation,
  };
}
