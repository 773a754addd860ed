import { act, render, screen } from '@testing-library/react';
import { type ApplicationStatus, statusLabels, statusLabelsByLocale } from '@zhicheng/contracts';
import { describe, expect, it } from 'vitest';
import { changeLanguage } from '../../i18n';
import { StatusTag } from './status-tag';

/** The backgrounds antd gives its preset tags (`<colour>-1`) and the default tag, with its text. */
const backgrounds: Record<string, string> = {
  orange: '#fff7e6',
  blue: '#e6f4ff',
  green: '#f6ffed',
  red: '#fff1f0',
  default: '#fafafa',
};
const defaultText = 'rgba(0, 0, 0, 0.88)';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** `rgb(…)` / `rgba(…)` (alpha blended over `background`) or `#rrggbb` as `#rrggbb`. */
function toHex(colour: string, background: string): string {
  const parts = colour.match(/[\d.]+/g)?.map(Number);
  if (!colour.startsWith('rgb') || !parts) return colour;
  const [r = 0, g = 0, b = 0, a = 1] = parts;
  const bg = [1, 3, 5].map((i) => Number.parseInt(background.slice(i, i + 2), 16));
  return `#${[r, g, b]
    .map((c, i) => Math.round(c * a + (bg[i] ?? 255) * (1 - a)))
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')}`;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('StatusTag', () => {
  it.each(Object.keys(statusLabels) as ApplicationStatus[])(
    'shows %s in its scheme colour with text at WCAG AA contrast (≥ 4.5:1)',
    (status) => {
      render(<StatusTag status={status} />);
      const tag = screen.getByText(statusLabels[status]);
      const preset = [...tag.classList].find((c) => /^ant-tag-(orange|blue|green|red)$/.test(c));
      const colour = preset?.replace('ant-tag-', '') ?? 'default';
      const background = backgrounds[colour] as string;
      const text = toHex(tag.style.color || (preset ? 'preset' : defaultText), background);
      expect(text, `${status} needs its own dark text colour`).toMatch(/^#[0-9a-f]{6}$/);
      expect(contrast(text, background)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('keeps ui.md colours: drafts orange, in review blue, approved green, rejected red', () => {
    render(
      <>
        <StatusTag status="draft" />
        <StatusTag status="dept_review" />
        <StatusTag status="approved" />
        <StatusTag status="rejected" />
      </>,
    );
    expect(screen.getByText(statusLabels.draft)).toHaveClass('ant-tag-orange');
    expect(screen.getByText(statusLabels.dept_review)).toHaveClass('ant-tag-blue');
    expect(screen.getByText(statusLabels.approved)).toHaveClass('ant-tag-green');
    expect(screen.getByText(statusLabels.rejected)).toHaveClass('ant-tag-red');
  });

  it('names the status in the chosen language, from the contracts', async () => {
    render(<StatusTag status="committee_review" />);
    expect(screen.getByText('评委会评审中')).toBeVisible();
    await act(() => changeLanguage('en-US'));
    expect(screen.getByText(statusLabelsByLocale['en-US'].committee_review)).toHaveAttribute(
      'data-status',
      'committee_review',
    );
  });
});
