import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { meFor, sessionFor } from '../../../test/fixtures';
import { homeHandlers } from '../../../test/home-handlers';
import { renderApp } from '../../../test/render-app';
import { api, server } from '../../../test/server';

const thisOne = {
  id: '11111111-1111-4111-8111-111111111111',
  device: 'Chrome 131 · Windows',
  ip: '10.0.0.8',
  createdAt: '2026-03-02T01:00:00.000Z',
  lastSeenAt: '2026-03-02T02:30:00.000Z',
  current: true,
};
const phone = {
  id: '22222222-2222-4222-8222-222222222222',
  device: 'Safari 17 · iOS',
  ip: '10.0.0.9',
  createdAt: '2026-03-01T01:00:00.000Z',
  lastSeenAt: '2026-03-01T03:00:00.000Z',
  current: false,
};

describe('账号安全: sessions on the password page', () => {
  it('lists the sessions and ends another one after confirmation', async () => {
    let items = [thisOne, phone];
    const ended: string[] = [];
    server.use(
      ...homeHandlers,
      http.get(api('/me'), () => HttpResponse.json(meFor('applicant'))),
      http.get(api('/me/sessions'), () => HttpResponse.json({ items })),
      http.delete(api('/me/sessions/:id'), ({ params }) => {
        ended.push(String(params.id));
        items = items.filter((s) => s.id !== params.id);
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user } = renderApp('/account/password', { session: sessionFor('applicant') });

    const table = await screen.findByRole('table');
    expect(await within(table).findByText('Safari 17 · iOS')).toBeVisible();
    expect(within(table).getByText('10.0.0.9')).toBeVisible();
    const currentRow = within(table).getByText('Chrome 131 · Windows').closest('tr') as HTMLElement;
    expect(within(currentRow).getByText('本设备')).toBeVisible();
    // This session is ended by 退出登录, not from the list.
    expect(within(currentRow).queryByRole('button', { name: /结束/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '结束会话（Safari 17 · iOS）' }));
    const confirm = await screen.findByRole('tooltip');
    expect(confirm).toHaveTextContent('结束 Safari 17 · iOS 上的会话？该设备须重新登录。');
    await user.click(within(confirm).getByRole('button', { name: '结束会话' }));

    await waitFor(() => expect(ended).toEqual([phone.id]));
    await waitFor(() => expect(screen.queryByText('Safari 17 · iOS')).not.toBeInTheDocument());
    expect(screen.getByText('Chrome 131 · Windows')).toBeVisible();
  });
});
