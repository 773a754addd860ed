import '../materials.css';
import {
  type MaterialCategory,
  type MaterialFile,
  type MaterialList,
  materialCategoryKeySchema,
} from '@zhicheng/contracts';
import { Alert, App, Card, Grid, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FullPageSpinner } from '../../../components/full-page-spinner';
import { isApiError } from '../../../lib/api-error';
import { useApplication } from '../../../shared/applications/get-application';
import { WizardFrame } from '../../../shared/applications/wizard-frame';
import { FilePreview } from '../../../shared/files/file-preview';
import { useMaterials } from '../../../shared/materials/get-materials';
import { useDeleteMaterial } from '../api/delete-material';
import { useReorderMaterials } from '../api/reorder-materials';
import { CompletionTag } from '../components/completion-tag';
import { FileList } from '../components/file-list';
import { UploadZone } from '../components/upload-zone';
import { useUploads } from '../components/use-uploads';

/** One category's upload view: drop or pick files, watch each upload, reorder, preview, delete. */
export function MaterialCategoryPage() {
  const { t } = useTranslation();
  const { id = '', category: rawCategory } = useParams();
  const parsedCategory = materialCategoryKeySchema.safeParse(rawCategory);
  const application = useApplication(id);
  const materials = useMaterials(id);
  const error = application.error ?? materials.error;

  if (!parsedCategory.success)
    return <Alert type="error" showIcon role="alert" title={t('materials.unknownCategory')} />;
  if (error) return <Alert type="error" showIcon role="alert" title={error.message} />;
  if (!application.data || !materials.data) return <FullPageSpinner label={t('app.loading')} />;
  const category = materials.data.categories.find((c) => c.key === parsedCategory.data);
  if (!category) return <Alert type="error" showIcon role="alert" title={t('materials.unknownCategory')} />;

  return (
    <WizardFrame track={application.data.track} current={2}>
      <CategoryBody applicationId={id} category={category} materials={materials.data} />
    </WizardFrame>
  );
}

function CategoryBody({
  applicationId,
  category,
  materials,
}: {
  applicationId: string;
  category: MaterialCategory;
  materials: MaterialList;
}) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const screens = Grid.useBreakpoint();
  // On a phone the card's head has no room beside the title: 必传 and 完成状态 go below it.
  const phone = screens.md === false && Boolean(screens.xs || screens.sm);
  const [previewing, setPreviewing] = useState<MaterialFile | null>(null);
  const reorder = useReorderMaterials();
  const remove = useDeleteMaterial();
  const uploads = useUploads({
    applicationId,
    category: category.key,
    materials,
    filesInCategory: category.files.length,
  });
  const fail = (error: unknown) =>
    void message.error(isApiError(error) ? error.displayMessage : t('errors.unknown'));

  const confirmDelete = (file: MaterialFile) =>
    modal.confirm({
      title: t('materials.deleteConfirm', { name: file.fileName }),
      content: t('materials.deleteContent'),
      okText: t('materials.delete'),
      okButtonProps: { danger: true },
      cancelText: t('materials.cancel'),
      onOk: () =>
        remove
          .mutateAsync({ applicationId, category: category.key, fileId: file.id })
          .then(() => void message.success(t('materials.deleted', { name: file.fileName })), fail),
    });

  const facts = (
    <Space wrap className="category-facts">
      {category.required ? <Tag color="red">{t('materials.required')}</Tag> : null}
      <span>
        {t('materials.done')}：<CompletionTag category={category} />
      </span>
    </Space>
  );

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to={`/applicant/applications/${applicationId}/materials`}>{t('materials.backToList')}</Link>
      <Card
        title={<h2 className="card-heading category-heading">{category.title}</h2>}
        extra={phone ? null : facts}
      >
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          {phone ? facts : null}
          {category.reason ? <Typography.Text type="secondary">{category.reason}</Typography.Text> : null}
          {materials.editable ? (
            <UploadZone
              items={uploads.items}
              maxFileBytes={materials.limits.maxFileBytes}
              onFile={(file) => void uploads.add(file)}
              onClear={uploads.clear}
            />
          ) : (
            <Alert type="info" showIcon title={t('materials.locked')} />
          )}
          <Typography.Text>{t('materials.fileCount', { count: category.files.length })}</Typography.Text>
          <FileList
            files={category.files}
            editable={materials.editable}
            onReorder={(fileIds) =>
              reorder.mutate({ applicationId, category: category.key, fileIds }, { onError: fail })
            }
            onDelete={confirmDelete}
            onPreview={setPreviewing}
          />
        </Space>
      </Card>
      {previewing ? <FilePreview file={previewing} onClose={() => setPreviewing(null)} /> : null}
    </Space>
  );
}

export default MaterialCategoryPage;
