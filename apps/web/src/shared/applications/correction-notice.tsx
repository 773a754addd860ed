import './correction-notice.css';
import { type Application, findSection, materialCategoryTitle } from '@zhicheng/contracts';
import { Alert, Space, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ReadableTag } from '../../components/readable-tag';
import { formatDateTime } from '../../lib/format-date-time';

/**
 * 一次性告知 at the top of the wizard's steps 2–4 while the application is returned: the opinion, the
 * deadline and everything named to correct, each linking to where to correct it.
 */
export function CorrectionNotice({ application }: { application: Application }) {
  const { t } = useTranslation();
  const correction = application.correction;
  if (application.status !== 'returned' || !correction) return null;
  const base = `/applicant/applications/${application.id}`;
  return (
    <Alert
      type="warning"
      showIcon
      role="region"
      aria-label={t('correction.title')}
      title={t('correction.title')}
      description={
        <Space orientation="vertical" size={4}>
          <Typography.Text>{t('correction.opinion', { opinion: correction.opinion })}</Typography.Text>
          {correction.correctBy ? (
            <Typography.Text strong>
              {t('correction.deadline', { date: correction.correctBy })}
            </Typography.Text>
          ) : null}
          {correction.sections.length > 0 ? (
            <span>
              {t('correction.sections')}
              {correction.sections.map((key, i) => (
                <span key={key}>
                  {i > 0 ? '、' : null}
                  <Link to={`${base}/sections/${key}`}>{findSection(key)?.title ?? key}</Link>
                </span>
              ))}
            </span>
          ) : null}
          {correction.materials.length > 0 ? (
            <span>
              {t('correction.materials')}
              {correction.materials.map((key, i) => (
                <span key={key}>
                  {i > 0 ? '、' : null}
                  <Link to={`${base}/materials/${key}`}>{materialCategoryTitle(key)}</Link>
                </span>
              ))}
            </span>
          ) : null}
          <Typography.Text type="secondary">
            {t('correction.returnedBy', {
              role: t(`roles.${correction.returnedByRole}`),
              at: formatDateTime(correction.returnedAt),
            })}
          </Typography.Text>
        </Space>
      }
    />
  );
}

/** 需修改: a section or material category the latest return named. */
export function ToCorrectTag({ focusable = true }: { focusable?: boolean }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('correction.tagHint')}>
      <ReadableTag
        color="orange"
        style={{ marginInlineStart: 6 }}
        tabIndex={focusable ? 0 : undefined}
        aria-description={t('correction.tagHint')}
      >
        {t('correction.tag')}
      </ReadableTag>
    </Tooltip>
  );
}
