import { screen, waitFor, within } from '@testing-library/react';
import type { ContactDetails, Unit } from '@zhicheng/contracts';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { meFor, sessionFor } from '../../../test/fixtures';
import { demoUnit, homeHandlers } from '../../../test/home-handlers';
import { renderApp } from '../../../test/render-app';
import { api, server } from '../../../test/server';

// 单位信息 (issue #16): the admin's mobile receives the password-reset code, so it is not a plain input of
// the edit form; 修改手机号 opens a modal asking for the current password and a code to the new number.
function open() {
  let unit: Unit = { ...demoUnit, admin: { ...demoUnit.admin, phone: '0755-88886666' } };
  let contact: ContactDetails = { mobile: unit.admin.mobile, email: unit.admin.email, version: 7 };
  const saved: Record<string, unknown>[] = [];
  const codes: unknown[] = [];
  const patched: Record<string, unknown>[] = [];
  // Listed first: the first matching handler answers, and homeHandlers has its own `/unit`.
  server.use(
    http.get(api('/me'), () => HttpResponse.json(meFor('unit_admin'))),
    http.get(api('/unit'), () => HttpResponse.json(unit)),
    http.patch(api('/unit'), async ({ request }) => {
      const body = (await request.json()) as Record<string, unknown>;
      patched.push(body);
      unit = { ...unit, name: String(body.name), version: unit.version + 1 };
      return HttpResponse.json(unit);
    }),
    http.get(api('/me/contact'), () => HttpResponse.json(contact)),
    http.post(api('/me/contact/sms-code'), async ({ request }) => {
      codes.push(await request.json());
      return HttpResponse.json({ sent: true, expiresIn: 300, resendAfter: 60 }, { status: 202 });
    }),
    http.put(api('/me/contact'), async ({ request }) => {
      const body = (await request.json()) as Record<string, unknown>;
      saved.push(body);
      contact = { ...contact, mobile: String(body.mobile), version: contact.version + 1 };
      unit = { ...unit, admin: { ...unit.admin, mobile: contact.mobile } };
      return HttpResponse.json(contact);
    }),
    ...homeHandlers,
  );
  return {
    ...renderApp('/unit/profile', { session: sessionFor('unit_admin') }),
    saved,
    codes,
    patched,
  };
}

describe('单位信息: the admin’s mobile and e-mail', () => {
  it('are not inputs of the edit form, which saves the other fields only', async () => {
    const { user, patched } = open();
    await user.click(await screen.findByRole('button', { name: '修改' }));
    const form = screen.getByRole('form', { name: '单位信息' });
    expect(within(form).queryByLabelText('管理员手机')).toBeNull();
    expect(within(form).queryByLabelText('管理员电子邮箱')).toBeNull();
    await user.click(within(form).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(patched).toHaveLength(1));
    expect(Object.keys(patched[0] ?? {}).sort()).toEqual(['adminPhone', 'name', 'socialSecurityNo']);
  }, 30_000);

  it('修改手机号 asks for the current password and the code sent to the new mobile', async () => {
    const { user, saved, codes } = open();
    await user.click(await screen.findByRole('button', { name: '修改手机号' }));
    const dialog = await screen.findByRole('dialog', { name: '修改手机号' });
    const form = await within(dialog).findByRole('form', { name: '登记手机号码' });

    // Nothing is sent without the password and the code.
    await user.type(within(form).getByLabelText('新手机号码'), '13912345678');
    await user.click(within(form).getByRole('button', { name: '验证并保存手机号码' }));
    await waitFor(() =>
      expect(within(form).getByLabelText('当前密码')).toHaveAccessibleDescription(/请输入当前密码/),
    );
    expect(saved).toEqual([]);

    await user.click(within(form).getByRole('button', { name: '获取验证码' }));
    expect(await within(form).findByRole('button', { name: '60 秒后重新获取' })).toBeDisabled();
    expect(codes).toEqual([{ mobile: '13912345678' }]);
    await user.type(within(form).getByLabelText('短信验证码'), '123456');
    await user.type(within(form).getByLabelText('当前密码'), 'Demo-Pass2026');
    await user.click(within(form).getByRole('button', { name: '验证并保存手机号码' }));

    await waitFor(() => expect(screen.queryByRole('dialog', { name: '修改手机号' })).toBeNull());
    expect(saved).toEqual([{ mobile: '13912345678', smsCode: '123456', currentPassword: 'Demo-Pass2026' }]);
    // The profile shows the new mobile (read again after the save).
    expect(await screen.findByText('13912345678', {}, { timeout: 5000 })).toBeVisible();
  }, 30_000);
});
