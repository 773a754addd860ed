import type { MaterialCategory } from '@zhicheng/contracts';
import { Grid, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ToCorrectTag } from '../../../shared/applications/correction-notice';
import { FileThumbnail } from '../../../shared/files/file-thumbnail';
import { CompletionTag } from './completion-tag';

interface MaterialsTableProps {
  applicationId: string;
  categories: MaterialCategory[];
  editable: boolean;
}

/** Thumbnails shown per row; the category page shows them all. */
const shownThumbnails = 4;

/**
 * The seed's list: 附件材料, 完成状态 是/否/无需上传, the files' thumbnails and 上传材料 per category;
 * 需修改 first. Below the md breakpoint (a phone) each category is a card instead: a table that wide
 * would hide 完成状态 and the files behind the fixed 操作 column.
 */
export function MaterialsTable({ applicationId, categories, editable }: MaterialsTableProps) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  // A breakpoint below md matches and md does not (jsdom's default matchMedia matches none: the table).
  const phone = screens.md === false && Boolean(screens.xs || screens.sm);
  const ordered = [...categories.filter((c) => c.toCorrect), ...categories.filter((c) => !c.toCorrect)];
  const linkTo = (c: MaterialCategory) => `/applicant/applications/${applicationId}/materials/${c.key}`;
  const actionText = editable ? t('materials.upload') : t('materials.view');

  if (phone) return <MaterialCards categories={ordered} linkTo={linkTo} actionText={actionText} />;
  return (
    <Table<MaterialCategory>
      rowKey="key"
      size="middle"
      dataSource={ordered}
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
          render: (_, c) => <CompletionTag category={c} />,
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
            <Link to={linkTo(c)} aria-label={`${actionText}：${c.title}`}>
              {actionText}
            </Link>
          ),
        },
      ]}
    />
  );
}

function MaterialCards({
  categories,
  linkTo,
  actionText,
}: {
  categories: MaterialCategory[];
  linkTo: (c: MaterialCategory) => string;
  actionText: string;
}) {
  const { t } = useTranslation();
  return (
    <ul className="material-cards" aria-label={t('materials.tableLabel')}>
      {categories.map((c) => (
        <li
          key={c.key}
          aria-label={c.title}
          className={c.toCorrect ? 'material-card material-card-to-correct' : 'material-card'}
        >
          <div className="material-card-title">
            <Typography.Text strong>{c.title}</Typography.Text>
            {c.required ? (
              <Tag color="red" className="required-tag">
                {t('materials.required')}
              </Tag>
            ) : null}
            {c.toCorrect ? <ToCorrectTag /> : null}
          </div>
          {c.reason ? <Typography.Text type="secondary">{c.reason}</Typography.Text> : null}
          <div className="material-card-facts">
            <span>
              {t('materials.done')}：<CompletionTag category={c} />
            </span>
            <Typography.Text type="secondary">
              {c.files.length === 0
                ? t('materials.noFiles')
                : t('materials.fileCount', { count: c.files.length })}
            </Typography.Text>
            <Link to={linkTo(c)} className="material-card-action" aria-label={`${actionText}：${c.title}`}>
              {actionText}
            </Link>
          </div>
        </li>
      ))}
    </ul>
  );
}
