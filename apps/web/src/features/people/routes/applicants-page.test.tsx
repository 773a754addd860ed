import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { meFor, sessionFor } from '../../../test/fixtures';
import { enter, renderApp } from '../../../test/render-app';
import { api, problem, server } from '../../../test/server';

function applicant(overrides: Record<string, unknown> = {}) {
  return {
    id: 'p1',
    username: 'zhangsan008',
    name: '张三',
    idNumberMasked: '3601**********0088',
    mobile: null,
    status: 'active',
    mustChangePassword: false,
    createdAt: '2026-03-01T02:00:00.000Z',
    unitName: '深圳市示范水务工程设计院',
    deletable: true,
    ...overrides,
  };
}

const submitted = applicant({
  id: 'p2',
  username: 'lisi2026',
  name: '李四',
  idNumberMasked: '4403**********1234',
  deletable: false,
});

function openList(items: unknown[], url = '/unit/applicants') {
  const queries: string[] = [];
  server.use(
    http.get(api('/me'), () => HttpResponse.json(meFor('unit_admin'))),
    http.get(api('/unit/applicants'), ({ request }) => {
      queries.push(new URL(request.url).search);
      return HttpResponse.json({ items, nextCursor: null, total: items.length });
    }),
  );
  const view = renderApp(url, { session: sessionFor('unit_admin') });
  return { ...view, queries };
}

describe('申报人员', () => {
  it('lists applicants with masked ID numbers; 删除 only when deletable, else 停用', async () => {
    openList([applicant(), submitted]);
    // The first test of the file also waits for the lazy routes to be transformed.
    const rowZhang = (await screen.findByText('张三', {}, { timeout: 15_000 })).closest('tr') as HTMLElement;
    expect(within(rowZhang).getByText('3601**********0088')).toBeVisible();
    expect(within(rowZhang).getByText('深圳市示范水务工程设计院')).toBeVisible();
    expect(within(rowZhang).getByRole('button', { name: '删除' })).toBeVisible();
    expect(within(rowZhang).queryByRole('button', { name: '停用' })).not.toBeInTheDocument();

    const rowLi = screen.getByText('李四').closest('tr') as HTMLElement;
    expect(within(rowLi).queryByRole('button', { name: '删除' })).not.toBeInTheDocument();
    expect(within(rowLi).getByRole('button', { name: '停用' })).toBeVisible();
    expect(document.body.textContent).not.toContain('360111198808080088');
  });

  it('says what to do when there is nobody yet', async () => {
    openList([]);
    expect(await screen.findByText('还没有申报人员，点击新增')).toBeVisible();
  });

  it('keeps the search in the URL', async () => {
    const { user, queries } = openList([applicant()]);
    await screen.findByText('张三');
    await enter(user, screen.getByRole('searchbox', { name: '搜索' }), '张');
    await user.click(screen.getByRole('button', { name: /搜索/ }));
    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent('/unit/applicants?q=%E5%BC%A0'),
    );
    await waitFor(() => expect(queries.at(-1)).toContain('q=%E5%BC%A0'));
  });

  it('deletes after a confirmation naming the person', async () => {
    let deleted = '';
    server.use(
      http.delete(api('/unit/applicants/:id'), ({ params }) => {
        deleted = String(params.id);
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user } = openList([applicant()]);
    const row = (await screen.findByText('张三')).closest('tr') as HTMLElement;
    await user.click(within(row).getByRole('button', { name: '删除' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('删除申报人员 张三？');
    await user.click(within(dialog).getByRole('button', { name: '删除' }));
    await waitFor(() => expect(deleted).toBe('p1'));
    expect(await screen.findByText('已删除 张三')).toBeVisible();
  });

  it('offers 停用 when the applicant has submitted meanwhile', async () => {
    let patched: { body: unknown; ifMatch: string | null } | undefined;
    server.use(
      http.delete(api('/unit/applicants/:id'), () =>
        problem(409, 'conflict', '该申报人员已提交申报，不能删除'),
      ),
      http.get(api('/unit/applicants/p1'), () =>
        HttpResponse.json({ ...applicant(), idNumber: '360111198808080088', version: 3, deletable: false }),
      ),
      http.patch(api('/unit/applicants/p1'), async ({ request }) => {
        patched = { body: await request.json(), ifMatch: request.headers.get('If-Match') };
        return HttpResponse.json({
          ...applicant({ status: 'disabled' }),
          idNumber: '360111198808080088',
          version: 4,
          deletable: false,
        });
      }),
    );
    const { user } = openList([applicant()]);
    const row = (await screen.findByText('张三')).closest('tr') as HTMLElement;
    await user.click(within(row).getByRole('button', { name: '删除' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '删除' }));
    await waitFor(() =>
      expect(screen.getAllByRole('dialog').at(-1)).toHaveTextContent(
        '张三 已提交过申报，不能删除。是否停用该账号？',
      ),
    );
    const dialog = screen.getAllByRole('dialog').at(-1) as HTMLElement;
    await user.click(within(dialog).getByRole('button', { name: '停用' }));
    await waitFor(() => expect(patched).toEqual({ body: { status: 'disabled' }, ifMatch: '"3"' }));
  });
});
