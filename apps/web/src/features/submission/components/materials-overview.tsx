import type { MaterialList } from '@zhicheng/contracts';
import { Descriptions, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FileThumbnail } from '../../../shared/files/file-thumbnail';

/** Every category that holds files, with the thumbnails of its pages in order. */
export function MaterialsOverview({ materials }: { materials: MaterialList }) {
  const { t } = useTranslation();
  const filled = materials.categories.filter((c) => c.files.length > 0);
  if (filled.length === 0)
    return <Typography.Text type="secondary">{t('submission.noMaterials')}</Typography.Text>;
  return (
    <Descriptions
      size="small"
      bordered
      column={1}
      items={filled.map((c) => ({
        key: c.key,
        label: c.title,
        children: (
          <Space size={8} wrap>
            {c.files.map((file) => (
              <FileThumbnail key={file.id} file={file} size={72} />
            ))}
            <Typography.Text type="secondary">
              {t('materials.fileCount', { count: c.files.length })}
            </Typography.Text>
          </Space>
        ),
      }))}
    />
  );
}
