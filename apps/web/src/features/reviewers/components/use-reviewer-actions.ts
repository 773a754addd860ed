import { useTranslation } from 'react-i18next';
import { useAccountActions } from '../../../components/use-account-actions';
import type { ReviewerRow } from '../api/list-reviewers';
import { useResetReviewerPassword } from '../api/reset-reviewer-password';
import { useUpdateReviewer } from '../api/update-reviewer';

/** 停用/启用 and 重置密码 of a reviewer account, confirmed naming the person. */
export function useReviewerActions() {
  const { t } = useTranslation();
  const update = useUpdateReviewer();
  const reset = useResetReviewerPassword();
  const { temporary, closeTemporary, enable, confirmDisable, confirmReset } = useAccountActions<ReviewerRow>({
    changeStatus: (row, status) => update.mutateAsync({ id: row.id, body: { status } }),
    resetPassword: (id) => reset.mutateAsync(id),
    disableTitle: (row) => t('reviewers.disableConfirm', { name: row.name }),
  });
  return { temporary, closeTemporary, enable, confirmDisable, confirmReset };
}
