import type { Application } from '@zhicheng/contracts';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../../../lib/api-error';
import { newIdempotencyKey } from '../../../lib/idempotency-key';
import { useTransitionApplication } from '../../../shared/applications/transition-application';
import { useReapplyApplication } from '../api/reapply-application';

export type ApplicantTransition = 'submit' | 'withdraw' | 'cancel';

/**
 * The applicant's lifecycle actions, each behind a confirmation naming the application. A confirmation
 * is one intent: its Idempotency-Key is made when it opens, so a double click cannot act twice.
 */
export function useApplicationActions() {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const transition = useTransitionApplication();
  const reapply = useReapplyApplication();

  const fail = (error: unknown) => {
    void message.error(isApiError(error) ? error.displayMessage : t('errors.unknown'));
  };

  const confirmTransition = (application: Application, action: ApplicantTransition, onDone?: () => void) => {
    const idempotencyKey = newIdempotencyKey();
    const name = application.names.qualification;
    modal.confirm({
      title: t(`submission.${action}.confirm`, { name }),
      content: t(`submission.${action}.content`),
      okText: t(`submission.${action}.ok`),
      okButtonProps: { danger: action === 'cancel' },
      cancelText: t('submission.back'),
      onOk: async () => {
        try {
          // The applicant's actions carry no opinion (only reviewers give one).
          await transition.mutateAsync({ applicationId: application.id, action, idempotencyKey });
          void message.success(t(`submission.${action}.done`, { name }));
          onDone?.();
        } catch (error) {
          fail(error);
        }
      },
    });
  };

  const confirmReapply = (application: Application) => {
    const idempotencyKey = newIdempotencyKey();
    modal.confirm({
      title: t('submission.reapply.confirm', { name: application.names.qualification }),
      content: t('submission.reapply.content'),
      okText: t('applicationAction.reapply'),
      cancelText: t('submission.back'),
      onOk: async () => {
        try {
          const created = await reapply.mutateAsync({ applicationId: application.id, idempotencyKey });
          void message.success(t('submission.reapply.done'));
          navigate(`/applicant/applications/${created.id}/sections`);
        } catch (error) {
          fail(error);
        }
      },
    });
  };

  return { confirmTransition, confirmReapply, pending: transition.isPending || reapply.isPending };
}
