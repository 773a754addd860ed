import { Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../../components/coming-soon';
import { WelcomeCard } from '../../components/welcome-card';
import { useMe } from '../../features/account/api/get-me';
import { useSessionUser } from '../../lib/auth-store';
import { ReviewTodoCard } from '../../shared/applications/review-todo-card';
import { organisationOf } from '../navigation/organisation';
import { useRouteTitleKey } from './route-handle';

/**
 * A role's landing page: the greeting, then its content: for the department what waits for its review
 * (待办事项), for the others still in development.
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
        <ReviewTodoCard statuses={['dept_review']} queuePath="/dept/reviews" />
      ) : (
        <ComingSoon page={t(`nav.${titleKey}`)} />
      )}
    </Space>
  );
}

export default RoleHomePage;
