import { type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, Outlet, type RouteObject, useMatches } from 'react-router';
import { FullPageSpinner } from '../components/full-page-spinner';
import type { NavKey } from '../i18n/keys';
import { useDocumentTitle } from '../lib/use-document-title';
import { createRoutes } from './router';
import { isRouteHandle, RouteTitleContext } from './routes/route-handle';

/** The deepest matched route's page name. */
function useTitleKey(): NavKey | undefined {
  const matches = useMatches();
  for (let i = matches.length - 1; i >= 0; i--) {
    const handle: unknown = matches[i]?.handle;
    if (isRouteHandle(handle)) return handle.titleKey;
  }
  return undefined;
}

/** The root route: names the page ("<page> - 职称申报" in the title bar) and renders the matched route. */
function AppRoot({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const titleKey = useTitleKey();
  useDocumentTitle(titleKey ? t(`nav.${titleKey}`) : undefined);
  return (
    <RouteTitleContext.Provider value={titleKey}>
      <Suspense fallback={<FullPageSpinner label={t('app.loading')} />}>
        <Outlet />
      </Suspense>
      {children}
    </RouteTitleContext.Provider>
  );
}

/**
 * Every route of the SPA under one root. A data router (not `<BrowserRouter>`) because only a data
 * router can block the browser's own back/forward buttons (`useBlocker`, the section form's leave
 * prompt). `beside` renders next to every page (the tests' location probe).
 */
export function appRoutes(beside?: ReactNode): RouteObject[] {
  return [{ element: <AppRoot>{beside}</AppRoot>, children: createRoutes() }];
}

export function createAppRouter() {
  return createBrowserRouter(appRoutes());
}
