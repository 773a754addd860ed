import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { LargeTextSwitch } from './large-text-switch';
import '../i18n';
import { restoreLargeText, setLargeText } from '../lib/large-text';

afterEach(() => {
  act(() => setLargeText(false));
});

describe('大字模式', () => {
  it('switches the page to large text and says it is on, and back', async () => {
    render(<LargeTextSwitch />);
    const button = screen.getByRole('button', { name: '大字模式' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(document.documentElement).not.toHaveAttribute('data-large-text');

    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement).toHaveAttribute('data-large-text');

    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(document.documentElement).not.toHaveAttribute('data-large-text');
  });

  it('is remembered: a new page load starts in the chosen mode', () => {
    act(() => setLargeText(true));
    document.documentElement.removeAttribute('data-large-text');
    restoreLargeText();
    expect(document.documentElement).toHaveAttribute('data-large-text');
    render(<LargeTextSwitch />);
    expect(screen.getByRole('button', { name: '大字模式' })).toHaveAttribute('aria-pressed', 'true');
  });
});
