import type { MeResponse } from '@zhicheng/contracts';
import { i18n } from '../../i18n';

/** The unit, department or committee the user belongs to, labelled for display. */
export function organisationOf(me: MeResponse | undefined): { kind: string; name: string } | undefined {
  if (!me) return undefined;
  if (me.unit) return { kind: i18n.t('shell.orgUnit'), name: me.unit.name };
  if (me.department) return { kind: i18n.t('shell.orgDepartment'), name: me.department.name };
  if (me.committee) return { kind: i18n.t('shell.orgCommittee'), name: me.committee.name };
  return undefined;
}
