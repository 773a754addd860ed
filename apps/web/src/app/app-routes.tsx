import { Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { matchRoutes, useLocation, useRoutes } from 'react-router';
import { FullPageSpinner } from '../components/full-page-spinner';
import type { NavKey } from '../i18n/keys';
import { useDocumentTitle } from '../lib/use-document-title';
import { createRoutes } from './router';
import { isRouteHandle, RouteTitleContext } from './routes/route-handle';

const routes = createRoutes();

/** The deepest matched route's page name. */
function useTitleKey(): NavKey | undefined {
  const location = useLocation();
  return useMemo(() => {
    const matches = matchRoutes(routes, location) ?? [];
    for (let i = matches.length - 1; i >= 0; i--) {
      const handle: unknown = matches[i]?.route.handle;
      if (isRouteHandle(handle)) return handle.titleKey;
    }
    return undefined;
  }, [location]);
}

/** Renders the matched route and names the page: "<page> - 职称申报" in the title bar. */
export function AppRoutes() {
  const { t } = useTranslation();
  const titleKey = useTitleKey();
  useDocumentTitle(titleKey ? t(`nav.${titleKey}`) : undefined);
  const element = useRoutes(routes);
  return (
    <RouteTitleContext.Provider value={titleKey}>
      <Suspense fallback={<FullPageSpinner label={t('app.loading')} />}>{element}</Suspense>
    </RouteTitleContext.Provider>
  );
}
