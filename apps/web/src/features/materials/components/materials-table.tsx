import type { MaterialCategory } from '@zhicheng/contracts';
import { Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ToCorrectTag } from '../../../shared/applications/correction-notice';
import { FileThumbnail } from '../../../shared/files/file-thumbnail';

interface MaterialsTableProps {
  applicationId: string;
  categories: MaterialCategory[];
  editable: boolean;
}

/** Thumbnails shown per row; the category page shows them all. */
const shownThumbnails = 4;

/** The seed's list: 附件材料, 完成状态 是/否, the files' thumbnails and 上传材料 per category; 需修改 first. */
export function MaterialsTable({ applicationId, categories, editable }: MaterialsTableProps) {
  const { t } = useTranslation();
  return (
    <Table<MaterialCategory>
      rowKey="key"
      size="middle"
      dataSource={[...categories.filter((c) => c.toCorrect), ...categories.filter((c) => !c.toCorrect)]}
      rowClassName={(c) => (c.toCorrect ? 'to-correct-row' : '')}
      pagination={false}
      scroll={{ x: 860 }}
      aria-label={t('materials.tableLabel')}
      columns={[
        { title: t('materials.index'), key: 'no', width: 64, render: (_, _c, index) => index + 1 },
        {
          title: t('materials.category'),
          key: 'title',
          render: (_, c) => (
            <Space orientation="vertical" size={0}>
              <span>
                {c.required ? (
                  <Tag color="red" className="required-tag">
                    {t('materials.required')}
                  </Tag>
                ) : null}
                {c.title}
                {c.toCorrect ? <ToCorrectTag /> : null}
              </span>
              {c.reason ? <Typography.Text type="secondary">{c.reason}</Typography.Text> : null}
            </Space>
          ),
        },
        {
          title: t('materials.done'),
          key: 'done',
          width: 100,
          render: (_, c) =>
            c.done ? (
              <Tag color="green">{t('materials.doneYes')}</Tag>
            ) : (
              <Tag color="red">{t('materials.doneNo')}</Tag>
            ),
        },
        {
          title: t('materials.files'),
          key: 'files',
          width: 320,
          render: (_, c) =>
            c.files.length === 0 ? (
              <Typography.Text type="secondary">{t('materials.noFiles')}</Typography.Text>
            ) : (
              <Space size={6} wrap>
                {c.files.slice(0, shownThumbnails).map((file) => (
                  <FileThumbnail key={file.id} file={file} />
                ))}
                <Typography.Text type="secondary">
                  {t('materials.fileCount', { count: c.files.length })}
                </Typography.Text>
              </Space>
            ),
        },
        {
          title: t('materials.actions'),
          key: 'actions',
          width: 110,
          fixed: 'right',
          render: (_, c) => (
            <Link
              to={`/applicant/applications/${applicationId}/materials/${c.key}`}
              aria-label={`${editable ? t('materials.upload') : t('materials.view')}：${c.title}`}
            >
              {editable ? t('materials.upload') : t('materials.view')}
            </Link>
          ),
        },
      ]}
    />
  );
}
