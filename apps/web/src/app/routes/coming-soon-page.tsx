import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../../components/coming-soon';
import { useRouteTitleKey } from './route-handle';

/** A signed-in page that is not built yet (inside the role's shell). */
export function ComingSoonPage() {
  const { t } = useTranslation();
  const titleKey = useRouteTitleKey() ?? 'notFound';
  return <ComingSoon page={t(`nav.${titleKey}`)} backTo={{ to: '/', label: t('coming.backHome') }} />;
}

export default ComingSoonPage;
