import '../materials.css';
import { Alert, Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { FullPageSpinner } from '../../../components/full-page-spinner';
import { CorrectionNotice } from '../../../shared/applications/correction-notice';
import { useApplication } from '../../../shared/applications/get-application';
import { WizardFrame } from '../../../shared/applications/wizard-frame';
import { useMaterials } from '../../../shared/materials/get-materials';
import { formatBytes } from '../components/check-file';
import { MaterialsTable } from '../components/materials-table';

/** Step 3 上传申报材料: every category with 必传 marks, 完成状态 and thumbnails. */
export function MaterialsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const application = useApplication(id);
  const materials = useMaterials(id);
  const error = application.error ?? materials.error;

  if (error) return <Alert type="error" showIcon role="alert" title={error.message} />;
  if (!application.data || !materials.data) return <FullPageSpinner label={t('app.loading')} />;
  const { editable, limits, totalBytes, categories } = materials.data;

  return (
    <WizardFrame track={application.data.track} current={2}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <CorrectionNotice application={application.data} />
        {editable ? null : <Alert type="info" showIcon title={t('materials.locked')} />}
        <Typography.Paragraph type="secondary" className="materials-rules">
          {t('materials.rules', {
            maxFile: formatBytes(limits.maxFileBytes),
            maxCount: limits.maxFilesPerCategory,
            maxTotal: formatBytes(limits.maxBytesPerApplication),
            used: formatBytes(totalBytes),
          })}
        </Typography.Paragraph>
        <MaterialsTable applicationId={id} categories={categories} editable={editable} />
        <div className="wizard-actions">
          <Button onClick={() => navigate(`/applicant/applications/${id}/sections`)}>
            {t('materials.previous')}
          </Button>
          <Button type="primary" onClick={() => navigate(`/applicant/applications/${id}/submit`)}>
            {t('materials.next')}
          </Button>
        </div>
      </Space>
    </WizardFrame>
  );
}

export default MaterialsPage;
