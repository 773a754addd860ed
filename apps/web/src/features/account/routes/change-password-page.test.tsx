import { screen, waitFor } from '@testing-library/react';
import { passwordRuleText } from '@zhicheng/contracts';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { meFor, sessionFor } from '../../../test/fixtures';
import { homeHandlers } from '../../../test/home-handlers';
import { enter, renderApp } from '../../../test/render-app';
import { api, problem, server } from '../../../test/server';

async function fill(
  user: ReturnType<typeof renderApp>['user'],
  current: string,
  next: string,
  confirm: string,
) {
  await screen.findByLabelText('当前密码');
  if (current) await enter(user, screen.getByLabelText('当前密码'), current);
  if (next) await enter(user, screen.getByLabelText('新密码'), next);
  if (confirm) await enter(user, screen.getByLabelText('确认新密码'), confirm);
  await user.click(screen.getByRole('button', { name: '确认修改' }));
}

function openAs(role: Parameters<typeof sessionFor>[0], mustChangePassword = false) {
  server.use(
    ...homeHandlers,
    http.get(api('/me'), () => HttpResponse.json(meFor(role, mustChangePassword))),
  );
  return renderApp('/account/password', { session: sessionFor(role, { mustChangePassword }) });
}

// The page lists the person's sessions below the form (sessions-list.test.tsx tests that part).
beforeEach(() => {
  server.use(http.get(api('/me/sessions'), () => HttpResponse.json({ items: [] })));
});

describe('change password', () => {
  it('shows the password rule beside the new password', async () => {
    openAs('applicant');
    const field = await screen.findByLabelText('新密码');
    expect(screen.getByText(`密码规则：${passwordRuleText}`)).toBeVisible();
    expect(field).toHaveAccessibleDescription(`密码规则：${passwordRuleText}`);
    expect(document.title).toBe('账号安全 - 职称申报');
  });

  it('checks the rules of the contract and the confirmation before sending', async () => {
    let calls = 0;
    server.use(
      http.post(api('/me/password'), () => {
        calls += 1;
        return HttpResponse.json(sessionFor('applicant'));
      }),
    );
    const { user } = openAs('applicant');
    await fill(user, '', 'abc', 'abd');
    expect(await screen.findByText('请输入当前密码')).toBeVisible();
    expect(screen.getByText('密码至少 8 位')).toBeVisible();
    expect(screen.getByText('两次输入的新密码不一致')).toBeVisible();

    await user.clear(screen.getByLabelText('新密码'));
    await enter(user, screen.getByLabelText('新密码'), 'alllowercase1');
    await enter(user, screen.getByLabelText('当前密码'), 'Zhicheng2026');
    await user.click(screen.getByRole('button', { name: '确认修改' }));
    expect(await screen.findByText('密码须包含至少 1 位大写字母')).toBeVisible();

    await user.clear(screen.getByLabelText('新密码'));
    await enter(user, screen.getByLabelText('新密码'), 'Zhicheng2026');
    await user.click(screen.getByRole('button', { name: '确认修改' }));
    expect(await screen.findByText('新密码不能与当前密码相同')).toBeVisible();
    expect(calls).toBe(0);
  });

  it('puts a wrong current password on its field', async () => {
    server.use(
      http.post(api('/me/password'), () =>
        problem(400, 'wrong_password', '当前密码不正确', {
          errors: [{ path: 'currentPassword', message: '当前密码不正确' }],
        }),
      ),
    );
    const { user } = openAs('unit_admin');
    await fill(user, 'Wrong2026x', 'NewSecret2026', 'NewSecret2026');
    expect(await screen.findByLabelText('当前密码')).toHaveAccessibleDescription('当前密码不正确');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows server errors that belong to no field at the top of the form', async () => {
    server.use(
      http.post(api('/me/password'), () => problem(429, 'rate_limited', '请求过于频繁，请稍后再试')),
    );
    const { user } = openAs('unit_admin');
    await fill(user, 'Zhicheng2026', 'NewSecret2026', 'NewSecret2026');
    expect(await screen.findByRole('alert')).toHaveTextContent('请求过于频繁，请稍后再试');
  });

  it('keeps a user who must change the password on this page, then lets them in', async () => {
    let body: unknown;
    server.use(
      http.post(api('/me/password'), async ({ request }) => {
        body = await request.json();
        return HttpResponse.json(sessionFor('applicant', { accessToken: 'fresh-token' }));
      }),
    );
    const { user } = openAs('applicant', true);
    expect(await screen.findByText(/请先修改初始密码/)).toBeVisible();
    expect(screen.queryByRole('navigation', { name: '主菜单' })).not.toBeInTheDocument();

    await fill(user, 'Zhicheng2026', 'NewSecret2026', 'NewSecret2026');
    expect(body).toEqual({ currentPassword: 'Zhicheng2026', newPassword: 'NewSecret2026' });
    // The 密码已修改 toast lasts 3 s, which a busy machine can outlast; arriving home is what matters.
    expect(await screen.findByRole('heading', { name: '欢迎，张三' })).toBeVisible();
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/applicant$/));
  });

  it('sends a user who must change the password back here from any other page', async () => {
    server.use(
      http.post(api('/auth/login'), () =>
        HttpResponse.json(sessionFor('unit_operator', { mustChangePassword: true })),
      ),
      http.get(api('/me'), () => HttpResponse.json(meFor('unit_operator', true))),
    );
    const { user } = renderApp('/login');
    await enter(user, await screen.findByLabelText('用户名'), 'unitoperator');
    await enter(user, screen.getByLabelText('密码'), 'Zhicheng2026');
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByLabelText('确认新密码')).toBeVisible();
    expect(screen.getByTestId('location')).toHaveTextContent('/account/password');
  });
});
