import { statusLabels } from '@zhicheng/contracts';
import { Alert, Card, Empty, Skeleton, Space, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDateTime } from '../../../lib/format-date-time';
import { useApplication } from '../../applications/api/get-application';
import { StatusTag } from '../../applications/components/status-tag';
import { useTimeline } from '../api/get-timeline';

/** 查看进度: every status change of one application, with who acted, their opinion and when. */
export function TimelinePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const application = useApplication(id);
  const timeline = useTimeline(id);
  const error = application.error ?? timeline.error;

  return (
    <Card
      title={
        <h2 className="card-heading">
          {application.data
            ? t('timeline.title', { name: application.data.names.qualification })
            : t('timeline.titleShort')}
        </h2>
      }
      extra={<Link to="/applicant">{t('wizard.backHome')}</Link>}
    >
      {error ? (
        <Alert type="error" showIcon role="alert" title={error.message} />
      ) : !application.data || !timeline.data ? (
        <Skeleton active />
      ) : (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <span>
            {t('timeline.current')}
            <StatusTag status={application.data.status} />
          </span>
          {timeline.data.length === 0 ? (
            <Empty description={t('timeline.empty')} />
          ) : (
            <Timeline
              aria-label={t('timeline.label')}
              items={timeline.data.map((entry) => ({
                key: entry.id,
                title: formatDateTime(entry.at),
                content: (
                  <Space orientation="vertical" size={2}>
                    <Typography.Text strong>
                      {t('timeline.change', {
                        action: t(`timeline.actions.${entry.action}`),
                        status: statusLabels[entry.toStatus],
                      })}
                    </Typography.Text>
                    <Typography.Text type="secondary">
                      {t('timeline.actor', { role: t(`roles.${entry.actorRole}`), name: entry.actorName })}
                    </Typography.Text>
                    {entry.opinion ? <span>{t('timeline.opinion', { opinion: entry.opinion })}</span> : null}
                    {entry.reasons.length > 0 ? (
                      <span>{t('timeline.reasons', { reasons: entry.reasons.join('；') })}</span>
                    ) : null}
                  </Space>
                ),
              }))}
            />
          )}
        </Space>
      )}
    </Card>
  );
}

export default TimelinePage;
