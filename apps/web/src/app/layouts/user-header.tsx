import { LogoutOutlined, MenuFoldOutlined, MenuUnfoldOutlined, UserOutlined } from '@ant-design/icons';
import type { SessionUser } from '@zhicheng/contracts';
import { Button, Layout, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PagePreferences } from '../../components/page-preferences';
import { useLogout } from '../../features/auth/api/logout';
import { NotificationBell } from '../../features/notifications/components/notification-bell';
import { useMe } from '../../shared/account/get-me';
import { organisationOf } from '../navigation/organisation';

interface UserHeaderProps {
  user: SessionUser;
  menuOpen: boolean;
  onToggleMenu?: (() => void) | undefined;
}

/** Top bar: menu toggle, the user's name, role and organisation, the bell, language, 退出登录. */
export function UserHeader({ user, menuOpen, onToggleMenu }: UserHeaderProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe(user.id);
  const logout = useLogout();
  const organisation = organisationOf(me.data);

  return (
    <Layout.Header className="app-header">
      <Space size="middle" align="center">
        {onToggleMenu ? (
          <Button
            type="text"
            icon={menuOpen ? <MenuFoldOutlined aria-hidden /> : <MenuUnfoldOutlined aria-hidden />}
            onClick={onToggleMenu}
            aria-label={t('shell.mainMenu')}
            aria-expanded={menuOpen}
            aria-controls="app-side-menu"
          />
        ) : null}
        <span className="app-header-name">{t('app.fullName')}</span>
      </Space>
      <div className="app-header-user">
        <section aria-label={t('shell.userInfo')} className="app-header-identity">
          <UserOutlined aria-hidden />
          <Typography.Text strong data-testid="current-user-name">
            {user.name}
          </Typography.Text>
          <Tag color="blue">{t(`roles.${user.role}`)}</Tag>
          {organisation ? (
            <Typography.Text type="secondary" className="app-header-org">
              {organisation.name}
            </Typography.Text>
          ) : null}
        </section>
        {/* Until the initial password is changed nothing else answers, the bell included. */}
        {user.mustChangePassword ? null : <NotificationBell user={user} />}
        <PagePreferences />
        <Button
          icon={<LogoutOutlined aria-hidden />}
          aria-label={t('shell.logout')}
          loading={logout.isPending}
          onClick={() =>
            logout.mutate(undefined, {
              onSettled: () => navigate('/login?reason=logged_out', { replace: true }),
            })
          }
        >
          <span className="hide-on-phone">{t('shell.logout')}</span>
        </Button>
      </div>
    </Layout.Header>
  );
}
