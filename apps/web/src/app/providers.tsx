import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import type { Locale } from 'antd/es/locale';
import zhCN from 'antd/es/locale/zh_CN';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { restoreLanguage } from '../i18n';
import { theme } from './theme';

/** antd's texts in the chosen language: Chinese is bundled, English fetched when picked. */
function useAntdLocale(): Locale {
  const { i18n } = useTranslation();
  const [english, setEnglish] = useState<Locale | null>(null);
  const wantsEnglish = i18n.language === 'en-US';
  useEffect(() => {
    if (wantsEnglish && !english) void import('antd/locale/en_US').then((m) => setEnglish(m.default));
  }, [wantsEnglish, english]);
  return wantsEnglish && english ? english : zhCN;
}

/** Query cache and antd (zh_CN locale, theme); restores the remembered UI language. */
export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  const locale = useAntdLocale();
  useEffect(() => {
    void restoreLanguage();
  }, []);
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={locale} theme={theme} button={{ autoInsertSpace: false }}>
        {children}
      </ConfigProvider>
    </QueryClientProvider>
  );
}
