import { type ApplicationStatus, statusLabels } from '@zhicheng/contracts';
import { Tag } from 'antd';

/** ui.md's one colour scheme: draft/returned orange, in review blue, approved green, rejected red, cancelled grey. */
const colours: Record<ApplicationStatus, string> = {
  draft: 'orange',
  returned: 'orange',
  submitted: 'blue',
  unit_review: 'blue',
  dept_review: 'blue',
  committee_review: 'blue',
  publicity: 'blue',
  approved: 'green',
  rejected: 'red',
  cancelled: 'default',
};

export function StatusTag({ status }: { status: ApplicationStatus }) {
  return <Tag color={colours[status]}>{statusLabels[status]}</Tag>;
}
