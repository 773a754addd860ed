import type { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { AppProviders } from './providers';
import { SessionGate } from './session-gate';

/** Providers and session restore around the router (`createBrowserRouter`, or `createMemoryRouter` in tests). */
export function App({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <AppProviders queryClient={queryClient}>
      <SessionGate>{children}</SessionGate>
    </AppProviders>
  );
}
