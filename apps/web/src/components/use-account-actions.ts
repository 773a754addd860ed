import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../lib/api-error';

type AccountStatus = 'active' | 'disabled';

interface AccountRow {
  id: string;
  name: string;
}

interface AccountActionsOptions<Row extends AccountRow> {
  /** Sends the row's new status. */
  changeStatus: (row: Row, status: AccountStatus) => Promise<unknown>;
  resetPassword: (id: string) => Promise<{ temporaryPassword: string }>;
  /** Title of the 停用 confirmation, naming the row. */
  disableTitle: (row: Row) => string;
}

/**
 * 停用/启用 and 重置密码 of an account, confirmed naming the person; failures show as a message. The
 * temporary password of a reset is kept for the modal that shows it.
 */
export function useAccountActions<Row extends AccountRow>({
  changeStatus,
  resetPassword,
  disableTitle,
}: AccountActionsOptions<Row>) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const [temporary, setTemporary] = useState<{ name: string; password: string } | null>(null);

  const fail = (error: unknown) => {
    void message.error(isApiError(error) ? error.displayMessage : t('errors.unknown'));
  };

  const setStatus = async (row: Row, status: AccountStatus) => {
    try {
      await changeStatus(row, status);
      void message.success(t(status === 'active' ? 'people.enabled' : 'people.disabled', { name: row.name }));
    } catch (error) {
      fail(error);
    }
  };

  const confirmDisable = (row: Row) =>
    modal.confirm({
      title: disableTitle(row),
      content: t('people.disableContent'),
      okText: t('people.disableAction'),
      okButtonProps: { danger: true },
      cancelText: t('people.cancel'),
      onOk: () => setStatus(row, 'disabled'),
    });

  const confirmReset = (row: Row) =>
    modal.confirm({
      title: t('people.resetConfirm', { name: row.name }),
      content: t('people.resetContent'),
      okText: t('people.resetAction'),
      cancelText: t('people.cancel'),
      onOk: async () => {
        try {
          const { temporaryPassword } = await resetPassword(row.id);
          setTemporary({ name: row.name, password: temporaryPassword });
        } catch (error) {
          fail(error);
        }
      },
    });

  return {
    fail,
    setStatus,
    confirmDisable,
    confirmReset,
    enable: (row: Row) => void setStatus(row, 'active'),
    temporary,
    closeTemporary: () => setTemporary(null),
  };
}
