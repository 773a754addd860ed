import LoadingOutlined from '@ant-design/icons/LoadingOutlined';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import type { Locale } from 'antd/es/locale';
import zhCN from 'antd/es/locale/zh_CN';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { restoreLanguage } from '../i18n';
import { useLargeText } from '../lib/large-text';
import { withLargeText } from './large-text-theme';
import { theme } from './theme';

/** antd's texts in the chosen language: Chinese is bundled, English fetched when picked. */
function useAntdLocale(): Locale {
  const { i18n } = useTranslation();
  const [english, setEnglish] = useState<Locale | null>(null);
  const wantsEnglish = i18n.language === 'en-US';
  useEffect(() => {
    if (!wantsEnglish || english) return;
    // A late answer after unmount is dropped (in tests it came after jsdom was gone: window undefined).
    let current = true;
    void import('antd/locale/en_US').then((m) => {
      if (current) setEnglish(m.default);
    });
    return () => {
      current = false;
    };
  }, [wantsEnglish, english]);
  return wantsEnglish && english ? english : zhCN;
}

/**
 * The password fields' eye: antd makes it a toggle button (aria-pressed) named 显示 / 隐藏. One name that
 * says what it shows, whatever the state, and the pressed state tells whether it is shown.
 */
function useAntdTexts(): Locale {
  const { t } = useTranslation();
  const locale = useAntdLocale();
  return useMemo(() => {
    const showPassword = t('login.showPassword');
    return { ...locale, global: { ...locale.global, show: showPassword, hide: showPassword } };
  }, [locale, t]);
}

/**
 * Every button's spinner: a plain icon instead of antd's animated one. That one's leave animation can
 * hang when a request answers within a frame or two (the collapse never fires transitionend), leaving
 * the spinner on an idle button (same family as ant-design#27457). It is hidden from screen readers:
 * its English label "loading" made the button's name "loading 登录".
 */
const buttonConfig = { autoInsertSpace: false, loadingIcon: <LoadingOutlined aria-hidden /> };

/** Query cache and antd (zh_CN locale, theme, 大字模式); restores the remembered UI language. */
export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  const locale = useAntdTexts();
  const largeText = useLargeText();
  const activeTheme = useMemo(() => (largeText ? withLargeText(theme) : theme), [largeText]);
  useEffect(() => {
    void restoreLanguage();
  }, []);
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={locale} theme={activeTheme} button={buttonConfig}>
        {children}
      </ConfigProvider>
    </QueryClientProvider>
  );
}
