import type { AccountStatus } from '@zhicheng/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

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
        <Tag color="green" className="account-tag-active" style={{ color: '#135200' }}>
          {t('people.statusActive')}
        </Tag>
      ) : (
        <Tag>{t('people.statusDisabled')}</Tag>
      )}
      {mustChangePassword && status === 'active' ? (
        <Tag color="orange" className="account-tag-pending" style={{ color: '#873800' }}>
          {t('people.mustChangePassword')}
        </Tag>
      ) : null}
    </>
  );
}
