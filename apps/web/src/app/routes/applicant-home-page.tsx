import '../../features/applications/applications.css';
import { useQueries } from '@tanstack/react-query';
import { type Application, isInProgress } from '@zhicheng/contracts';
import { Alert, Button, Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ReadableTag } from '../../components/readable-tag';
import { WelcomeCard } from '../../components/welcome-card';
import { useApplications } from '../../features/applications/api/get-applications';
import { useOpenCycle } from '../../features/applications/api/get-open-cycles';
import { ApplicationsTable } from '../../features/applications/components/applications-table';
import { OpenCycleCard } from '../../features/applications/components/open-cycle-card';
import { ApplicationRowActions } from '../../features/submission/components/application-row-actions';
import { useSessionUser } from '../../lib/auth-store';
import { useMe } from '../../shared/account/get-me';
import { votesSummary } from '../../shared/applications/application-timeline';
import { timelineQueryOptions } from '../../shared/applications/get-timeline';
import { organisationOf } from '../navigation/organisation';

// 继续申报, 撤回, 撤销, 查看进度, 重新申报 as the status machine allows (allowedActions).
const rowActions = (application: Application) => <ApplicationRowActions application={application} />;

/** Whether the committee voted on it: approved, or failed by the committee or in publicity. */
const committeeVoted = (a: Application) =>
  a.status === 'approved' || a.outcome === 'committee_failed' || a.outcome === 'publicity_failed';

/**
 * 评审结果: each finished review (评审通过 / 未通过 with why) and the committee's vote, read from the
 * timelines of just these applications (the few an applicant has finished, not every row).
 */
function OutcomeCard({ applications }: { applications: Application[] }) {
  const { t } = useTranslation();
  const voted = applications.filter(committeeVoted);
  const timelines = useQueries({ queries: voted.map((a) => timelineQueryOptions(a.id)) });
  const votesOf = (application: Application) => {
    const entries = timelines[voted.indexOf(application)]?.data ?? [];
    return entries.findLast((entry) => entry.votes)?.votes ?? null;
  };
  return (
    <Card title={<h2 className="card-heading">{t('applicantHome.outcomeTitle')}</h2>}>
      <ul
        aria-label={t('applicantHome.outcomeTitle')}
        style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 12 }}
      >
        {applications.map((application) => {
          const approved = application.status === 'approved';
          const votes = committeeVoted(application) ? votesOf(application) : null;
          return (
            <li key={application.id}>
              <Space orientation="vertical" size={2}>
                <Space wrap>
                  <Typography.Text strong>
                    {t('applicantHome.outcomeOf', {
                      cycle: application.names.cycle,
                      qualification: application.names.qualification,
                    })}
                  </Typography.Text>
                  <ReadableTag color={approved ? 'green' : 'red'}>
                    {t(`applicationStatus.${application.status}`)}
                  </ReadableTag>
                  {application.outcome ? (
                    <Typography.Text>{t(`applicationOutcome.${application.outcome}`)}</Typography.Text>
                  ) : null}
                </Space>
                {votes ? (
                  <Typography.Text type="secondary">
                    {t('applicantHome.outcomeVotes', { votes: votesSummary(t, votes) })}
                  </Typography.Text>
                ) : null}
              </Space>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}

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
  const decided = finished.filter((a) => a.status === 'approved' || a.status === 'rejected');

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <WelcomeCard
        name={user.name}
        roleLabel={t(`roles.${user.role}`)}
        organisation={organisationOf(me.data)}
      />
      <OpenCycleCard
        cycle={cycle.data}
        loading={cycle.isPending}
        existing={cycle.data ? inProgress.find((a) => a.cycleId === cycle.data?.id) : undefined}
      />
      {applications.error ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={applications.error.message}
          action={<Button onClick={() => void applications.refetch()}>{t('applicantHome.retry')}</Button>}
        />
      ) : null}
      {decided.length > 0 ? <OutcomeCard applications={decided} /> : null}
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
