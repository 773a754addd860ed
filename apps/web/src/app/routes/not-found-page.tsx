import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <main id="main-content" className="public-page">
      <Result
        status="404"
        title={t('nav.notFound')}
        subTitle={t('notFound.subtitle')}
        extra={
          <Button type="primary" onClick={() => navigate('/')}>
            {t('coming.backHome')}
          </Button>
        }
      />
    </main>
  );
}

export default NotFoundPage;
