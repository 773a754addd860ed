import { isEditable } from '@zhicheng/contracts';
import { Alert, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { FullPageSpinner } from '../../../components/full-page-spinner';
import { useApplication } from '../../../shared/applications/get-application';
import { WizardFrame } from '../../../shared/applications/wizard-frame';
import { useCatalog } from '../../../shared/catalog/get-catalog';
import { useOpenCycle } from '../api/get-open-cycles';
import { QualificationForm } from '../components/qualification-form';

/**
 * Step 1 选择申报资格: `/applicant/applications/new?track=normal|innovative` creates an application,
 * `/applicant/applications/:id/qualification` changes the choice of an editable one.
 */
export function QualificationPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const [params] = useSearchParams();
  const catalog = useCatalog();
  const cycle = useOpenCycle();
  const application = useApplication(id);
  const track = id
    ? (application.data?.track ?? 'normal')
    : params.get('track') === 'innovative'
      ? 'innovative'
      : 'normal';

  const failed = catalog.error ?? application.error ?? (id ? null : cycle.error);
  if (failed) {
    return <Alert type="error" showIcon role="alert" title={failed.message || t('wizard.catalogFailed')} />;
  }
  if (!catalog.data || (id && !application.data) || (!id && cycle.isPending)) {
    return <FullPageSpinner label={t('app.loading')} />;
  }

  const editable = application.data ? isEditable(application.data.status) : true;
  const noCycle = !id && !cycle.data;
  return (
    <WizardFrame track={track} current={0}>
      <Space orientation="vertical" size="middle" style={{ width: '100%', marginBottom: 16 }}>
        {cycle.data && !id ? <div>{t('wizard.cycle', { name: cycle.data.name })}</div> : null}
        {noCycle ? <Alert type="warning" showIcon title={t('wizard.noOpenCycle')} /> : null}
        {application.data && !editable ? (
          <Alert
            type="warning"
            showIcon
            title={t('wizard.notEditable', { status: t(`applicationStatus.${application.data.status}`) })}
          />
        ) : null}
      </Space>
      <QualificationForm
        key={application.data ? `${application.data.id}-${application.data.version}` : track}
        catalog={catalog.data}
        track={track}
        application={application.data}
        cycleId={cycle.data?.id}
        disabled={noCycle || !editable}
      />
    </WizardFrame>
  );
}

export default QualificationPage;
