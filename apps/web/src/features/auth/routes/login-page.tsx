import { Alert } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { PagePreferences } from '../../../components/page-preferences';
import { useAuth } from '../../../lib/auth-store';
import { LoginForm } from '../components/login-form';

const reasons = {
  expired: 'login.expired',
  logged_out: 'login.loggedOut',
  password_reset: 'forgotPassword.success',
} as const;

function isReason(value: string | null): value is keyof typeof reasons {
  return value !== null && value in reasons;
}

export function LoginPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const [params] = useSearchParams();
  const reason = params.get('reason');
  // Why we are here (session expired, logged out) matters until the next attempt to log in.
  const [attempted, setAttempted] = useState(false);

  // Signed in (just now, or already): the root route picks the role's home.
  if (auth.status === 'authenticated') return <Navigate to="/" replace />;

  return (
    <div className="login-screen">
      <div className="login-language">
        <PagePreferences />
      </div>
      <main className="login-main">
        <div className="login-card">
          <header className="login-header">
            <h1 className="login-title">{t('app.fullName')}</h1>
            <p className="login-subtitle">{t('login.subtitle')}</p>
          </header>
          {isReason(reason) && !attempted ? (
            <Alert
              type={reason === 'expired' ? 'warning' : 'success'}
              showIcon
              title={t(reasons[reason])}
              style={{ marginBottom: 16 }}
            />
          ) : null}
          <LoginForm onAttempt={() => setAttempted(true)} />
          <nav className="login-links" aria-label={t('login.title')}>
            <Link to="/register">{t('login.register')}</Link>
            <Link to="/forgot-password">{t('login.forgotPassword')}</Link>
            <Link to="/publicity">{t('login.publicity')}</Link>
          </nav>
        </div>
      </main>
    </div>
  );
}
