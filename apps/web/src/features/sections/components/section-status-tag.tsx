import type { SectionStatus } from '@zhicheng/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * One colour scheme everywhere (ui.md): 未填报 red, 不完整 orange, 已填报 green — with text dark
 * enough for AA contrast on the light tag background.
 */
export const sectionStatusColors: Record<SectionStatus, { tag: string; text: string; dot: string }> = {
  empty: { tag: 'red', text: '#a8071a', dot: '#f5222d' },
  incomplete: { tag: 'orange', text: '#873800', dot: '#fa8c16' },
  complete: { tag: 'green', text: '#135200', dot: '#52c41a' },
};

export function SectionStatusTag({ status }: { status: SectionStatus }) {
  const { t } = useTranslation();
  const colors = sectionStatusColors[status];
  return (
    <Tag color={colors.tag} style={{ color: colors.text }} data-status={status}>
      {t(`sections.status.${status}`)}
    </Tag>
  );
}
