import type { Role } from '@zhicheng/contracts';
import type { NavKey } from '../../i18n/keys';

/** One page in a role's side menu. */
export interface RolePage {
  path: string;
  labelKey: NavKey;
}

export const passwordPath = '/account/password';
const password: RolePage = { path: passwordPath, labelKey: 'changePassword' };
/** 消息设置 (SMS / e-mail choices), beside 账号安全 (password and sessions) in every menu. */
export const notificationSettingsPath = '/account/notifications';
const notificationSettings: RolePage = { path: notificationSettingsPath, labelKey: 'notificationSettings' };
/** The account pages every role's menu ends with; routed once, outside the role guards. */
const accountPages = [notificationSettings, password] as const;
const accountPaths: readonly string[] = accountPages.map((p) => p.path);

const unitTodo: RolePage = { path: '/unit', labelKey: 'todo' };
const unitApplicants: RolePage = { path: '/unit/applicants', labelKey: 'applicants' };
const unitReview: RolePage = { path: '/unit/reviews', labelKey: 'unitReview' };

/** Each role's menu, in order (ui.md). The first entry is the role's home. */
export const roleMenus: Record<Role, readonly RolePage[]> = {
  applicant: [
    { path: '/applicant', labelKey: 'applicantHome' },
    { path: '/applicant/progress', labelKey: 'progress' },
    ...accountPages,
  ],
  unit_admin: [
    unitTodo,
    unitApplicants,
    { path: '/unit/operators', labelKey: 'operators' },
    unitReview,
    { path: '/unit/profile', labelKey: 'unitProfile' },
    { path: '/unit/integrations', labelKey: 'integrations' },
    ...accountPages,
  ],
  unit_operator: [unitTodo, unitApplicants, unitReview, ...accountPages],
  dept_reviewer: [
    { path: '/dept', labelKey: 'todo' },
    { path: '/dept/reviews', labelKey: 'deptReview' },
    { path: '/dept/publicity', labelKey: 'publicity' },
    { path: '/dept/stats', labelKey: 'stats' },
    ...accountPages,
  ],
  committee_secretary: [
    { path: '/committee', labelKey: 'todo' },
    { path: '/committee/results', labelKey: 'committeeResults' },
    ...accountPages,
  ],
  bureau_admin: [
    { path: '/bureau', labelKey: 'overview' },
    { path: '/bureau/catalog', labelKey: 'catalog' },
    { path: '/bureau/organizations', labelKey: 'organizations' },
    { path: '/bureau/cycles', labelKey: 'cycles' },
    { path: '/bureau/calendar', labelKey: 'calendar' },
    { path: '/bureau/reviewers', labelKey: 'reviewers' },
    { path: '/bureau/audit', labelKey: 'audit' },
    { path: '/bureau/stats', labelKey: 'statsExport' },
    { path: '/bureau/integrations', labelKey: 'integrations' },
    ...accountPages,
  ],
};

export function homePathOf(role: Role): string {
  return roleMenus[role][0]?.path ?? passwordPath;
}

/** A role page with every role whose menu holds it: what the route guard lets in. */
export interface RoutedPage extends RolePage {
  roles: Role[];
  home: boolean;
}

export function routedPages(): RoutedPage[] {
  const byPath = new Map<string, RoutedPage>();
  for (const [role, pages] of Object.entries(roleMenus) as [Role, readonly RolePage[]][]) {
    pages.forEach((page, index) => {
      if (accountPaths.includes(page.path)) return;
      const entry = byPath.get(page.path) ?? { ...page, roles: [], home: index === 0 };
      entry.roles.push(role);
      byPath.set(page.path, entry);
    });
  }
  return [...byPath.values()];
}
