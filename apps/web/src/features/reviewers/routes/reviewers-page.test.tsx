import { screen, waitFor, within } from '@testing-library/react';
import type {
  departmentListSchema,
  reviewerListSchema,
  reviewerSummarySchema,
  reviewerUpdateSchema,
} from '@zhicheng/contracts';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { meFor, sessionFor } from '../../../test/fixtures';
import { enter, renderApp } from '../../../test/render-app';
import { api, problem, server } from '../../../test/server';

type Reviewer = z.infer<typeof reviewerSummarySchema>;

function reviewer(overrides: Partial<Reviewer> = {}): Reviewer {
  return {
    id: 'r1',
    username: 'swjreviewer',
    name: '陈审核',
    idNumberMasked: '',
    mobile: '13800138000',
    status: 'active',
    mustChangePassword: false,
    createdAt: '2026-03-01T02:00:00.000Z',
    version: 2,
    role: 'dept_reviewer',
    department: { id: 'dept-1', name: '深圳市水务局' },
    committee: null,
    ...overrides,
  };
}

/** The list answers with `rows()` each time it is (re)loaded. */
function openList(rows: () => Reviewer[]) {
  server.use(
    http.get(api('/me'), () => HttpResponse.json(meFor('bureau_admin'))),
    http.get(api('/admin/reviewers'), () => {
      const items = rows();
      return HttpResponse.json({ items, nextCursor: null, total: items.length } satisfies z.infer<
        typeof reviewerListSchema
      >);
    }),
  );
  return renderApp('/bureau/reviewers', { session: sessionFor('bureau_admin') });
}

async function openEdit(user: ReturnType<typeof renderApp>['user']) {
  // The first test of the file also waits for the lazy route to be transformed.
  const row = (await screen.findByText('陈审核', {}, { timeout: 15_000 })).closest('tr') as HTMLElement;
  await user.click(within(row).getByRole('button', { name: '修改' }));
  return screen.findByRole('form', { name: '修改审核人员' });
}

describe('审核人员账号: 修改', () => {
  it('edits name and mobile with If-Match, then shows the saved row', async () => {
    let current = reviewer();
    let patched: { body: unknown; ifMatch: string | null } | undefined;
    server.use(
      http.patch(api('/admin/reviewers/r1'), async ({ request }) => {
        const body = (await request.json()) as z.infer<typeof reviewerUpdateSchema>;
        patched = { body, ifMatch: request.headers.get('If-Match') };
        current = reviewer({ ...body, version: 3 });
        return HttpResponse.json(current);
      }),
    );
    const { user } = openList(() => [current]);
    const form = await openEdit(user);
    expect(within(form).getByLabelText('登录账号')).toHaveValue('swjreviewer');
    expect(within(form).getByLabelText('登录账号')).toBeDisabled();
    const name = within(form).getByRole('textbox', { name: /姓名/ });
    const mobile = within(form).getByRole('textbox', { name: /手机/ });
    expect(name).toHaveValue('陈审核');
    expect(mobile).toHaveValue('13800138000');

    await user.clear(name);
    await enter(user, name, '陈新审');
    await user.clear(mobile);
    await enter(user, mobile, '13900139001');
    await user.click(within(form).getByRole('button', { name: '保存' }));

    await waitFor(() =>
      expect(patched).toEqual({ body: { name: '陈新审', mobile: '13900139001' }, ifMatch: '"2"' }),
    );
    expect(await screen.findByText('已保存')).toBeVisible();
    const row = (await screen.findByText('陈新审')).closest('tr') as HTMLElement;
    expect(within(row).getByText('13900139001')).toBeVisible();
    await waitFor(() => expect(screen.queryByRole('form', { name: '修改审核人员' })).not.toBeInTheDocument());
  });

  it("puts the server's field errors on their fields and keeps the modal open", async () => {
    server.use(
      http.patch(api('/admin/reviewers/r1'), () =>
        problem(400, 'validation_failed', '提交的数据有误', {
          errors: [{ path: 'mobile', message: '该手机号码已被其他账号使用' }],
        }),
      ),
    );
    const { user } = openList(() => [reviewer()]);
    const form = await openEdit(user);
    const mobile = within(form).getByRole('textbox', { name: /手机/ });
    await user.clear(mobile);
    await enter(user, mobile, '13900139001');
    await user.click(within(form).getByRole('button', { name: '保存' }));

    expect(await within(form).findByText('该手机号码已被其他账号使用')).toBeVisible();
    expect(mobile).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByText('已保存')).not.toBeInTheDocument();
  });

  it('refuses to clear a registered mobile before sending anything', async () => {
    let sent = false;
    server.use(
      http.patch(api('/admin/reviewers/r1'), () => {
        sent = true;
        return HttpResponse.json(reviewer());
      }),
    );
    const { user } = openList(() => [reviewer()]);
    const form = await openEdit(user);
    await user.clear(within(form).getByRole('textbox', { name: /手机/ }));
    await user.click(within(form).getByRole('button', { name: '保存' }));

    expect(await within(form).findByText('已登记的手机号码不能清空，可以改为新的号码')).toBeVisible();
    expect(sent).toBe(false);
  });

  it('reloads the latest values with a notice when someone else saved first', async () => {
    let current = reviewer();
    server.use(
      http.patch(api('/admin/reviewers/r1'), () => {
        current = reviewer({ name: '陈审核员', version: 3 });
        return problem(409, 'version_conflict', '数据已被修改，请刷新后重试');
      }),
    );
    const { user } = openList(() => [current]);
    const form = await openEdit(user);
    const name = within(form).getByRole('textbox', { name: /姓名/ });
    await user.clear(name);
    await enter(user, name, '陈新审');
    await user.click(within(form).getByRole('button', { name: '保存' }));

    // The form starts over from the reloaded row (new elements), with the notice above it.
    await waitFor(() => expect(screen.getByRole('textbox', { name: /姓名/ })).toHaveValue('陈审核员'));
    expect(await screen.findByText('该账号刚被他人修改，已载入最新信息，请核对后再保存。')).toBeVisible();
  });
});

describe('审核人员账号: 搜索与新增', () => {
  it('names only what the search covers, and gives the drawer full-width selects', async () => {
    server.use(
      http.get(api('/admin/departments'), () =>
        HttpResponse.json({
          items: [{ id: 'dept-1', name: '深圳市水务局', active: true }],
        } satisfies z.infer<typeof departmentListSchema>),
      ),
    );
    const { user } = openList(() => [reviewer()]);
    // Reviewers carry no ID number: the placeholder does not promise a search by it.
    const search = await screen.findByRole('searchbox', { name: '搜索' }, { timeout: 15_000 });
    expect(search).toHaveAttribute('placeholder', '姓名或用户账号');

    await user.click(screen.getByRole('button', { name: '新增审核人员' }));
    const form = await screen.findByRole('form', { name: '新增审核人员' });
    for (const label of ['角色', '日常工作部门']) {
      const select = within(form).getByRole('combobox', { name: label }).closest('.ant-select');
      expect(select).toHaveStyle({ width: '100%' });
    }
  });
});
