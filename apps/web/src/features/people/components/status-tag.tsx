import type { AccountStatus } from '@zhicheng/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ReadableTag } from '../../../components/readable-tag';

/** 正常 (green) / 已停用 (grey), plus a note while the first-login password change is pending. */
export function AccountStatusTag({
  status,
  mustChangePassword,
}: {
  status: AccountStatus;
  mustChangePassword: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      {status === 'active' ? (
        <ReadableTag color="green" className="account-tag-active">
          {t('people.statusActive')}
        </ReadableTag>
      ) : (
        <Tag>{t('people.statusDisabled')}</Tag>
      )}
      {mustChangePassword && status === 'active' ? (
        <ReadableTag color="orange" className="account-tag-pending">
          {t('people.mustChangePassword')}
        </ReadableTag>
      ) : null}
    </>
  );
}
