import '../../features/applications/applications.css';
import { type Application, isInProgress } from '@zhicheng/contracts';
import { Alert, Button, Card, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { WelcomeCard } from '../../components/welcome-card';
import { useMe } from '../../features/account/api/get-me';
import { useApplications } from '../../features/applications/api/get-applications';
import { useOpenCycle } from '../../features/applications/api/get-open-cycles';
import { ApplicationsTable } from '../../features/applications/components/applications-table';
import { OpenCycleCard } from '../../features/applications/components/open-cycle-card';
import { ApplicationRowActions } from '../../features/submission/components/application-row-actions';
import { useSessionUser } from '../../lib/auth-store';
import { organisationOf } from '../navigation/organisation';

// 继续申报, 撤回, 撤销, 查看进度, 重新申报 as the status machine allows (allowedActions).
const rowActions = (application: Application) => <ApplicationRowActions application={application} />;

/** 申报首页: business type, the open cycle with 普通申报 / 创新型人才申报, then 申报中 and 已申报. */
export function ApplicantHomePage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const me = useMe(user.id);
  const cycle = useOpenCycle();
  const applications = useApplications();
  const items = applications.data ?? [];
  const inProgress = items.filter((a) => isInProgress(a.status));
  const finished = items.filter((a) => !isInProgress(a.status));

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <WelcomeCard
        name={user.name}
        roleLabel={t(`roles.${user.role}`)}
        organisation={organisationOf(me.data)}
      />
      <OpenCycleCard cycle={cycle.data} loading={cycle.isPending} />
      {applications.error ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={applications.error.message}
          action={<Button onClick={() => void applications.refetch()}>{t('applicantHome.retry')}</Button>}
        />
      ) : null}
      <Card title={<h2 className="card-heading">{t('applicantHome.inProgress')}</h2>}>
        <ApplicationsTable
          caption={t('applicantHome.inProgress')}
          items={inProgress}
          loading={applications.isPending}
          empty={t('applicantHome.emptyInProgress')}
          renderActions={rowActions}
        />
      </Card>
      <Card title={<h2 className="card-heading">{t('applicantHome.finished')}</h2>}>
        <ApplicationsTable
          caption={t('applicantHome.finished')}
          items={finished}
          loading={applications.isPending}
          empty={t('applicantHome.emptyFinished')}
          renderActions={rowActions}
        />
      </Card>
    </Space>
  );
}

export default ApplicantHomePage;
