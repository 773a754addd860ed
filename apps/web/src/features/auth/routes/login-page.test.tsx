import { screen, waitFor } from '@testing-library/react';
import type { CaptchaResponse } from '@zhicheng/contracts';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { meFor, sessionFor } from '../../../test/fixtures';
import { homeHandlers } from '../../../test/home-handlers';
import { enter, renderApp } from '../../../test/render-app';
import { api, problem, server } from '../../../test/server';

const captchaSvg = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text>ab12</text></svg>';

async function fillAndSubmit(
  user: ReturnType<typeof renderApp>['user'],
  username = 'applicant01',
  password = 'Wrong2026',
) {
  await enter(user, await screen.findByLabelText('用户名'), username);
  await enter(user, screen.getByLabelText('密码'), password);
  await user.click(screen.getByRole('button', { name: '登录' }));
}

describe('login page', () => {
  it('says what is missing before calling the server', async () => {
    const { user } = renderApp('/login');
    await user.click(await screen.findByRole('button', { name: '登录' }));
    expect(document.title).toBe('登录 - 职称申报');
    expect(await screen.findByText('请输入用户名')).toBeVisible();
    expect(screen.getByText('请输入密码')).toBeVisible();
    expect(screen.getByLabelText('用户名')).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows the field errors of a 400 problem on their fields', async () => {
    server.use(
      http.post(api('/auth/login'), () =>
        problem(400, 'validation_failed', '提交的数据有误', {
          errors: [
            { path: 'username', message: '用户名只能包含字母和数字' },
            { path: 'password', message: '密码过长' },
          ],
        }),
      ),
    );
    const { user } = renderApp('/login');
    await fillAndSubmit(user, 'bad name!');
    const username = screen.getByLabelText('用户名');
    expect(await screen.findByText('用户名只能包含字母和数字')).toBeVisible();
    expect(screen.getByText('密码过长')).toBeVisible();
    expect(username).toHaveAttribute('aria-invalid', 'true');
    expect(username).toHaveAccessibleDescription('用户名只能包含字母和数字');
    // Every error found its field: no form-level alert.
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the wrong-password message and no captcha on a first failure', async () => {
    server.use(
      http.post(api('/auth/login'), () =>
        problem(401, 'invalid_credentials', '用户名或密码错误', { captchaRequired: false }),
      ),
    );
    const { user } = renderApp('/login');
    await fillAndSubmit(user);
    expect(await screen.findByRole('alert')).toHaveTextContent('用户名或密码错误');
    expect(screen.queryByLabelText('图形验证码')).not.toBeInTheDocument();
  });

  it('shows the captcha once the server answers captchaRequired: true, and sends it with the next attempt', async () => {
    let captchaRequests = 0;
    const bodies: unknown[] = [];
    server.use(
      http.get(api('/auth/captcha'), () => {
        captchaRequests += 1;
        return HttpResponse.json({
          id: `captcha-${captchaRequests}`,
          svg: captchaSvg,
        } satisfies CaptchaResponse);
      }),
      http.post(api('/auth/login'), async ({ request }) => {
        bodies.push(await request.json());
        return problem(401, 'invalid_credentials', '用户名或密码错误', {
          detail: '用户名或密码错误，请输入图形验证码后重试',
          captchaRequired: true,
        });
      }),
    );
    const { user } = renderApp('/login');
    await fillAndSubmit(user);

    expect(await screen.findByRole('alert')).toHaveTextContent('用户名或密码错误，请输入图形验证码后重试');
    const captchaInput = await screen.findByLabelText('图形验证码');
    expect(await screen.findByRole('img', { name: '图形验证码图片' })).toHaveAttribute(
      'src',
      expect.stringContaining('data:image/svg+xml'),
    );
    expect(screen.getByRole('button', { name: '换一张' })).toBeEnabled();
    expect(bodies[0]).toEqual({ username: 'applicant01', password: 'Wrong2026' });

    // The answer is required now, and goes to the server with the captcha's id.
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByText('请输入图形验证码')).toBeVisible();
    await enter(user, captchaInput, 'ab12');
    await user.click(screen.getByRole('button', { name: '登录' }));
    await waitFor(() => expect(bodies).toHaveLength(2));
    expect(bodies[1]).toMatchObject({ captchaId: 'captcha-1', captchaAnswer: 'ab12' });
    // A failed attempt uses the captcha up: a fresh image is fetched.
    await waitFor(() => expect(captchaRequests).toBe(2));
  });

  it('offers a text question instead of the image and sends its answer (WCAG 3.3.8)', async () => {
    const bodies: unknown[] = [];
    server.use(
      http.get(api('/auth/captcha'), () => HttpResponse.json({ id: 'image-1', svg: captchaSvg })),
      http.get(api('/auth/captcha/text'), () =>
        HttpResponse.json({ id: '00000000-0000-4000-8000-000000000007', question: '7 加 5 等于几？' }),
      ),
      http.post(api('/auth/login'), async ({ request }) => {
        bodies.push(await request.json());
        return problem(401, 'captcha_required', '请输入图形验证码', { captchaRequired: true });
      }),
    );
    const { user } = renderApp('/login');
    await fillAndSubmit(user);
    await screen.findByRole('img', { name: '图形验证码图片' });
    await user.click(screen.getByRole('button', { name: '换一种方式（文字题）' }));

    // The question is plain text, read with the answer field; no image is left.
    const answer = await screen.findByLabelText('文字验证题');
    expect(await screen.findByText('题目：7 加 5 等于几？')).toBeVisible();
    expect(answer).toHaveAccessibleDescription('题目：7 加 5 等于几？');
    expect(screen.queryByRole('img', { name: '图形验证码图片' })).not.toBeInTheDocument();
    await enter(user, answer, '12');
    await user.click(screen.getByRole('button', { name: '登录' }));
    await waitFor(() => expect(bodies).toHaveLength(2));
    expect(bodies[1]).toMatchObject({
      captchaId: '00000000-0000-4000-8000-000000000007',
      captchaAnswer: '12',
    });
    expect(screen.getByRole('button', { name: '换回图形验证码' })).toBeVisible();
  });

  it('puts a wrong captcha answer on the captcha field and shows a new image', async () => {
    let captchaRequests = 0;
    server.use(
      http.get(api('/auth/captcha'), () => {
        captchaRequests += 1;
        return HttpResponse.json({
          id: `captcha-${captchaRequests}`,
          svg: captchaSvg,
        } satisfies CaptchaResponse);
      }),
      http.post(api('/auth/login'), () => problem(401, 'captcha_required', '请输入图形验证码')),
    );
    const { user } = renderApp('/login');
    await fillAndSubmit(user);
    const captchaInput = await screen.findByLabelText('图形验证码');
    expect(captchaInput).toHaveAccessibleDescription('请输入图形验证码');

    server.use(
      http.post(api('/auth/login'), () => problem(401, 'captcha_invalid', '图形验证码错误或已过期')),
    );
    await screen.findByRole('img', { name: '图形验证码图片' });
    await enter(user, captchaInput, 'zzzz');
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByText('图形验证码错误或已过期')).toBeVisible();
    expect(captchaInput).toHaveValue('');
    await waitFor(() => expect(captchaRequests).toBe(2));
  });

  it('shows the locked message on 423', async () => {
    server.use(
      http.post(api('/auth/login'), () =>
        problem(423, 'account_locked', '账号已被锁定', {
          // The API's detail says whom to contact, the same for every role (it names no role).
          detail:
            '连续登录失败次数过多，账号已锁定，请 15 分钟后再试；如需帮助，请联系所在单位管理员或主管部门',
          lockedUntil: '2026-11-28T07:15:00.000Z',
        }),
      ),
    );
    const { user } = renderApp('/login');
    await fillAndSubmit(user);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '连续登录失败次数过多，账号已锁定，请 15 分钟后再试；如需帮助，请联系所在单位管理员或主管部门',
    );
  });

  it('names the unlock time when a 423 has no detail', async () => {
    const lockedUntil = new Date(2026, 10, 28, 15, 5).toISOString();
    server.use(
      http.post(api('/auth/login'), () => problem(423, 'account_locked', '账号已被锁定', { lockedUntil })),
    );
    const { user } = renderApp('/login');
    await fillAndSubmit(user);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '账号已被锁定，请于 2026-11-28 15:05 后再试；如需帮助，请联系所在单位管理员或主管部门',
    );
  });

  it('warns how many attempts are left before the lock', async () => {
    server.use(
      http.post(api('/auth/login'), () =>
        problem(401, 'invalid_credentials', '用户名或密码错误', {
          detail: '用户名或密码错误',
          captchaRequired: false,
          remainingAttempts: 2,
        }),
      ),
    );
    const { user } = renderApp('/login');
    await fillAndSubmit(user);
    expect(await screen.findByRole('alert')).toHaveTextContent('用户名或密码错误，还剩 2 次尝试机会');
  });

  it('keeps the button named 登录 while it waits and leaves no spinner once the answer is in', async () => {
    let answer: () => void = () => undefined;
    server.use(
      http.post(api('/auth/login'), async () => {
        await new Promise<void>((resolve) => {
          answer = resolve;
        });
        return problem(401, 'invalid_credentials', '用户名或密码错误', { captchaRequired: false });
      }),
    );
    const { user } = renderApp('/login');
    await fillAndSubmit(user);
    const submit = screen.getByRole('button', { name: '登录' });
    await waitFor(() => expect(submit).toHaveClass('ant-btn-loading'));
    expect(submit).toHaveAccessibleName('登录');
    answer();
    expect(await screen.findByRole('alert')).toHaveTextContent('用户名或密码错误');
    expect(submit).not.toHaveClass('ant-btn-loading');
    expect(submit.querySelector('.anticon-loading')).toBeNull();
  });

  it('goes to the role home after a successful login', async () => {
    server.use(
      http.post(api('/auth/login'), () => HttpResponse.json(sessionFor('applicant'))),
      http.get(api('/me'), () => HttpResponse.json(meFor('applicant'))),
      ...homeHandlers,
    );
    const { user } = renderApp('/login');
    await fillAndSubmit(user, 'applicant01', 'Zhicheng2026');
    expect(await screen.findByRole('heading', { name: '欢迎，张三' })).toBeVisible();
    expect(screen.getByTestId('location')).toHaveTextContent('/applicant');
    expect(document.title).toBe('申报首页 - 职称申报');
  });

  it('links to unit registration and forgotten password', async () => {
    const { user } = renderApp('/login');
    await user.click(await screen.findByRole('link', { name: '单位注册' }));
    expect(await screen.findByRole('heading', { level: 1, name: '单位注册' })).toBeVisible();
    expect(document.title).toBe('单位注册 - 职称申报');
    await user.click(screen.getByRole('link', { name: '已有账号？返回登录' }));
    await user.click(await screen.findByRole('link', { name: '忘记密码' }));
    expect(await screen.findByRole('heading', { level: 1, name: '忘记密码' })).toBeVisible();
    expect(document.title).toBe('忘记密码 - 职称申报');
  });
});
