import { ClockCircleOutlined } from '@ant-design/icons';
import { isEditable } from '@zhicheng/contracts';
import { Alert, Result, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FullPageSpinner } from '../../../components/full-page-spinner';
import { useApplication } from '../api/get-application';
import { useCatalog } from '../api/get-catalog';
import { ChoiceSummary } from '../components/choice-summary';
import { WizardFrame } from '../components/wizard-frame';

/** Step 2 填写申报信息: for now the chosen qualification and a notice that the sections are coming. */
export function SectionsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const application = useApplication(id);
  const catalog = useCatalog();

  if (application.error) {
    return <Alert type="error" showIcon role="alert" title={application.error.message} />;
  }
  if (!application.data) return <FullPageSpinner label={t('app.loading')} />;

  return (
    <WizardFrame track={application.data.track} current={1}>
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <ChoiceSummary application={application.data} catalog={catalog.data} />
        {isEditable(application.data.status) ? (
          <Link to={`/applicant/applications/${id}/qualification`}>{t('wizard.changeChoice')}</Link>
        ) : null}
        <Result
          status="info"
          icon={<ClockCircleOutlined aria-hidden />}
          title={t('wizard.sectionsComing')}
          subTitle={t('wizard.sectionsComingHint')}
        />
      </Space>
    </WizardFrame>
  );
}

export default SectionsPage;
