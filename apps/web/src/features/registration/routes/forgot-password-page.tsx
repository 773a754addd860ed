import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PagePreferences } from '../../../components/page-preferences';
import { ForgotPasswordForm } from '../components/forgot-password-form';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    // antd's App gives the SMS button its toast (the signed-in shell has its own).
    <App component={false}>
      <div className="public-form-screen">
        <div className="login-language">
          <PagePreferences />
        </div>
        <main id="main-content" className="public-form-card public-form-card-narrow">
          <h1 className="public-form-title">{t('forgotPassword.title')}</h1>
          <p>{t('forgotPassword.intro')}</p>
          <ForgotPasswordForm onReset={() => navigate('/login?reason=password_reset')} />
          <p style={{ marginTop: 16 }}>
            <Link to="/login">{t('forgotPassword.backToLogin')}</Link>
          </p>
        </main>
      </div>
    </App>
  );
}

export default ForgotPasswordPage;
