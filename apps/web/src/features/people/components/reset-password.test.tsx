import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { meFor, sessionFor } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { api, server } from '../../../test/server';

describe('reset password', () => {
  it('shows the temporary password once, with a copy button and the first-login note', async () => {
    server.use(
      http.get(api('/me'), () => HttpResponse.json(meFor('unit_admin'))),
      http.get(api('/unit/operators'), () =>
        HttpResponse.json({
          items: [
            {
              id: 'o1',
              username: 'zhaojb01',
              name: '赵经办',
              idNumberMasked: '4403**********2211',
              mobile: '13900139000',
              status: 'active',
              mustChangePassword: false,
              createdAt: '2026-03-01T02:00:00.000Z',
              deletable: true,
            },
          ],
          nextCursor: null,
          total: 1,
        }),
      ),
      http.post(api('/unit/operators/o1/reset-password'), () =>
        HttpResponse.json({ temporaryPassword: 'Tmp-9xQa7Lm2' }),
      ),
    );
    const { user } = renderApp('/unit/operators', { session: sessionFor('unit_admin') });
    const row = (await screen.findByText('赵经办')).closest('tr') as HTMLElement;
    expect(within(row).getByText('13900139000')).toBeVisible();
    await user.click(within(row).getByRole('button', { name: '重置密码' }));
    const confirm = await screen.findByRole('dialog');
    expect(confirm).toHaveTextContent('重置 赵经办 的密码？');
    await user.click(within(confirm).getByRole('button', { name: '重置密码' }));

    const shown = await screen.findByTestId('temporary-password');
    expect(shown).toHaveTextContent('Tmp-9xQa7Lm2');
    expect(screen.getByText('对方使用此密码登录后，须立即修改密码。')).toBeVisible();
    await user.click(screen.getByRole('button', { name: '复制' }));
    expect(await screen.findByText('已复制临时密码')).toBeVisible();
    // user-event stands in for the clipboard.
    expect(await navigator.clipboard.readText()).toBe('Tmp-9xQa7Lm2');

    await user.click(screen.getByRole('button', { name: '我已记下' }));
    await waitFor(() => expect(screen.queryByTestId('temporary-password')).not.toBeInTheDocument());
  });
});
