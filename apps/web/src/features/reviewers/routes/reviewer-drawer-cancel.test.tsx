import { screen, waitFor, within } from '@testing-library/react';
import type {
  committeeListSchema,
  departmentListSchema,
  reviewerListSchema,
  reviewerSummarySchema,
} from '@zhicheng/contracts';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { meFor, sessionFor } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { api, server } from '../../../test/server';

describe('the 新增审核人员 drawer', { timeout: 30_000 }, () => {
  it('has a 取消 button that closes it without saving', async () => {
    const posts: unknown[] = [];
    server.use(
      http.get(api('/me'), () => HttpResponse.json(meFor('bureau_admin'))),
      http.get(api('/admin/reviewers'), () =>
        HttpResponse.json({ items: [], nextCursor: null, total: 0 } satisfies z.infer<
          typeof reviewerListSchema
        >),
      ),
      http.get(api('/admin/departments'), () =>
        HttpResponse.json({
          items: [{ id: 'dept-1', name: '深圳市水务局', active: true }],
        } satisfies z.infer<typeof departmentListSchema>),
      ),
      http.get(api('/admin/committees'), () =>
        HttpResponse.json({ items: [] } satisfies z.infer<typeof committeeListSchema>),
      ),
      http.post(api('/admin/reviewers'), async ({ request }) => {
        posts.push(await request.json());
        // Not reached: 取消 sends nothing. Shaped as the API's answer all the same.
        return HttpResponse.json(
          {
            id: 'r-new',
            username: 'newreviewer',
            name: '新审核',
            idNumberMasked: '',
            mobile: null,
            status: 'active',
            mustChangePassword: true,
            createdAt: '2026-03-01T02:00:00.000Z',
            role: 'dept_reviewer',
            version: 1,
            department: { id: 'dept-1', name: '深圳市水务局' },
            committee: null,
          } satisfies z.infer<typeof reviewerSummarySchema>,
          { status: 201 },
        );
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
