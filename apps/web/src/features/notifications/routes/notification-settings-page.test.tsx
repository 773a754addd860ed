import { screen, waitFor, within } from '@testing-library/react';
import type { ContactDetails, NotificationSettings } from '@zhicheng/contracts';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { meFor, sessionFor } from '../../../test/fixtures';
import { homeHandlers } from '../../../test/home-handlers';
import { renderApp } from '../../../test/render-app';
import { api, problem, server } from '../../../test/server';

/** 消息设置 with `settings` on the server; the PUT bodies received are kept, `refuse` answers 400. */
function open(settings: NotificationSettings, refuse = false) {
  const saved: unknown[] = [];
  let current = settings;
  server.use(
    ...homeHandlers,
    http.get(api('/me'), () => HttpResponse.json(meFor('unit_admin'))),
    http.get(api('/me/notification-preferences'), () => HttpResponse.json(current)),
    http.get(api('/me/contact'), () =>
      HttpResponse.json({
        mobile: settings.mobile ? '13800138000' : null,
        email: settings.emailAddress,
        version: 1,
      } satisfies ContactDetails),
    ),
    http.put(api('/me/notification-preferences'), async ({ request }) => {
      const body = (await request.json()) as { sms: boolean; email: boolean };
      saved.push(body);
      if (refuse) {
        return problem(400, 'validation_failed', '提交的数据有误', {
          errors: [{ path: 'sms', message: '账号未登记手机号码，不能开启短信通知' }],
        });
      }
      current = { ...current, ...body };
      return HttpResponse.json(current);
    }),
  );
  return { ...renderApp('/account/notifications', { session: sessionFor('unit_admin') }), saved };
}

const withMobile: NotificationSettings = {
  sms: false,
  email: false,
  mobile: '138****8000',
  emailAddress: null,
};

describe('消息设置', () => {
  it('is in the menu next to 账号安全 and names the page', async () => {
    open(withMobile);
    const menu = await screen.findByRole('navigation', { name: '主菜单' });
    const links = within(menu).getAllByRole('link');
    expect(links.map((l) => l.textContent).slice(-2)).toEqual(['消息设置', '账号安全']);
    expect(await screen.findByRole('heading', { name: '消息设置' })).toBeVisible();
    expect(document.title).toBe('消息设置 - 职称申报');
  });

  it('turns SMS on (to the masked mobile); e-mail stays off without an address on the account', async () => {
    const { user, saved } = open(withMobile);
    const sms = await screen.findByRole('switch', { name: '短信通知' });
    expect(sms).toHaveAccessibleDescription('发送到 138****8000');
    const email = screen.getByRole('switch', { name: '邮件通知' });
    expect(email).toBeDisabled();
    expect(email).toHaveAccessibleDescription('尚未登记电子邮箱，登记后可开启邮件通知');

    await user.click(sms);
    expect(await screen.findByText('消息设置已保存')).toBeVisible();
    expect(saved).toEqual([{ sms: true, email: false }]);
    await waitFor(() => expect(screen.getByRole('switch', { name: '短信通知' })).toBeChecked());
  });

  it('shows the server’s reason when it refuses, and the switch stays off', async () => {
    const { user } = open(withMobile, true);
    await user.click(await screen.findByRole('switch', { name: '短信通知' }));
    expect(await screen.findByText('账号未登记手机号码，不能开启短信通知')).toBeVisible();
    expect(screen.getByRole('switch', { name: '短信通知' })).not.toBeChecked();
  });

  it('turns e-mail off again', async () => {
    const { user, saved } = open({ sms: false, email: true, mobile: null, emailAddress: 'wang@example.cn' });
    const email = await screen.findByRole('switch', { name: '邮件通知' });
    expect(email).toBeChecked();
    expect(email).toHaveAccessibleDescription('发送到 wang@example.cn');
    await user.click(email);
    await waitFor(() => expect(saved).toEqual([{ sms: false, email: false }]));
    await waitFor(() => expect(screen.getByRole('switch', { name: '邮件通知' })).not.toBeChecked());
  });
});
