import { Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../../components/coming-soon';
import { WelcomeCard } from '../../components/welcome-card';
import { StatsDashboard } from '../../features/stats/components/stats-dashboard';
import { useSessionUser } from '../../lib/auth-store';
import { useMe } from '../../shared/account/get-me';
import { ReviewTodoCard } from '../../shared/applications/review-todo-card';
import { organisationOf } from '../navigation/organisation';
import { ResultWindowsCard } from './result-windows-card';
import { useRouteTitleKey } from './route-handle';

/**
 * A role's landing page: the greeting, then its content: for the department and the committee what
 * waits for them (待办事项), for the bureau its 概览 (the stats dashboard), for the others still in
 * development.
 */
export function RoleHomePage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const me = useMe(user.id);
  const titleKey = useRouteTitleKey() ?? 'notFound';
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <WelcomeCard
        name={user.name}
        roleLabel={t(`roles.${user.role}`)}
        organisation={organisationOf(me.data)}
      />
      {user.role === 'dept_reviewer' ? (
        <>
          <ReviewTodoCard
            statuses={['dept_review', 'publicity']}
            queuePath="/dept/reviews"
            pages={{ publicity: '/dept/publicity' }}
          />
          <ResultWindowsCard />
        </>
      ) : user.role === 'committee_secretary' ? (
        <ReviewTodoCard
          statuses={['committee_review']}
          queuePath="/committee/results"
          pages={{ committee_review: '/committee/results' }}
        />
      ) : user.role === 'bureau_admin' ? (
        <StatsDashboard />
      ) : (
        <ComingSoon page={t(`nav.${titleKey}`)} />
      )}
    </Space>
  );
}

export default RoleHomePage;
