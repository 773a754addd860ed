import { Alert, App as AntApp, Grid, Layout, Typography } from 'antd';
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { FullPageSpinner } from '../../components/full-page-spinner';
import { useSessionUser } from '../../lib/auth-store';
import '../../i18n/contract-texts';
import '../../lib/dayjs';
import { useRouteTitleKey } from '../routes/route-handle';
import { SideMenu } from './side-menu';
import { UserHeader } from './user-header';

/**
 * The signed-in frame for every role: side menu (the role's own pages), header with the user, and
 * the page. Until the initial password is changed there is no menu: that page is the only one.
 */
export function AppShell() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const titleKey = useRouteTitleKey();
  const screens = Grid.useBreakpoint();
  const narrow = screens.lg === false;
  // null: follow the screen (open on wide screens, folded on narrow ones) until the user toggles.
  const [folded, setFolded] = useState<boolean | null>(null);
  const showMenu = !user.mustChangePassword;
  const siderVisible = showMenu && !(folded ?? narrow);
  const overlay = narrow && siderVisible;

  useEffect(() => {
    if (!overlay) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setFolded(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [overlay]);

  return (
    <AntApp component={false}>
      <Layout className="app-shell">
        <a className="skip-link" href="#main-content">
          {t('shell.skipToContent')}
        </a>
        {showMenu ? (
          <Layout.Sider
            id="app-side-menu"
            width={220}
            collapsedWidth={0}
            collapsed={!siderVisible}
            trigger={null}
            className="app-sider"
          >
            <div className="app-logo">{t('app.name')}</div>
            <SideMenu role={user.role} onNavigate={narrow ? () => setFolded(true) : undefined} />
          </Layout.Sider>
        ) : null}
        {overlay ? (
          <button
            type="button"
            className="app-sider-backdrop"
            aria-label={t('shell.closeMenu')}
            onClick={() => setFolded(true)}
          />
        ) : null}
        <Layout>
          <UserHeader
            user={user}
            menuOpen={siderVisible}
            onToggleMenu={showMenu ? () => setFolded(siderVisible) : undefined}
          />
          {/* antd's Layout.Content is the page's one <main>: pages inside render none of their own. */}
          <Layout.Content className="app-content" id="main-content" tabIndex={-1}>
            {titleKey ? (
              <Typography.Title level={1} className="page-title">
                {t(`nav.${titleKey}`)}
              </Typography.Title>
            ) : null}
            {user.mustChangePassword ? (
              <Alert
                type="warning"
                showIcon
                title={t('shell.mustChangePassword')}
                style={{ marginBottom: 16 }}
              />
            ) : null}
            <Suspense fallback={<FullPageSpinner label={t('app.loading')} />}>
              <Outlet />
            </Suspense>
          </Layout.Content>
        </Layout>
      </Layout>
    </AntApp>
  );
}

export default AppShell;

// The tab 预览评审表 / 打印评审表 open travels in the shell's chunk, which it needs anyway: no request of
// its own on a hard load of /review-form/:id.
export { ReviewFormPage } from '../../features/review-form/routes/review-form-page';
