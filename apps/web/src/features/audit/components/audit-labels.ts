import { type ApplicationAction, applicationActions, type Role, roles } from '@zhicheng/contracts';
import type { TFunction } from 'i18next';

/**
 * The one place that knows the audit trail's vocabulary: the actions, target types and roles the API
 * records (apps/api/src/modules/**: `recordAudit`), and their readable names. Anything not listed here
 * (an action added to the API later) shows as recorded.
 */

/** Actions recorded under a fixed name; each has its text at `audit.actions.<action>`. */
const namedActions = [
  'access.denied',
  'access.denied_suppressed',
  'auth.login_succeeded',
  'auth.login_failed',
  'auth.logout',
  'auth.refresh_token_reused',
  'account.password_changed',
  'account.password_change_failed',
  'account.password_reset_by_sms',
  'account.contact_changed',
  'account.contact_change_failed',
  'account.notification_preferences_changed',
  'account.created',
  'account.updated',
  'account.disabled',
  'account.enabled',
  'account.deleted',
  'account.password_reset',
  'sms.code_requested',
  'unit.registered',
  'unit.updated',
  'applicants.imported',
  'application.created',
  'application.choice_changed',
  'application.reapplied',
  'applications.exported',
  'material.uploaded',
  'material.reordered',
  'material.deleted',
  'photo.uploaded',
  'review_form.final_downloaded',
  'publicity.created',
  'objection.received',
  'cycle.created',
  'cycle.updated',
  'calendar.updated',
  'api_key.created',
  'api_key.revoked',
  'webhook.created',
  'webhook.deleted',
] as const;
type NamedAction = (typeof namedActions)[number];

/** `application.<action>`: a status change (lifecycle), named by the contracts' action names. */
const transitionActions = applicationActions.filter((a) => a !== 'reapply');

/** `catalog.<kind>_<verb>`: an edit of the bureau's catalogue; the kind is also the target type. */
const catalogKinds = ['series', 'specialty', 'qualification', 'department', 'committee'] as const;
const catalogVerbs = ['created', 'updated', 'deleted'] as const;
const catalogAction =
  /^catalog\.(series|specialty|qualification|department|committee)_(created|updated|deleted)$/;

/** Target types (`targetType`); the catalogue's kinds among them. */
const targetTypes = [
  'user',
  'session',
  'mobile',
  'unit',
  'application',
  'publicity_window',
  'cycle',
  'calendar',
  'api_key',
  'webhook',
  ...catalogKinds,
] as const;
type TargetType = (typeof targetTypes)[number];

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

/** An action's readable name (`application.submit` → 申报：提交单位审核); an unknown one as recorded. */
export function auditActionLabel(t: TFunction, action: string): string {
  if (isOneOf<NamedAction>(namedActions, action)) return t(`audit.actions.${action}`);
  const [, transition] = /^application\.(\w+)$/.exec(action) ?? [];
  if (transition && isOneOf<ApplicationAction>(transitionActions, transition)) {
    return t('audit.applicationTransition', { action: t(`applicationAction.${transition}`) });
  }
  const catalog = catalogAction.exec(action);
  if (catalog) {
    const [, kind, verb] = catalog as unknown as [
      string,
      (typeof catalogKinds)[number],
      (typeof catalogVerbs)[number],
    ];
    return t('audit.catalogEdit', {
      kind: t(`audit.targets.${kind}`),
      verb: t(`audit.catalogVerbs.${verb}`),
    });
  }
  return action;
}

/** Every action the API records, for the action filter, with its name. */
export function auditActionOptions(t: TFunction): { value: string; label: string }[] {
  const all = [
    ...namedActions,
    ...transitionActions.map((a) => `application.${a}`),
    ...catalogKinds.flatMap((kind) => catalogVerbs.map((verb) => `catalog.${kind}_${verb}`)),
  ];
  return all.map((value) => ({ value, label: auditActionLabel(t, value) }));
}

/** A target type's name (`application` → 申报); an unknown one as recorded. */
export function auditTargetLabel(t: TFunction, type: string): string {
  return isOneOf<TargetType>(targetTypes, type) ? t(`audit.targets.${type}`) : type;
}

/** The actor's role (`bureau_admin` → 市人社局管理员); an unknown one as recorded. */
export function auditRoleLabel(t: TFunction, role: string): string {
  return isOneOf<Role>(roles, role) ? t(`roles.${role}`) : role;
}
