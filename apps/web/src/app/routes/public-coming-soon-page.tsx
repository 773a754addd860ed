import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../../components/coming-soon';
import { useRouteTitleKey } from './route-handle';

/** A public page that is not built yet (单位注册, 忘记密码). */
export function PublicComingSoonPage() {
  const { t } = useTranslation();
  const titleKey = useRouteTitleKey() ?? 'notFound';
  return (
    <main id="main-content" className="public-page">
      <ComingSoon page={t(`nav.${titleKey}`)} backTo={{ to: '/login', label: t('coming.backLogin') }} />
    </main>
  );
}

export default PublicComingSoonPage;
