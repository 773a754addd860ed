import { act, screen, waitFor, within } from '@testing-library/react';
import type { Notification, NotificationList } from '@zhicheng/contracts';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { meFor, sessionFor } from '../../../test/fixtures';
import { homeHandlers } from '../../../test/home-handlers';
import { renderApp } from '../../../test/render-app';
import { api, problem, server } from '../../../test/server';

const returned: Notification = {
  id: 'n-1',
  kind: 'application_returned',
  title: '申报被退回修改',
  body: '您申报的“高级工程师”被单位退回修改。意见：学历证书不清晰。请在2026年12月20日前修改后重新提交。',
  applicationId: 'a-1',
  createdAt: '2026-12-01T02:00:00.000Z',
  readAt: null,
};
const reminder: Notification = {
  id: 'n-2',
  kind: 'deadline_reminder',
  title: '申报即将截止',
  body: '“2026年度专业技术资格评审”将于2026年12月31日截止申报（还有3天）。',
  applicationId: null,
  createdAt: '2026-11-30T02:00:00.000Z',
  readAt: '2026-11-30T03:00:00.000Z',
};

/** The applicant signed in with `unread` unread and the two notifications above; records what is posted. */
function signIn(unread = 1) {
  const state = { unread, countRequests: 0, posted: [] as string[] };
  server.use(
    ...homeHandlers,
    http.get(api('/me'), () => HttpResponse.json(meFor('applicant'))),
    http.get(api('/notifications/unread-count'), () => {
      state.countRequests += 1;
      return HttpResponse.json({ unread: state.unread });
    }),
    http.get(api('/notifications'), () =>
      HttpResponse.json({
        items: [state.unread > 0 ? returned : { ...returned, readAt: '2026-12-02T00:00:00.000Z' }, reminder],
        nextCursor: null,
        total: 2,
        unread: state.unread,
      } satisfies NotificationList),
    ),
    http.post(api('/notifications/:id/read'), ({ params }) => {
      state.posted.push(`read ${params.id}`);
      state.unread = 0;
      return HttpResponse.json({ ...returned, readAt: '2026-12-02T00:00:00.000Z' });
    }),
    http.post(api('/notifications/read-all'), () => {
      state.posted.push('read-all');
      state.unread = 0;
      return HttpResponse.json({ unread: 0 });
    }),
    http.get(api('/applications/a-1/sections'), () => HttpResponse.json({ items: [] })),
  );
  return { ...renderApp('/applicant', { session: sessionFor('applicant') }), state };
}

describe('the header’s bell', () => {
  it('shows the unread count and opens the messages, newest first, the unread one marked', async () => {
    const { user } = signIn(1);
    const bell = await screen.findByRole('button', { name: '消息通知，1 条未读' });
    await user.click(bell);
    const dialog = await screen.findByRole('dialog', { name: '消息通知' });
    const items = await within(dialog).findAllByRole('listitem');
    expect(items.map((li) => within(li).getAllByText(/./)[0]?.textContent)).toEqual([
      '申报被退回修改',
      '申报即将截止',
    ]);
    expect(within(items[0] as HTMLElement).getByText('未读')).toBeVisible();
    expect(within(items[0] as HTMLElement).getByText(/学历证书不清晰/)).toBeVisible();
    expect(within(items[1] as HTMLElement).queryByText('未读')).toBeNull();
    // Only a message about an application links to it.
    expect(within(items[1] as HTMLElement).queryByRole('link')).toBeNull();
  });

  it('marks one read: the count drops and the 标为已读 button goes', async () => {
    const { user, state } = signIn(1);
    await user.click(await screen.findByRole('button', { name: '消息通知，1 条未读' }));
    const dialog = await screen.findByRole('dialog', { name: '消息通知' });
    await user.click(await within(dialog).findByRole('button', { name: '标为已读' }));
    expect(await screen.findByRole('button', { name: '消息通知' })).toBeVisible();
    await waitFor(() => expect(within(dialog).queryByRole('button', { name: '标为已读' })).toBeNull());
    expect(state.posted).toEqual(['read n-1']);
  });

  it('全部已读 marks everything read; it is disabled when nothing is unread', async () => {
    const { user, state } = signIn(1);
    await user.click(await screen.findByRole('button', { name: '消息通知，1 条未读' }));
    const dialog = await screen.findByRole('dialog', { name: '消息通知' });
    await user.click(within(dialog).getByRole('button', { name: '全部已读' }));
    await waitFor(() => expect(within(dialog).getByRole('button', { name: '全部已读' })).toBeDisabled());
    expect(state.posted).toEqual(['read-all']);
    expect(screen.getByRole('button', { name: '消息通知' })).toBeVisible();
  });

  it('查看申报 takes the applicant to the returned application’s sections and marks the message read', async () => {
    const { user, state } = signIn(1);
    // The sections page it opens starts loading at once; this test stops at the address, so it answers
    // those requests with 404 (unanswered, they failed the test whenever they went out before its end).
    server.use(
      http.get(api('/applications/:id'), () => problem(404, 'not_found', '没有找到')),
      http.get(api('/catalog'), () => problem(404, 'not_found', '没有找到')),
    );
    await user.click(await screen.findByRole('button', { name: '消息通知，1 条未读' }));
    const dialog = await screen.findByRole('dialog', { name: '消息通知' });
    await user.click(await within(dialog).findByRole('link', { name: '查看申报' }));
    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent('/applicant/applications/a-1/sections'),
    );
    await waitFor(() => expect(state.posted).toEqual(['read n-1']));
  });

  it('asks for the count again when the window regains focus', async () => {
    const { state } = signIn(2);
    await screen.findByRole('button', { name: '消息通知，2 条未读' });
    const before = state.countRequests;
    state.unread = 3;
    act(() => {
      window.dispatchEvent(new Event('visibilitychange'));
    });
    expect(await screen.findByRole('button', { name: '消息通知，3 条未读' })).toBeVisible();
    expect(state.countRequests).toBeGreaterThan(before);
  });

  it('asks again every minute', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setInterval', 'clearInterval'] });
    const { state } = signIn(1);
    await screen.findByRole('button', { name: '消息通知，1 条未读' });
    state.unread = 4;
    await act(async () => {
      vi.advanceTimersByTime(59_000);
    });
    expect(screen.getByRole('button', { name: '消息通知，1 条未读' })).toBeVisible();
    await act(async () => {
      vi.advanceTimersByTime(1_000);
    });
    expect(await screen.findByRole('button', { name: '消息通知，4 条未读' })).toBeVisible();
  });

  it('is not there while the initial password must be changed', async () => {
    server.use(http.get(api('/me'), () => HttpResponse.json(meFor('applicant', true))));
    renderApp('/account/password', { session: sessionFor('applicant', { mustChangePassword: true }) });
    expect(await screen.findByLabelText('当前密码')).toBeVisible();
    expect(screen.queryByRole('button', { name: /^消息通知/ })).toBeNull();
  });
});
