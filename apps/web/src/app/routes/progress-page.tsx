import '../../features/applications/applications.css';
import type { Application } from '@zhicheng/contracts';
import { Alert, Button, Card, Empty, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApplications } from '../../features/applications/api/get-applications';
import { ApplicationTimeline } from '../../shared/applications/application-timeline';
import { StatusTag } from '../../shared/applications/status-tag';

/** Newest first: the current cycle's application on top, earlier cycles below. */
function newestFirst(items: readonly Application[]): Application[] {
  return [...items].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** 查看进度 (menu): every application of the applicant, in all cycles, each with its status and timeline. */
export function ProgressPage() {
  const { t } = useTranslation();
  const applications = useApplications();

  if (applications.error) {
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        title={applications.error.message}
        action={<Button onClick={() => void applications.refetch()}>{t('applicantHome.retry')}</Button>}
      />
    );
  }
  if (!applications.data) return <Skeleton active />;
  if (applications.data.length === 0) {
    return (
      <Card>
        <Empty description={t('timeline.noApplications')} />
      </Card>
    );
  }
  return (
    <section aria-label={t('timeline.mine')}>
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        {newestFirst(applications.data).map((application) => (
          <Card
            key={application.id}
            title={<h2 className="card-heading">{application.names.qualification}</h2>}
            extra={<StatusTag status={application.status} />}
          >
            <Typography.Paragraph type="secondary">
              {t('timeline.about', {
                cycle: application.names.cycle,
                specialty: application.names.specialty,
                committee: application.names.committee,
              })}
            </Typography.Paragraph>
            <ApplicationTimeline
              applicationId={application.id}
              label={t('timeline.labelOf', { name: application.names.qualification })}
            />
          </Card>
        ))}
      </Space>
    </section>
  );
}

export default ProgressPage;
