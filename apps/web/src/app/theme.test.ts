import { theme as antdTheme } from 'antd';
import { describe, expect, it } from 'vitest';
import { theme } from './theme';

/** WCAG relative luminance of `#rrggbb`, or of `rgba(0, 0, 0, a)` laid over white. */
function luminance(color: string): number {
  const rgba = /^rgba\(0, 0, 0, ([\d.]+)\)$/.exec(color);
  const channels = rgba
    ? Array(3).fill(255 * (1 - Number(rgba[1])))
    : [1, 3, 5].map((i) => Number.parseInt(color.slice(i, i + 2), 16));
  const [r, g, b] = channels.map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('theme: AA contrast (4.5:1) of the colours axe flagged', () => {
  const token = antdTheme.getDesignToken(theme);

  it('danger buttons and red links', () => {
    expect(contrast(token.colorError, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(token.colorErrorText, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('green and red tags (text colour 7 on background colour 1)', () => {
    expect(contrast(token.green7, token.green1)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(token.red7, token.red1)).toBeGreaterThanOrEqual(4.5);
  });

  it('success and warning texts', () => {
    expect(contrast(token.colorSuccessText, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(token.colorWarningText, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('placeholders (---请选择---) and the empty text of tables', () => {
    expect(contrast(token.colorTextPlaceholder, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    const tableEmpty = theme.components?.Table?.colorTextDisabled ?? token.colorTextDisabled;
    expect(contrast(tableEmpty, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });
});
