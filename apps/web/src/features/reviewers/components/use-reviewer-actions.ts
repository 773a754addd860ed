import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-error';
import type { ReviewerRow } from '../api/list-reviewers';
import { useResetReviewerPassword } from '../api/reset-reviewer-password';
import { useUpdateReviewer } from '../api/update-reviewer';

/** 停用/启用 and 重置密码 of a reviewer account, confirmed naming the person. */
export function useReviewerActions() {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const update = useUpdateReviewer();
  const reset = useResetReviewerPassword();
  const [temporary, setTemporary] = useState<{ name: string; password: string } | null>(null);

  const fail = (error: unknown) =>
    void message.error(isApiError(error) ? error.displayMessage : t('errors.unknown'));

  const setStatus = async (row: ReviewerRow, status: 'active' | 'disabled') => {
    try {
      await update.mutateAsync({ id: row.id, body: { status } });
      void message.success(t(status === 'active' ? 'people.enabled' : 'people.disabled', { name: row.name }));
    } catch (error) {
      fail(error);
    }
  };

  return {
    temporary,
    closeTemporary: () => setTemporary(null),
    enable: (row: ReviewerRow) => void setStatus(row, 'active'),
    confirmDisable: (row: ReviewerRow) =>
      modal.confirm({
        title: t('reviewers.disableConfirm', { name: row.name }),
        content: t('people.disableContent'),
        okText: t('people.disableAction'),
        okButtonProps: { danger: true },
        cancelText: t('people.cancel'),
        onOk: () => setStatus(row, 'disabled'),
      }),
    confirmReset: (row: ReviewerRow) =>
      modal.confirm({
        title: t('people.resetConfirm', { name: row.name }),
        content: t('people.resetContent'),
        okText: t('people.resetAction'),
        cancelText: t('people.cancel'),
        onOk: async () => {
          try {
            const { temporaryPassword } = await reset.mutateAsync(row.id);
            setTemporary({ name: row.name, password: temporaryPassword });
          } catch (error) {
            fail(error);
          }
        },
      }),
  };
}
