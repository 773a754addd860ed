import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { ReadableTag } from '../../../components/readable-tag';

/** 已修改: changed by the applicant since the return.  */
export function ChangedTag() {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('review.changedHint')}>
      <ReadableTag
        color="blue"
        className="changed-tag"
        tabIndex={0}
        aria-description={t('review.changedHint')}
      >
        {t('review.changed')}
      </ReadableTag>
    </Tooltip>
  );
}
