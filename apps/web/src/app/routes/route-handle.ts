import { createContext, useContext } from 'react';
import type { NavKey } from '../../i18n/keys';

/** Every route names its page; the name feeds the document title, the page heading and placeholders. */
export interface RouteHandle {
  titleKey: NavKey;
}

export function isRouteHandle(value: unknown): value is RouteHandle {
  return typeof value === 'object' && value !== null && 'titleKey' in value;
}

/** The page name of the current route, provided by the root route (app-routes.tsx). */
export const RouteTitleContext = createContext<NavKey | undefined>(undefined);

export function useRouteTitleKey(): NavKey | undefined {
  return useContext(RouteTitleContext);
}
