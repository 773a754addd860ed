import { Alert, Card, Skeleton, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApplicationTimeline } from '../../../shared/applications/application-timeline';
import { useApplication } from '../../../shared/applications/get-application';
import { StatusTag } from '../../../shared/applications/status-tag';

/** 查看进度 of one application: its current status, then every status change. */
export function TimelinePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const application = useApplication(id);

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
      {application.error ? (
        <Alert type="error" showIcon role="alert" title={application.error.message} />
      ) : !application.data ? (
        <Skeleton active />
      ) : (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <span>
            {t('timeline.current')}
            <StatusTag status={application.data.status} />
          </span>
          <ApplicationTimeline applicationId={id} application={application.data} />
        </Space>
      )}
    </Card>
  );
}

export default TimelinePage;
