import { Alert, App, Button, Result } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PagePreferences } from '../../../components/page-preferences';
import type { UnitRegistered } from '../api/register-unit';
import { RegistrationForm } from '../components/registration-form';

const tips = ['tip1', 'tip2', 'tip3', 'tip4', 'tip5'] as const;

export function RegisterPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [registered, setRegistered] = useState<UnitRegistered | null>(null);

  return (
    // antd's App gives the SMS button its toast (the signed-in shell has its own).
    <App component={false}>
      <div className="public-form-screen">
        <div className="login-language">
          <PagePreferences />
        </div>
        <main id="main-content" className="public-form-card">
          {registered ? (
            <Result
              status="success"
              title={t('registration.successTitle')}
              subTitle={t('registration.successSubtitle', {
                unit: registered.unit.name,
                username: registered.admin.username,
              })}
              extra={
                <Button type="primary" onClick={() => navigate('/login')}>
                  {t('registration.goLogin')}
                </Button>
              }
            />
          ) : (
            <>
              <h1 className="public-form-title">{t('registration.title')}</h1>
              <p>{t('registration.intro')}</p>
              <Alert
                type="info"
                showIcon
                title={t('registration.tipsTitle')}
                description={
                  <ol className="tips-list">
                    {tips.map((tip) => (
                      <li key={tip}>{t(`registration.${tip}`)}</li>
                    ))}
                  </ol>
                }
                style={{ marginBottom: 24 }}
              />
              <RegistrationForm
                onRegistered={(result) => {
                  setRegistered(result);
                  document.documentElement.scrollTop = 0;
                }}
              />
            </>
          )}
        </main>
      </div>
    </App>
  );
}

export default RegisterPage;
