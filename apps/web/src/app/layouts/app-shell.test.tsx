import { screen, waitFor, within } from '@testing-library/react';
import type { Role } from '@zhicheng/contracts';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import type { AuditEventPage } from '../../features/audit/api/list-audit-events';
import { demoUsers, meFor, sessionFor } from '../../test/fixtures';
import { homeHandlers } from '../../test/home-handlers';
import { renderApp } from '../../test/render-app';
import { api, server } from '../../test/server';

const menus: Record<Role, string[]> = {
  applicant: ['申报首页', '查看进度', '消息设置', '账号安全'],
  unit_admin: [
    '待办事项',
    '申报人员',
    '经办人',
    '资格评审审核',
    '单位信息',
    '接口对接',
    '消息设置',
    '账号安全',
  ],
  unit_operator: ['待办事项', '申报人员', '资格评审审核', '消息设置', '账号安全'],
  dept_reviewer: ['待办事项', '部门审核', '公示管理', '统计', '消息设置', '账号安全'],
  committee_secretary: ['待办事项', '评审结果录入', '消息设置', '账号安全'],
  bureau_admin: [
    '概览',
    '资格目录',
    '评委会与部门',
    '申报批次',
    '工作日历',
    '审核人员账号',
    '审计日志',
    '统计与导出',
    '接口对接',
    '消息设置',
    '账号安全',
  ],
};

const roleLabels: Record<Role, string> = {
  applicant: '申报个人',
  unit_admin: '单位管理员',
  unit_operator: '单位经办人',
  dept_reviewer: '日常工作部门审核人',
  committee_secretary: '评委会秘书',
  bureau_admin: '市人社局管理员',
};

function signIn(role: Role) {
  server.use(
    ...homeHandlers,
    http.get(api('/me'), () => HttpResponse.json(meFor(role))),
  );
  return renderApp('/', { session: sessionFor(role) });
}

describe('role homes', () => {
  it.each(Object.keys(menus) as Role[])(
    '%s: greets the user and shows exactly the role menu',
    async (role) => {
      signIn(role);
      const name = demoUsers[role].name;
      expect(await screen.findByRole('heading', { name: `欢迎，${name}` })).toBeVisible();
      const menu = screen.getByRole('navigation', { name: '主菜单' });
      expect(
        within(menu)
          .getAllByRole('link')
          .map((link) => link.textContent),
      ).toEqual(menus[role]);
      expect(screen.getByText(`当前身份：${roleLabels[role]}`)).toBeVisible();
      const header = screen.getByRole('region', { name: '当前用户' });
      expect(within(header).getByText(name)).toBeVisible();
      expect(within(header).getByText(roleLabels[role])).toBeVisible();
      const organisation = meFor(role);
      const orgName =
        organisation.unit?.name ?? organisation.department?.name ?? organisation.committee?.name;
      if (orgName) expect(await within(header).findByText(orgName)).toBeVisible();
      expect(screen.getByRole('button', { name: '退出登录' })).toBeVisible();
      // One main landmark, the skip link's target.
      expect(screen.getAllByRole('main').map((main) => main.id)).toEqual(['main-content']);
      const home = menus[role][0] ?? '';
      expect(document.title).toBe(`${home} - 职称申报`);
    },
  );

  it('opens a menu page with its heading and document title', async () => {
    server.use(
      http.get(api('/admin/audit-events'), () =>
        HttpResponse.json({ items: [], nextCursor: null, total: 0 } satisfies AuditEventPage),
      ),
    );
    const { user } = signIn('bureau_admin');
    await user.click(await screen.findByRole('link', { name: '审计日志' }));
    expect(await screen.findByRole('table', { name: '审计日志' })).toBeVisible();
    expect(screen.queryByText(/即将开放/)).toBeNull();
    expect(screen.getByRole('heading', { level: 1, name: '审计日志' })).toBeVisible();
    expect(document.title).toBe('审计日志 - 职称申报');
    expect(screen.getByTestId('location')).toHaveTextContent('/bureau/audit');
  });

  it("keeps a role out of other roles' pages", async () => {
    server.use(
      ...homeHandlers,
      http.get(api('/me'), () => HttpResponse.json(meFor('applicant'))),
    );
    renderApp('/bureau/audit', { session: sessionFor('applicant') });
    expect(await screen.findByRole('heading', { name: '欢迎，张三' })).toBeVisible();
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/applicant$/);
  });

  it('keeps the unit operator out of the unit admin-only pages', async () => {
    server.use(
      ...homeHandlers,
      http.get(api('/me'), () => HttpResponse.json(meFor('unit_operator'))),
    );
    renderApp('/unit/operators', { session: sessionFor('unit_operator') });
    expect(await screen.findByRole('heading', { name: '欢迎，赵经办' })).toBeVisible();
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/unit$/);
  });

  it('logs out and returns to the login page', async () => {
    let loggedOut = false;
    server.use(
      http.post(api('/auth/logout'), () => {
        loggedOut = true;
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user } = signIn('bureau_admin');
    await user.click(await screen.findByRole('button', { name: '退出登录' }));
    expect(await screen.findByText('您已安全退出')).toBeVisible();
    expect(screen.getByRole('button', { name: '登录' })).toBeVisible();
    expect(loggedOut).toBe(true);
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/login'));
  });

  it('shows a not-found page for unknown addresses', async () => {
    renderApp('/no/such/page');
    expect(await screen.findByText('页面不存在')).toBeVisible();
    expect(document.title).toBe('页面不存在 - 职称申报');
  });
});
