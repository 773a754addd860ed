import type { MaterialCategory, MaterialFile } from '@zhicheng/contracts';
import { Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReadableTag } from '../../../components/readable-tag';
import { FileThumbnail } from '../../../shared/files/file-thumbnail';
import { FileViewer } from '../../../shared/files/file-viewer';
import { ChangedTag } from './changed-tag';

interface ReviewMaterialsProps {
  categories: readonly MaterialCategory[];
  onlyChanged: boolean;
}

/**
 * Every material category with its files; a file opens in the shared viewer below its category
 * (images zoom and rotate in the page, PDFs show in the browser's PDF viewer).
 */
export function ReviewMaterials({ categories, onlyChanged }: ReviewMaterialsProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<MaterialFile | null>(null);
  const shown = onlyChanged ? categories.filter((c) => c.changedSinceReturn === true) : categories;
  if (shown.length === 0)
    return <Typography.Text type="secondary">{t('review.noneChanged')}</Typography.Text>;

  return (
    <ul className="review-materials" aria-label={t('review.materialsTitle')}>
      {shown.map((category) => {
        const current = open && open.category === category.key ? open : null;
        return (
          <li key={category.key} aria-label={category.title}>
            <div className="review-material-title">
              {category.required ? <ReadableTag color="red">{t('review.required')}</ReadableTag> : null}
              <Typography.Text strong>{category.title}</Typography.Text>
              {category.changedSinceReturn ? <ChangedTag /> : null}
              <Typography.Text type="secondary">
                {category.files.length === 0
                  ? t('review.noFiles')
                  : t('review.fileCount', { count: category.files.length })}
              </Typography.Text>
            </div>
            {category.files.length > 0 ? (
              <Space size={8} wrap>
                {category.files.map((file) => (
                  <Button
                    key={file.id}
                    type="text"
                    className={current?.id === file.id ? 'review-file review-file-open' : 'review-file'}
                    aria-label={t('review.showFile', { name: file.fileName })}
                    aria-pressed={current?.id === file.id}
                    onClick={() => setOpen(current?.id === file.id ? null : file)}
                  >
                    <FileThumbnail file={file} size={72} />
                  </Button>
                ))}
              </Space>
            ) : null}
            {current ? (
              <div className="review-file-viewer">
                <Space className="review-file-viewer-head">
                  <Typography.Text strong>{current.fileName}</Typography.Text>
                  <Button size="small" onClick={() => setOpen(null)}>
                    {t('review.hideFile')}
                  </Button>
                </Space>
                <FileViewer key={current.id} file={current} />
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
