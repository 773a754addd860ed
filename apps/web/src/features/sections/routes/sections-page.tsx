import '../sections.css';
import { isEditable } from '@zhicheng/contracts';
import { Alert, Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { FullPageSpinner } from '../../../components/full-page-spinner';
import { CorrectionNotice } from '../../../shared/applications/correction-notice';
import { useApplication } from '../../../shared/applications/get-application';
import { ReviewFormButton } from '../../../shared/applications/review-form-button';
import { WizardFrame } from '../../../shared/applications/wizard-frame';
import { useCatalog } from '../../../shared/catalog/get-catalog';
import { useSections } from '../api/get-sections';
import { ChoiceSummary } from '../components/choice-summary';
import { SectionsTable } from '../components/sections-table';

/** Step 2 填写申报信息: the chosen qualification and the 23 sections with their status (the seed's list). */
export function SectionsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const application = useApplication(id);
  const catalog = useCatalog();
  const sections = useSections(id);

  if (application.error)
    return <Alert type="error" showIcon role="alert" title={application.error.message} />;
  if (!application.data) return <FullPageSpinner label={t('app.loading')} />;
  const editable = isEditable(application.data.status);
  const materialsPath = `/applicant/applications/${id}/materials`;

  return (
    <WizardFrame track={application.data.track} current={1}>
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <CorrectionNotice application={application.data} />
        <ChoiceSummary application={application.data} catalog={catalog.data} />
        {editable ? (
          <Link to={`/applicant/applications/${id}/qualification`}>{t('wizard.changeChoice')}</Link>
        ) : null}
        {sections.error ? (
          <Alert type="error" showIcon role="alert" title={t('sections.listFailed')} />
        ) : null}
        <SectionsTable
          applicationId={id}
          sections={sections.data ?? []}
          editable={editable}
          loading={sections.isLoading}
        />
        <div>
          <Typography.Text strong>{t('wizard.noteTitle')}</Typography.Text>
          <Typography.Paragraph>{t('sections.note')}</Typography.Paragraph>
        </div>
        <div className="sections-actions">
          {/* A real link (open in a new tab works), navigated inside the SPA. */}
          <Button
            type="primary"
            href={materialsPath}
            onClick={(e) => {
              e.preventDefault();
              navigate(materialsPath);
            }}
          >
            {t('sections.nextMaterials')}
          </Button>
          <ReviewFormButton application={application.data} />
        </div>
      </Space>
    </WizardFrame>
  );
}

export default SectionsPage;
