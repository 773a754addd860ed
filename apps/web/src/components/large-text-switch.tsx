import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { setLargeText, useLargeText } from '../lib/large-text';

/**
 * Turns 大字模式 on and off; a toggle button, so screen readers hear whether it is on. Text only, even
 * on a phone: the login bundle has no room for another icon, and the word is what older users look for.
 */
export function LargeTextSwitch() {
  const { t } = useTranslation();
  const on = useLargeText();
  return (
    <Button
      type="text"
      size="small"
      aria-pressed={on}
      aria-label={t('display.largeText')}
      onClick={() => setLargeText(!on)}
    >
      {t('display.largeText')}
    </Button>
  );
}
