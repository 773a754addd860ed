import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { FullPageSpinner } from '../components/full-page-spinner';
import { useAuth } from '../lib/auth-store';
import { restoreSession } from '../lib/session';

/** Holds the app behind a spinner while the refresh cookie is exchanged for a session. */
export function SessionGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const auth = useAuth();
  useEffect(() => {
    void restoreSession();
  }, []);
  if (auth.status === 'restoring') return <FullPageSpinner label={t('app.restoring')} />;
  return <>{children}</>;
}
