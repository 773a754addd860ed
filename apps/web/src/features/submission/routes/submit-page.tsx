import '../submission.css';
import { type Application, isEditable } from '@zhicheng/contracts';
import { Alert, Button, Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { FullPageSpinner } from '../../../components/full-page-spinner';
import { CorrectionNotice } from '../../../shared/applications/correction-notice';
import { useApplication } from '../../../shared/applications/get-application';
import { ReviewFormButton } from '../../../shared/applications/review-form-button';
import { WizardFrame } from '../../../shared/applications/wizard-frame';
import { useMaterials } from '../../../shared/materials/get-materials';
import { useCompleteness } from '../api/get-completeness';
import { CompletenessChecklist } from '../components/completeness-checklist';
import { MaterialsOverview } from '../components/materials-overview';
import { SectionsOverview } from '../components/sections-overview';
import { SubmissionReceipt } from '../components/submission-receipt';
import { useApplicationActions } from '../components/use-application-actions';

/** Step 4 提交单位审核: the checklist, everything filled in and uploaded, then submit or cancel. */
export function SubmitPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const application = useApplication(id);

  if (application.error)
    return <Alert type="error" showIcon role="alert" title={application.error.message} />;
  if (!application.data) return <FullPageSpinner label={t('app.loading')} />;
  return (
    <WizardFrame track={application.data.track} current={3}>
      <SubmitBody application={application.data} />
    </WizardFrame>
  );
}

function SubmitBody({ application }: { application: Application }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const completeness = useCompleteness(application.id);
  const materials = useMaterials(application.id);
  const { confirmTransition } = useApplicationActions();
  const editable = isEditable(application.status);
  const allowed = new Set(application.allowedActions);
  const complete = completeness.data?.complete === true;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      {application.status === 'submitted' ? <SubmissionReceipt application={application} /> : null}
      <CorrectionNotice application={application} />
      {editable ? null : (
        <Alert
          type="info"
          showIcon
          title={t('submission.locked', { status: t(`applicationStatus.${application.status}`) })}
        />
      )}
      {completeness.error ? (
        <Alert type="error" showIcon role="alert" title={completeness.error.message} />
      ) : completeness.data && editable ? (
        <CompletenessChecklist applicationId={application.id} completeness={completeness.data} />
      ) : null}
      <Card title={<h2 className="card-heading">{t('submission.sectionsTitle')}</h2>}>
        <SectionsOverview applicationId={application.id} />
      </Card>
      <Card title={<h2 className="card-heading">{t('submission.materialsTitle')}</h2>}>
        {materials.error ? (
          <Alert type="error" showIcon role="alert" title={materials.error.message} />
        ) : materials.data ? (
          <MaterialsOverview materials={materials.data} />
        ) : null}
      </Card>
      {allowed.has('submit') ? (
        <Typography.Paragraph type="secondary">{t('submission.note')}</Typography.Paragraph>
      ) : null}
      <div className="wizard-actions">
        <Button onClick={() => navigate(`/applicant/applications/${application.id}/materials`)}>
          {t('submission.previous')}
        </Button>
        <ReviewFormButton application={application} />
        {allowed.has('submit') ? (
          <Button
            type="primary"
            disabled={!complete}
            onClick={() => confirmTransition(application, 'submit')}
          >
            {t('applicationAction.submit')}
          </Button>
        ) : null}
      </div>
      {allowed.has('submit') && completeness.data && !complete ? (
        <Typography.Text type="secondary" className="submit-hint">
          {t('submission.submitDisabledHint')}
        </Typography.Text>
      ) : null}
      {allowed.has('cancel') ? (
        <div className="submit-danger-zone">
          <Typography.Text type="secondary">{t('submission.cancel.pageHint')}</Typography.Text>
          <Button
            danger
            onClick={() => confirmTransition(application, 'cancel', () => navigate('/applicant'))}
          >
            {t('submission.cancel.pageAction')}
          </Button>
        </div>
      ) : null}
    </Space>
  );
}

export default SubmitPage;
