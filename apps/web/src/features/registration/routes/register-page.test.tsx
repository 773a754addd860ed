import { act, screen, waitFor, within } from '@testing-library/react';
import {
  idNumberCheckChar,
  orgCodeCheckChar,
  type registrationResponseSchema,
  type smsCodeResponseSchema,
} from '@zhicheng/contracts';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import type { z } from 'zod';
import { enter, renderApp } from '../../../test/render-app';
import { api, problem, server } from '../../../test/server';

const orgCode = `MA5F0001${orgCodeCheckChar('MA5F0001')}`;
const idNumber = `44030419850101123${idNumberCheckChar('44030419850101123')}`;

/** `POST /units` → 201: the registered unit and its admin account. */
const registered = {
  unit: { id: 'u1', orgCode, name: '深圳市测试工程有限公司' },
  admin: { id: 'a1', username: 'testunit01', name: '王注册' },
} satisfies z.infer<typeof registrationResponseSchema>;

async function fillForm(user: ReturnType<typeof renderApp>['user'], overrides: Record<string, string> = {}) {
  const values: Record<string, string> = {
    机构代码: orgCode,
    单位名称: '深圳市测试工程有限公司',
    单位社保号: '12345678',
    管理员姓名: '王注册',
    管理员身份证号: idNumber,
    管理员社保电脑号: '600123456',
    管理员电子邮箱: 'admin@example.com',
    管理员用户名: 'testunit01',
    管理员密码: 'Register2026',
    确认管理员密码: 'Register2026',
    管理员电话: '0755-88888888',
    管理员手机: '13800138000',
    验证码: '123456',
    ...overrides,
  };
  for (const [label, value] of Object.entries(values)) {
    if (value) await enter(user, screen.getByLabelText(label), value);
  }
}

describe('unit registration', () => {
  it('shows every field with its hint and the notes of the seed', async () => {
    renderApp('/register');
    expect(await screen.findByRole('heading', { level: 1, name: '单位注册' })).toBeVisible();
    expect(screen.getByLabelText('机构代码')).toHaveAccessibleDescription(
      '请填写单位组织机构代码证上9位组织机构代码，不包含“-”，或 18 位统一社会信用代码',
    );
    expect(screen.getByLabelText('管理员社保电脑号')).toHaveAccessibleDescription(
      '请输入社保卡上记载的社保电脑号(注意，非社保号)',
    );
    expect(screen.getByText('温馨提示')).toBeVisible();
    expect(screen.getByRole('button', { name: '获取验证码' })).toBeEnabled();
  });

  it("checks the contract's rules before sending (a bad ID number)", async () => {
    let calls = 0;
    server.use(
      http.post(api('/units'), () => {
        calls += 1;
        return HttpResponse.json(registered, { status: 201 });
      }),
    );
    const { user } = renderApp('/register');
    await screen.findByLabelText('机构代码');
    const badCheckDigit = idNumber.slice(0, 17) + (idNumber.endsWith('0') ? '1' : '0');
    await fillForm(user, { 管理员身份证号: badCheckDigit, 确认管理员密码: 'Different2026' });
    await user.click(screen.getByRole('button', { name: '注册' }));
    expect(await screen.findByLabelText('管理员身份证号')).toHaveAccessibleDescription(
      /身份证号校验位不正确，请核对/,
    );
    expect(screen.getByLabelText('确认管理员密码')).toHaveAccessibleDescription(/两次输入的密码不一致/);
    expect(calls).toBe(0);
  });

  it('asks for a missing e-mail address instead of calling it malformed', async () => {
    const { user } = renderApp('/register');
    await screen.findByLabelText('机构代码');
    await fillForm(user, { 管理员电子邮箱: '' });
    await user.click(screen.getByRole('button', { name: '注册' }));
    expect(await screen.findByLabelText('管理员电子邮箱')).toHaveAccessibleDescription(/请输入电子邮箱/);
    expect(screen.queryByText('邮箱格式不正确')).not.toBeInTheDocument();
  });

  it('puts a taken organisation code on its field', async () => {
    server.use(
      http.post(api('/units'), () =>
        problem(409, 'org_code_taken', '该机构代码已注册', {
          detail: '该单位已注册单位管理员，一个单位只能注册一名管理员',
          errors: [{ path: 'orgCode', message: '该机构代码已注册单位管理员' }],
        }),
      ),
    );
    const { user } = renderApp('/register');
    await screen.findByLabelText('机构代码');
    await fillForm(user);
    await user.click(screen.getByRole('button', { name: '注册' }));
    await waitFor(() =>
      expect(screen.getByLabelText('机构代码')).toHaveAccessibleDescription(/该机构代码已注册单位管理员/),
    );
  });

  it('sends the SMS code and counts down before another may be sent', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let body: unknown;
    server.use(
      http.post(api('/sms-codes'), async ({ request }) => {
        body = await request.json();
        return HttpResponse.json(
          { sent: true, expiresIn: 300, resendAfter: 60 } satisfies z.infer<typeof smsCodeResponseSchema>,
          { status: 202 },
        );
      }),
    );
    const { user } = renderApp('/register');
    await user.click(await screen.findByRole('button', { name: '获取验证码' }));
    expect(screen.getByLabelText('管理员手机')).toHaveAccessibleDescription(/请填写 11 位手机号码/);

    await enter(user, screen.getByLabelText('管理员手机'), '13800138000');
    await user.click(screen.getByRole('button', { name: '获取验证码' }));
    const button = await screen.findByRole('button', { name: /秒后重新获取/ });
    expect(button).toHaveTextContent('60 秒后重新获取');
    expect(button).toBeDisabled();
    expect(body).toEqual({ mobile: '13800138000', purpose: 'register' });
    expect(await screen.findByText('验证码已发送到 13800138000，5 分钟内有效')).toBeVisible();
    expect(screen.getByLabelText('验证码')).not.toHaveAccessibleDescription(/操作失败/);
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(button).toHaveTextContent('59 秒后重新获取');
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(button).toHaveTextContent('58 秒后重新获取');
    expect(button).toBeDisabled();
  });

  it('waits as long as the server says when codes are asked for too often', async () => {
    server.use(
      http.post(api('/sms-codes'), () =>
        problem(429, 'sms_too_frequent', '短信发送过于频繁，请稍后再试', { retryAfter: 42 }),
      ),
    );
    const { user } = renderApp('/register');
    await enter(user, await screen.findByLabelText('管理员手机'), '13800138000');
    await user.click(screen.getByRole('button', { name: '获取验证码' }));
    expect(await screen.findByRole('button', { name: '42 秒后重新获取' })).toBeDisabled();
    expect(screen.getByLabelText('验证码')).toHaveAccessibleDescription(/短信发送过于频繁/);
  });

  it('registers and says so, with the way to log in', async () => {
    let body: Record<string, unknown> | undefined;
    server.use(
      http.post(api('/units'), async ({ request }) => {
        body = (await request.json()) as Record<string, unknown>;
        return HttpResponse.json(registered, { status: 201 });
      }),
    );
    const { user } = renderApp('/register');
    await screen.findByLabelText('机构代码');
    await fillForm(user);
    await user.click(screen.getByRole('button', { name: '注册' }));
    expect(await screen.findByText('单位注册成功')).toBeVisible();
    expect(screen.getByText(/单位管理员账号为 testunit01/)).toBeVisible();
    expect(body?.admin).not.toHaveProperty('confirmPassword');
    expect(body).toMatchObject({ orgCode, smsCode: '123456', admin: { username: 'testunit01' } });
    await user.click(screen.getByRole('button', { name: '去登录' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/login'));
    expect(within(document.body).getByRole('button', { name: '登录' })).toBeVisible();
  });
});
