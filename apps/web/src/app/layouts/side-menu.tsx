import type { Role } from '@zhicheng/contracts';
import { Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { roleMenus } from '../navigation/role-pages';
import { menuIcon } from './menu-icons';

/** The longest menu path that the current location starts with. */
function selectedPath(paths: readonly string[], pathname: string): string | undefined {
  return paths
    .filter((path) => pathname === path || pathname.startsWith(`${path}/`))
    .sort((a, b) => b.length - a.length)[0];
}

/** The role's menu exactly as ui.md lists it; entries are links (keyboard, new tab, back button). */
export function SideMenu({ role, onNavigate }: { role: Role; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const pages = roleMenus[role];
  const selected = selectedPath(
    pages.map((page) => page.path),
    pathname,
  );
  return (
    <nav aria-label={t('shell.mainMenu')}>
      <Menu
        mode="inline"
        theme="dark"
        selectedKeys={selected ? [selected] : []}
        onClick={onNavigate}
        items={pages.map((page) => ({
          key: page.path,
          icon: menuIcon(page.labelKey),
          label: (
            <Link to={page.path} aria-current={page.path === selected ? 'page' : undefined}>
              {t(`nav.${page.labelKey}`)}
            </Link>
          ),
        }))}
      />
    </nav>
  );
}
