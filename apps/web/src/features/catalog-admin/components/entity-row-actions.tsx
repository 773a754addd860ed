import { Button, Space, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ReadableTag } from '../../../components/readable-tag';

interface EntityRowActionsProps {
  name: string;
  active: boolean;
  onEdit: () => void;
  onDeactivate: () => void;
  onActivate: () => void;
  onDelete: () => void;
  extra?: ReactNode;
}

/** 修改 · 停用/启用 · 删除, each labelled with the row's name for screen readers. */
export function EntityRowActions({
  name,
  active,
  onEdit,
  onDeactivate,
  onActivate,
  onDelete,
  extra,
}: EntityRowActionsProps) {
  const { t } = useTranslation();
  return (
    <Space size={0} wrap>
      {extra}
      <Button type="link" size="small" onClick={onEdit} aria-label={`${t('catalogAdmin.edit')} ${name}`}>
        {t('catalogAdmin.edit')}
      </Button>
      {active ? (
        <Button
          type="link"
          size="small"
          onClick={onDeactivate}
          aria-label={`${t('catalogAdmin.deactivate')} ${name}`}
        >
          {t('catalogAdmin.deactivate')}
        </Button>
      ) : (
        <Button
          type="link"
          size="small"
          onClick={onActivate}
          aria-label={`${t('catalogAdmin.activate')} ${name}`}
        >
          {t('catalogAdmin.activate')}
        </Button>
      )}
      <Button
        type="link"
        size="small"
        danger
        onClick={onDelete}
        aria-label={`${t('catalogAdmin.delete')} ${name}`}
      >
        {t('catalogAdmin.delete')}
      </Button>
    </Space>
  );
}

export function ActiveTag({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return active ? (
    <ReadableTag color="green">{t('catalogAdmin.active')}</ReadableTag>
  ) : (
    <Tag>{t('catalogAdmin.inactive')}</Tag>
  );
}
