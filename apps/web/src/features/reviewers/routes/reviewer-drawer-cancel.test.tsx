import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { meFor, sessionFor } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { api, server } from '../../../test/server';

describe('the 新增审核人员 drawer', { timeout: 30_000 }, () => {
  it('has a 取消 button that closes it without saving', async () => {
    const posts: unknown[] = [];
    server.use(
      http.get(api('/me'), () => HttpResponse.json(meFor('bureau_admin'))),
      http.get(api('/admin/reviewers'), () => HttpResponse.json({ items: [], nextCursor: null, total: 0 })),
      http.get(api('/admin/departments'), () =>
        HttpResponse.json({ items: [{ id: 'dept-1', name: '深圳市水务局', active: true }] }),
      ),
      http.get(api('/admin/committees'), () => HttpResponse.json({ items: [] })),
      http.post(api('/admin/reviewers'), async ({ request }) => {
        posts.push(await request.json());
        return HttpResponse.json({}, { status: 201 });
      }),
    );
    const { user } = renderApp('/bureau/reviewers', { session: sessionFor('bureau_admin') });
    await user.click(await screen.findByRole('button', { name: '新增审核人员' }, { timeout: 15_000 }));
    const form = await screen.findByRole('form', { name: '新增审核人员' });
    const drawer = form.closest<HTMLElement>('[role="dialog"]') as HTMLElement;
    await user.click(within(drawer).getByRole('button', { name: '取消' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: '新增审核人员' })).not.toBeInTheDocument());
    expect(posts).toEqual([]);
  });
});
