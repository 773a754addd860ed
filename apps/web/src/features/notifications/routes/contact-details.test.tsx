import { screen, waitFor, within } from '@testing-library/react';
import type { ContactDetails, NotificationSettings, smsCodeResponseSchema } from '@zhicheng/contracts';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { meFor, sessionFor } from '../../../test/fixtures';
import { homeHandlers } from '../../../test/home-handlers';
import { renderApp } from '../../../test/render-app';
import { api, problem, server } from '../../../test/server';

interface Received {
  body: Record<string, unknown>;
  ifMatch: string | null;
}

/**
 * 消息设置 for an applicant with `contact` on the server, which keeps the channel settings in step (as the
 * API does: a removed e-mail turns e-mail off). `refuse` answers a PUT instead of saving it.
 */
function open(contact: ContactDetails, refuse?: (body: Record<string, unknown>) => Response) {
  const saved: Received[] = [];
  const codes: unknown[] = [];
  let current = contact;
  let settings: NotificationSettings = {
    sms: false,
    email: Boolean(contact.email),
    mobile: contact.mobile ? `${contact.mobile.slice(0, 3)}****${contact.mobile.slice(-4)}` : null,
    emailAddress: contact.email,
  };
  server.use(
    ...homeHandlers,
    http.get(api('/me'), () => HttpResponse.json(meFor('applicant'))),
    http.get(api('/me/notification-preferences'), () => HttpResponse.json(settings)),
    http.get(api('/me/contact'), () => HttpResponse.json(current)),
    http.post(api('/me/contact/sms-code'), async ({ request }) => {
      codes.push(await request.json());
      return HttpResponse.json(
        { sent: true, expiresIn: 300, resendAfter: 60 } satisfies z.infer<typeof smsCodeResponseSchema>,
        { status: 202 },
      );
    }),
    http.put(api('/me/contact'), async ({ request }) => {
      const body = (await request.json()) as Record<string, unknown>;
      saved.push({ body, ifMatch: request.headers.get('If-Match') });
      if (refuse) return refuse(body);
      current = { ...current, ...body, version: current.version + 1 } as ContactDetails;
      delete (current as { smsCode?: unknown }).smsCode;
      settings = {
        ...settings,
        email: current.email ? settings.email : false,
        emailAddress: current.email,
        mobile: current.mobile ? `${current.mobile.slice(0, 3)}****${current.mobile.slice(-4)}` : null,
      };
      return HttpResponse.json(current satisfies ContactDetails);
    }),
  );
  return {
    ...renderApp('/account/notifications', { session: sessionFor('applicant') }),
    saved,
    codes,
  };
}

// A change of either contact needs the current password (issue #16).
const PASSWORD = 'Demo-Pass2026';
const none: ContactDetails = { mobile: null, email: null, version: 3 };
const formOf = (name: string) => screen.getByRole('form', { name });

describe('消息设置: 联系方式', () => {
  it('lets an applicant without contacts enter an e-mail; then e-mail notifications can be switched on', async () => {
    const { user, saved } = open(none);
    expect(await screen.findByText('尚未登记手机号码')).toBeVisible();
    const email = await screen.findByRole('switch', { name: '邮件通知' });
    expect(email).toBeDisabled();

    await user.type(screen.getByLabelText('电子邮箱'), '  zhang.san@example.cn ');
    await user.type(within(formOf('登记电子邮箱')).getByLabelText('当前密码'), PASSWORD);
    await user.click(within(formOf('登记电子邮箱')).getByRole('button', { name: '保存邮箱' }));
    expect(await screen.findByText('电子邮箱已保存')).toBeVisible();
    expect(saved).toEqual([
      { body: { email: 'zhang.san@example.cn', currentPassword: PASSWORD }, ifMatch: '"3"' },
    ]);
    await waitFor(() => expect(screen.getByRole('switch', { name: '邮件通知' })).toBeEnabled());
    expect(screen.getByRole('switch', { name: '邮件通知' })).toHaveAccessibleDescription(
      '发送到 zhang.san@example.cn',
    );
    // The first test also loads the page's code: slow on a busy machine.
  }, 30_000);

  it('checks the e-mail before sending it, with the contracts’ message', async () => {
    const { user, saved } = open(none);
    await user.type(await screen.findByLabelText('电子邮箱'), '不是邮箱');
    await user.click(screen.getByRole('button', { name: '保存邮箱' }));
    await waitFor(() =>
      expect(screen.getByLabelText('电子邮箱')).toHaveAccessibleDescription(/邮箱格式不正确/),
    );
    expect(saved).toEqual([]);
  });

  it('removes the e-mail when saved empty, and e-mail notifications go off with it', async () => {
    const { user, saved } = open({ mobile: null, email: 'wang@example.cn', version: 5 });
    expect(await screen.findByRole('switch', { name: '邮件通知' })).toBeChecked();
    await user.clear(screen.getByLabelText('电子邮箱'));
    await user.type(within(formOf('登记电子邮箱')).getByLabelText('当前密码'), PASSWORD);
    await user.click(screen.getByRole('button', { name: '保存邮箱' }));
    expect(await screen.findByText('电子邮箱已删除，邮件通知已关闭')).toBeVisible();
    expect(saved).toEqual([{ body: { email: null, currentPassword: PASSWORD }, ifMatch: '"5"' }]);
    await waitFor(() => expect(screen.getByRole('switch', { name: '邮件通知' })).not.toBeChecked());
    expect(screen.getByRole('switch', { name: '邮件通知' })).toBeDisabled();
  });

  it('registers a mobile with the SMS code sent to it by /me/contact/sms-code', async () => {
    const { user, saved, codes } = open(none);
    const form = await screen.findByRole('form', { name: '登记手机号码' });
    await user.type(within(form).getByLabelText('手机号码'), '13912345678');
    await user.click(within(form).getByRole('button', { name: '获取验证码' }));
    expect(await screen.findByText('验证码已发送到 13912345678，5 分钟内有效')).toBeVisible();
    expect(codes).toEqual([{ mobile: '13912345678' }]);
    expect(await within(form).findByRole('button', { name: '60 秒后重新获取' })).toBeDisabled();

    await user.type(within(form).getByLabelText('短信验证码'), '123456');
    await user.type(within(form).getByLabelText('当前密码'), PASSWORD);
    await user.click(within(form).getByRole('button', { name: '验证并保存手机号码' }));
    expect(await screen.findByText('手机号码已保存')).toBeVisible();
    expect(saved).toEqual([
      { body: { mobile: '13912345678', smsCode: '123456', currentPassword: PASSWORD }, ifMatch: '"3"' },
    ]);
    expect(await screen.findByText('当前手机号码：13912345678')).toBeVisible();
    // Now a new number is asked for, and SMS notifications can be switched on.
    expect(within(form).getByLabelText('新手机号码')).toHaveValue('');
    await waitFor(() => expect(screen.getByRole('switch', { name: '短信通知' })).toBeEnabled());
  });

  it('asks for the code before sending anything, and puts the server’s refusal on the code field', async () => {
    const { user, saved } = open({ mobile: '13800138000', email: null, version: 2 }, () =>
      problem(400, 'sms_code_invalid', '短信验证码错误或已过期，请重新获取', {
        errors: [{ path: 'smsCode', message: '短信验证码错误或已过期' }],
      }),
    );
    expect(await screen.findByText('当前手机号码：13800138000')).toBeVisible();
    const form = screen.getByRole('form', { name: '登记手机号码' });
    await user.type(within(form).getByLabelText('新手机号码'), '13912345678');
    await user.click(within(form).getByRole('button', { name: '验证并保存手机号码' }));
    await waitFor(() =>
      expect(within(form).getByLabelText('短信验证码')).toHaveAccessibleDescription(/请填写 6 位短信验证码/),
    );
    expect(saved).toEqual([]);

    await user.type(within(form).getByLabelText('短信验证码'), '000000');
    await user.type(within(form).getByLabelText('当前密码'), PASSWORD);
    await user.click(within(form).getByRole('button', { name: '验证并保存手机号码' }));
    await waitFor(() =>
      expect(within(form).getByLabelText('短信验证码')).toHaveAccessibleDescription(/短信验证码错误或已过期/),
    );
    expect(saved).toHaveLength(1);
    expect(screen.getByText('当前手机号码：13800138000')).toBeVisible();
  });

  it('puts a wrong current password on the 当前密码 field', async () => {
    const { user, saved } = open({ mobile: '13800138000', email: 'wang@example.cn', version: 4 }, () =>
      problem(400, 'wrong_password', '当前密码不正确', {
        errors: [{ path: 'currentPassword', message: '当前密码不正确' }],
      }),
    );
    const form = await screen.findByRole('form', { name: '登记电子邮箱' });
    await user.clear(within(form).getByLabelText('电子邮箱'));
    await user.type(within(form).getByLabelText('电子邮箱'), 'li@example.cn');
    await user.click(within(form).getByRole('button', { name: '保存邮箱' }));
    await waitFor(() =>
      expect(within(form).getByLabelText('当前密码')).toHaveAccessibleDescription(/请输入当前密码/),
    );
    expect(saved).toEqual([]);
    await user.type(within(form).getByLabelText('当前密码'), 'Wrong-Pass1');
    await user.click(within(form).getByRole('button', { name: '保存邮箱' }));
    await waitFor(() =>
      expect(within(form).getByLabelText('当前密码')).toHaveAccessibleDescription(/当前密码不正确/),
    );
    expect(screen.queryByText('电子邮箱已保存')).toBeNull();
  });
});
