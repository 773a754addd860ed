import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { i18n } from '../i18n';

/** dayjs follows the UI language (zh-cn by default); pages that show dates import dayjs from here. */
function syncLocale(lng: string): void {
  dayjs.locale(lng === 'en-US' ? 'en' : 'zh-cn');
}
syncLocale(i18n.language);
i18n.on('languageChanged', syncLocale);

export { dayjs };
