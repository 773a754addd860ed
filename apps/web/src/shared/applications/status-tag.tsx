import type { ApplicationStatus } from '@zhicheng/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * ui.md's one colour scheme: draft/returned orange, in review blue, approved green, rejected red,
 * cancelled grey. antd's preset text colours (orange-6 on orange-1, …) fall below WCAG AA's 4.5:1, so
 * each tag keeps its preset background and border but takes the darkest shade of its colour as text.
 */
export const statusTagColours: Record<ApplicationStatus, { tag: string; text?: string }> = {
  draft: { tag: 'orange', text: '#873800' },
  returned: { tag: 'orange', text: '#873800' },
  submitted: { tag: 'blue', text: '#002c8c' },
  unit_review: { tag: 'blue', text: '#002c8c' },
  dept_review: { tag: 'blue', text: '#002c8c' },
  committee_review: { tag: 'blue', text: '#002c8c' },
  publicity: { tag: 'blue', text: '#002c8c' },
  approved: { tag: 'green', text: '#135200' },
  rejected: { tag: 'red', text: '#a8071a' },
  // antd's default tag: dark text on light grey, already AA.
  cancelled: { tag: 'default' },
};

/** An application's status in the current language (the names come from the contracts). */
export function StatusTag({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation();
  const { tag, text } = statusTagColours[status];
  return (
    <Tag color={tag} style={text ? { color: text } : undefined} data-status={status}>
      {t(`applicationStatus.${status}`)}
    </Tag>
  );
}
