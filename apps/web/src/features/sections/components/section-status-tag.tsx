import type { SectionStatus } from '@zhicheng/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { readableTagText } from '../../../components/readable-tag';

interface StatusColors {
  tag: string;
  text: string;
  dot: string;
}

/**
 * One colour scheme everywhere (ui.md): 未填报 red, 不完整 orange, 已填报 green — with text dark
 * enough for AA contrast on the light tag background. An optional section left empty is nothing to
 * fix, so its 未填报 is grey.
 */
export const sectionStatusColors: Record<SectionStatus, StatusColors> = {
  empty: { tag: 'red', text: readableTagText.red, dot: '#f5222d' },
  incomplete: { tag: 'orange', text: readableTagText.orange, dot: '#fa8c16' },
  complete: { tag: 'green', text: readableTagText.green, dot: '#52c41a' },
};
const emptyOptionalColors: StatusColors = { tag: 'default', text: 'rgba(0, 0, 0, 0.65)', dot: '#bfbfbf' };

/** The colours of a section's status; `requiredForSubmit` false makes an empty one grey. */
export function statusColors(status: SectionStatus, requiredForSubmit = true): StatusColors {
  return status === 'empty' && !requiredForSubmit ? emptyOptionalColors : sectionStatusColors[status];
}

export function SectionStatusTag({
  status,
  requiredForSubmit = true,
}: {
  status: SectionStatus;
  requiredForSubmit?: boolean;
}) {
  const { t } = useTranslation();
  const colors = statusColors(status, requiredForSubmit);
  return (
    <Tag color={colors.tag} style={{ color: colors.text }} data-status={status}>
      {t(`sections.status.${status}`)}
    </Tag>
  );
}
