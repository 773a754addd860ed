import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage } from '../i18n';

/** Switches between 中文 and English; the choice is remembered in this browser. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const other = currentLanguage() === 'zh-CN' ? 'en-US' : 'zh-CN';
  return (
    <Button
      type="text"
      size="small"
      icon={<GlobalOutlined aria-hidden />}
      lang={other}
      aria-label={`${t('language.label')}: ${t(`language.${other}`)}`}
      onClick={() => void changeLanguage(other)}
    >
      <span className="hide-on-phone">{t(`language.${other}`)}</span>
    </Button>
  );
}
