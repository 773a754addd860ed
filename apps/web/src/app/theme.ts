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
    // Danger buttons, 删除 links and error texts: antd's #ff4d4f gives 3.3:1 on white (and under white text).
    colorError: '#cf1322',
    // Green tags (启用, 开放中) take their text from green-7 (#389e0d, 3.4:1 on the tag's green-1).
    green7: '#237804',
    // Success and warning texts (公示期共 n 个工作日, 尚未保存): antd's #52c41a and #faad14 are 2.3:1 and
    // 1.9:1 on white.
    colorSuccessText: '#237804',
    colorWarningText: '#ad4e00',
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif",
  },
  components: {
    // A table's empty text uses the disabled grey (25% black, 1.8:1): the secondary text's grey instead.
    Table: { colorTextDisabled: 'rgba(0, 0, 0, 0.6)' },
  },
};
