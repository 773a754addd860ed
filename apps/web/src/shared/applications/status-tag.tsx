import type { ApplicationStatus } from '@zhicheng/contracts';
import { useTranslation } from 'react-i18next';
import { ReadableTag, type ReadableTagColour } from '../../components/readable-tag';

/** ui.md's one colour scheme: draft/returned orange, in review blue, approved green, rejected red, cancelled grey. */
export const statusTagColours: Record<ApplicationStatus, ReadableTagColour> = {
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

/** An application's status in the current language (the names come from the contracts). */
export function StatusTag({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation();
  return (
    <ReadableTag color={statusTagColours[status]} data-status={status}>
      {t(`applicationStatus.${status}`)}
    </ReadableTag>
  );
}
