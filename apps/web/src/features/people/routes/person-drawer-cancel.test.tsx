import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { meFor, sessionFor } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { api, server } from '../../../test/server';

describe('the 申报人员 drawer', { timeout: 30_000 }, () => {
  it('has a 取消 button that closes it without saving', async () => {
    const posts: unknown[] = [];
    server.use(
      http.get(api('/me'), () => HttpResponse.json(meFor('unit_admin'))),
      http.get(api('/unit/applicants'), () => HttpResponse.json({ items: [], nextCursor: null, total: 0 })),
      http.post(api('/unit/applicants'), async ({ request }) => {
        posts.push(await request.json());
        return HttpResponse.json({}, { status: 201 });
      }),
    );
    const { user } = renderApp('/unit/applicants', { session: sessionFor('unit_admin') });
    await user.click(await screen.findByRole('button', { name: '新增申报人员' }, { timeout: 15_000 }));
    const drawer = await screen.findByRole('dialog', { name: '新增申报人员' });
    await user.click(within(drawer).getByRole('button', { name: '取消' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: '新增申报人员' })).not.toBeInTheDocument(),
    );
    expect(posts).toEqual([]);
  });
});
