import type { ThemeConfig } from 'antd';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1d5fbf',
    // Link buttons (table row actions) use colorLink, whose default (#1677ff) is below AA contrast.
    colorLink: '#1d5fbf',
    borderRadius: 6,
    // antd's default grey text (45% black) falls short of WCAG AA contrast (4.5:1) on light backgrounds.
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    // Placeholders too (antd's 25% black): every input, select and picker takes it from this token.
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif",
  },
};
