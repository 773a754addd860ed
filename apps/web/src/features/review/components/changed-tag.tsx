import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

/** 已修改: changed by the applicant since the return. Dark text on blue for AA contrast. */
export function ChangedTag() {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('review.changedHint')}>
      <Tag
        color="blue"
        className="changed-tag"
        style={{ color: '#002c8c' }}
        tabIndex={0}
        aria-description={t('review.changedHint')}
      >
        {t('review.changed')}
      </Tag>
    </Tooltip>
  );
}
