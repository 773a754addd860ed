import { type Application, isEditable, reviewFormKindOf } from '@zhicheng/contracts';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ReviewFormButton } from '../../../shared/applications/review-form-button';
import { useApplicationActions } from './use-application-actions';

/** 申报首页 row actions, each shown only when the status machine allows it for the applicant. */
export function ApplicationRowActions({ application }: { application: Application }) {
  const { t } = useTranslation();
  const { confirmTransition, confirmReapply } = useApplicationActions();
  const allowed = new Set(application.allowedActions);
  const base = `/applicant/applications/${application.id}`;
  const name = application.names.qualification;

  return (
    <Space size={4} wrap>
      {isEditable(application.status) ? (
        <Link to={`${base}/sections`}>{t('applicantHome.continue')}</Link>
      ) : (
        // What was submitted, read-only: step 4 shows every section and material of a locked application.
        <Link to={`${base}/submit`} aria-label={t('applicantHome.viewNamed', { name })}>
          {t('applicantHome.view')}
        </Link>
      )}
      {allowed.has('withdraw') ? (
        <Button size="small" type="link" onClick={() => confirmTransition(application, 'withdraw')}>
          {t('applicationAction.withdraw')}
        </Button>
      ) : null}
      {allowed.has('cancel') ? (
        <Button size="small" type="link" danger onClick={() => confirmTransition(application, 'cancel')}>
          {t('applicationAction.cancel')}
        </Button>
      ) : null}
      {allowed.has('reapply') ? (
        <Button size="small" type="link" onClick={() => confirmReapply(application)}>
          {t('applicationAction.reapply')}
        </Button>
      ) : null}
      {reviewFormKindOf(application.status) === 'final' ? (
        <ReviewFormButton application={application} size="small" type="link" />
      ) : null}
      <Link to={`${base}/timeline`} aria-label={t('timeline.linkName', { name })}>
        {t('timeline.link')}
      </Link>
    </Space>
  );
}
