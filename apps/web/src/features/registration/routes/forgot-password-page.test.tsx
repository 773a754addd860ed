import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { enter, renderApp } from '../../../test/render-app';

describe('forgot password page', () => {
  it('words the confirmation as the new password, not the admin password', async () => {
    const { user } = renderApp('/forgot-password');
    const confirm = await screen.findByLabelText('确认新密码');
    expect(confirm).toHaveAccessibleDescription(/须与上面输入的新密码一致/);
    expect(screen.queryByText(/管理员密码/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '重置密码' }));
    expect(await screen.findByText('请再次输入新密码')).toBeVisible();
    await enter(user, screen.getByLabelText('新密码'), 'Reset2026x');
    await enter(user, confirm, 'Other2026x');
    await user.click(screen.getByRole('button', { name: '重置密码' }));
    expect(await screen.findByText('两次输入的新密码不一致')).toBeVisible();
  });

  it("labels each password's eye as a toggle button that says what it does", async () => {
    const { user } = renderApp('/forgot-password');
    const password = await screen.findByLabelText('新密码');
    const eyes = screen.getAllByRole('button', { name: '显示密码', pressed: false });
    expect(eyes).toHaveLength(2);
    await user.click(eyes[0] as HTMLElement);
    expect(password).toHaveAttribute('type', 'text');
    expect(eyes[0]).toHaveAttribute('aria-pressed', 'true');
    expect(eyes[0]).toHaveAccessibleName('显示密码');
  });
});
