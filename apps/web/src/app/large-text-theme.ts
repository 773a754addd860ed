import type { ThemeConfig } from 'antd';

/**
 * What 大字模式 changes in the theme: larger type and controls, and text and borders in full black for
 * high contrast (the normal theme's greys are AA; these are well beyond AAA's 7:1).
 */
export function withLargeText(base: ThemeConfig): ThemeConfig {
  return {
    ...base,
    token: {
      ...base.token,
      fontSize: 18,
      fontSizeSM: 16,
      fontSizeLG: 20,
      fontSizeHeading1: 34,
      fontSizeHeading2: 28,
      fontSizeHeading3: 24,
      fontSizeHeading4: 21,
      fontSizeHeading5: 19,
      controlHeight: 40,
      controlHeightSM: 32,
      controlHeightLG: 48,
      colorText: '#000000',
      colorTextHeading: '#000000',
      colorTextSecondary: 'rgba(0, 0, 0, 0.85)',
      colorTextTertiary: 'rgba(0, 0, 0, 0.8)',
      colorTextDescription: 'rgba(0, 0, 0, 0.85)',
      colorTextPlaceholder: 'rgba(0, 0, 0, 0.7)',
      colorPrimary: '#0b3d91',
      colorLink: '#0b3d91',
      colorBorder: '#4d4d4d',
      colorBorderSecondary: '#8c8c8c',
    },
  };
}
