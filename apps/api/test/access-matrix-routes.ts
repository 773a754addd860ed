import type { ApiKeyScope, Role } from '@zhicheng/contracts';
import { sectionDefinitions } from '@zhicheng/contracts';

/**
 * Who may pass each route's guard. `public`: no token needed; `signed-in`: any role; otherwise the
 * roles listed (everyone else gets 403 `forbidden`). Scope (which objects a role sees) is checked
 * separately, per tenant, in access-matrix-tenant.test.ts.
 */
export type Access = 'public' | 'signed-in' | readonly Role[];

export interface RouteExpectation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** As the OpenAPI document spells it: `/api/v1/applications/{id}`. */
  path: string;
  access: Access;
  /** The API key scope the route's guard admits keys with; without one, every key gets 403 insufficient_scope. */
  scope?: ApiKeyScope;
}

const bureau = ['bureau_admin'] as const;
const applicant = ['applicant'] as const;
const unitStaff = ['unit_admin', 'unit_operator'] as const;
const unitAdmin = ['unit_admin'] as const;
/** The unit's staff and the department's reviewers decide and publicise (单位公示, 评审结果公示). */
const reviewing = ['unit_admin', 'unit_operator', 'dept_reviewer'] as const;

const route = (
  method: RouteExpectation['method'],
  path: string,
  access: Access,
  scope?: ApiKeyScope,
): RouteExpectation => ({ method, path: `/api/v1${path}`, access, ...(scope ? { scope } : {}) });

/** What integrators' keys may do (api-keys.test.ts probes every route with keys). */
const read = 'applications:read';
const reviews = 'reviews:write';

const adminCatalog = (['series', 'specialties', 'qualifications', 'departments', 'committees'] as const)
  .flatMap((kind) => [
    route('PATCH', `/admin/${kind}/{id}`, bureau),
    route('DELETE', `/admin/${kind}/{id}`, bureau),
  ])
  .concat([
    route('GET', '/admin/catalog', bureau),
    route('POST', '/admin/series', bureau),
    route('POST', '/admin/series/{id}/specialties', bureau),
    route('POST', '/admin/series/{id}/qualifications', bureau),
    route('GET', '/admin/departments', bureau),
    route('POST', '/admin/departments', bureau),
    route('GET', '/admin/committees', bureau),
    route('POST', '/admin/committees', bureau),
  ]);

/** 申报人员 (unit admin and operators) and 经办人 (unit admin only) share one set of operations. */
const unitPeople = (
  [
    ['applicants', unitStaff],
    ['operators', unitAdmin],
  ] as const
).flatMap(([kind, access]) => [
  route('GET', `/unit/${kind}`, access),
  route('POST', `/unit/${kind}`, access, kind === 'applicants' ? 'applicants:write' : undefined),
  route('GET', `/unit/${kind}/{id}`, access),
  route('PATCH', `/unit/${kind}/{id}`, access),
  route('DELETE', `/unit/${kind}/{id}`, access),
  route('POST', `/unit/${kind}/{id}/reset-password`, access),
]);

/** Every section is readable by whoever sees the application and written by its applicant only. */
const sections = sectionDefinitions.flatMap((s) => [
  route('GET', `/applications/{id}/sections/${s.key}`, 'signed-in', read),
  route('PUT', `/applications/{id}/sections/${s.key}`, applicant),
]);

export const routeExpectations: readonly RouteExpectation[] = [
  // Signing in and registering: nobody has a token yet.
  route('GET', '/auth/captcha', 'public'),
  route('GET', '/auth/captcha/text', 'public'),
  route('POST', '/auth/login', 'public'),
  route('POST', '/auth/refresh', 'public'),
  route('POST', '/auth/logout', 'public'),
  route('POST', '/auth/password-reset', 'public'),
  route('POST', '/sms-codes', 'public'),
  route('POST', '/units', 'public'),
  route('GET', '/catalog', 'public'),
  // The 评审结果公示 page and its objections (异议): anyone, without an account.
  route('GET', '/public/publicity', 'public'),
  route('POST', '/public/objections', 'public'),
  route('GET', '/verify/{code}', 'public'),

  route('GET', '/me', 'signed-in'),
  route('POST', '/me/password', 'signed-in'),
  // 账号安全: each person's own sessions.
  route('GET', '/me/sessions', 'signed-in'),
  route('DELETE', '/me/sessions/{id}', 'signed-in'),
  // The bell and 消息设置: each person's own notifications and channel choices.
  route('GET', '/notifications', 'signed-in'),
  route('GET', '/notifications/unread-count', 'signed-in'),
  route('POST', '/notifications/{id}/read', 'signed-in'),
  route('POST', '/notifications/read-all', 'signed-in'),
  route('GET', '/me/notification-preferences', 'signed-in'),
  route('PUT', '/me/notification-preferences', 'signed-in'),
  // 消息设置's contact details: each person's own mobile (verified by SMS) and e-mail.
  route('GET', '/me/contact', 'signed-in'),
  route('PUT', '/me/contact', 'signed-in'),
  route('POST', '/me/contact/sms-code', 'signed-in'),
  route('GET', '/cycles', 'signed-in'),
  route('GET', '/calendar', 'signed-in'),

  route('GET', '/admin/audit-events', bureau),
  route('GET', '/admin/cycles', bureau),
  route('POST', '/admin/cycles', bureau),
  route('PATCH', '/admin/cycles/{id}', bureau),
  route('GET', '/admin/calendar', bureau),
  route('PUT', '/admin/calendar', bureau),
  route('GET', '/admin/reviewers', bureau),
  route('POST', '/admin/reviewers', bureau),
  route('PATCH', '/admin/reviewers/{id}', bureau),
  route('POST', '/admin/reviewers/{id}/reset-password', bureau),
  ...adminCatalog,

  route('GET', '/unit', unitStaff),
  route('PATCH', '/unit', unitAdmin),
  ...unitPeople,
  route('GET', '/unit/applicants/import-template.csv', unitStaff),
  route('POST', '/unit/applicants/import', unitStaff, 'applicants:write'),

  route('GET', '/applications', 'signed-in', read),
  route('GET', '/applications/counts', 'signed-in', read),
  // The queue's CSV is for reviewers and the bureau; an applicant has only its own applications.
  route(
    'GET',
    '/applications/export.csv',
    ['unit_admin', 'unit_operator', 'dept_reviewer', 'committee_secretary', 'bureau_admin'],
    read,
  ),
  route('POST', '/applications', applicant),
  route('GET', '/applications/{id}', 'signed-in', read),
  route('PATCH', '/applications/{id}', applicant),
  route('GET', '/applications/{id}/sections', 'signed-in', read),
  ...sections,
  route('GET', '/applications/{id}/materials', 'signed-in', read),
  route('POST', '/applications/{id}/materials/{category}', applicant),
  route('PUT', '/applications/{id}/materials/{category}/order', applicant),
  route('DELETE', '/applications/{id}/materials/{category}/{fileId}', applicant),
  route('POST', '/applications/{id}/photo', applicant),
  route('GET', '/applications/{id}/completeness', 'signed-in', read),
  route('POST', '/applications/{id}/transitions', 'signed-in', reviews),
  route('POST', '/applications/{id}/reapply', applicant),
  route('GET', '/applications/{id}/timeline', 'signed-in', read),
  route('GET', '/applications/{id}/review-form.pdf', 'signed-in', read),
  route('POST', '/applications/batch-transitions', reviewing, reviews),
  route('POST', '/committee-results', ['committee_secretary'], reviews),
  route('POST', '/publicity', reviewing, reviews),
  route('GET', '/applications/{id}/publicity', 'signed-in', read),
  route('GET', '/applications/{id}/objections', ['dept_reviewer', 'bureau_admin']),
  route('GET', '/stats', ['bureau_admin', 'dept_reviewer', 'committee_secretary'], 'stats:read'),
  // Webhooks: a unit admin's (the unit's events) and the bureau admin's (all); API keys cannot manage them.
  route('GET', '/webhooks', ['unit_admin', 'bureau_admin']),
  route('POST', '/webhooks', ['unit_admin', 'bureau_admin']),
  route('DELETE', '/webhooks/{id}', ['unit_admin', 'bureau_admin']),
  route('GET', '/webhooks/{id}/deliveries', ['unit_admin', 'bureau_admin']),
  route('POST', '/webhooks/{id}/ping', ['unit_admin', 'bureau_admin']),
  route('GET', '/files/{fileId}', 'signed-in', read),
  route('GET', '/files/{fileId}/thumbnail', 'signed-in', read),

  // 接口对接 › API 密钥: people only (no key manages keys).
  route('GET', '/api-keys', ['unit_admin', 'bureau_admin']),
  route('POST', '/api-keys', ['unit_admin', 'bureau_admin']),
  route('DELETE', '/api-keys/{id}', ['unit_admin', 'bureau_admin']),
];

export const routeKey = (r: { method: string; path: string }) => `${r.method} ${r.path}`;

/**
 * A concrete URL for a route: ids that exist nowhere (an allowed caller then gets 404 or a validation
 * error, never a change), a real material category so only the guard and the scope decide.
 */
export function probeUrl(path: string, ids: Partial<Record<'id' | 'fileId', string>> = {}): string {
  return path
    .replace('{id}', ids.id ?? '00000000-0000-4000-8000-000000000000')
    .replace('{fileId}', ids.fileId ?? '00000000-0000-4000-8000-000000000001')
    .replace('{category}', 'highest_degree');
}

/**
 * Every `METHOD /path` of Fastify's printed route tree (`printRoutes({ commonPrefix: false })`),
 * routes hidden from the OpenAPI document included; `:id` is spelled `{id}` as in the document.
 */
export function routesOfTree(printed: string): string[] {
  const stack: string[] = [];
  const found: string[] = [];
  for (const line of printed.split('\n')) {
    const match = /^((?:│ {3}| {4})*)[├└]── (\S+)(?: \(([^)]+)\))?$/.exec(line);
    if (!match) continue;
    const depth = (match[1] ?? '').length / 4;
    stack.length = depth;
    stack.push(match[2] ?? '');
    const path = stack.join('').replace(/:(\w+)/g, '{$1}');
    for (const method of (match[3] ?? '').split(', ').filter((m) => m && m !== 'HEAD')) {
      found.push(`${method} ${path}`);
    }
  }
  return found;
}
