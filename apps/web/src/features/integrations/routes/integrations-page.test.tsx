import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ApiKey, ApiKeyCreated } from '@zhicheng/contracts';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { meFor, sessionFor } from '../../../test/fixtures';
import { enter, renderApp } from '../../../test/render-app';
import { api, problem, server } from '../../../test/server';

const lazyRouteTimeout = 30_000;

function apiKey(overrides: Partial<ApiKey> = {}): ApiKey {
  return {
    id: 'k1',
    name: '人事系统同步',
    prefix: 'zck_3f9A1cQz',
    ownerKind: 'unit',
    unitId: 'unit-1',
    scopes: ['applications:read', 'stats:read'],
    createdAt: '2026-11-28T02:00:00.000Z',
    lastUsedAt: null,
    expiresAt: null,
    revokedAt: null,
    ...overrides,
  };
}

const secret = `zck_3f9A1cQz${'x'.repeat(35)}`;

/** A list answering `keys()` as it is at each request. */
function serveKeys(role: 'unit_admin' | 'bureau_admin', keys: () => ApiKey[]) {
  server.use(
    http.get(api('/me'), () => HttpResponse.json(meFor(role))),
    http.get(api('/api-keys'), () => HttpResponse.json({ items: keys() })),
  );
}

const rowOf = (name: string) => screen.getByText(name).closest('tr') as HTMLElement;

async function pick(user: ReturnType<typeof renderApp>['user'], name: string, option: string) {
  fireEvent.mouseDown(screen.getByRole('combobox', { name }));
  const found = await waitFor(() => {
    const item = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].find((o) =>
      o.textContent?.startsWith(option),
    );
    expect(item).toBeTruthy();
    return item as HTMLElement;
  });
  await user.click(found);
}

describe('接口对接 › API 密钥', { timeout: lazyRouteTimeout }, () => {
  it('lists the unit’s keys by prefix with scopes, last use, expiry and state', async () => {
    serveKeys('unit_admin', () => [
      apiKey(),
      apiKey({
        id: 'k2',
        name: '旧系统',
        prefix: 'zck_Old00000',
        scopes: ['applicants:write'],
        lastUsedAt: '2026-11-29T03:04:00.000Z',
        expiresAt: '2026-12-31T16:00:00.000Z',
        revokedAt: '2026-11-30T01:00:00.000Z',
      }),
      apiKey({ id: 'k3', name: '到期系统', prefix: 'zck_Exp00000', expiresAt: '2020-01-01T00:00:00.000Z' }),
    ]);
    renderApp('/unit/integrations', { session: sessionFor('unit_admin') });

    const active = (await screen.findByText('人事系统同步', {}, { timeout: lazyRouteTimeout })).closest(
      'tr',
    ) as HTMLElement;
    expect(screen.getByRole('tab', { name: 'API 密钥', selected: true })).toBeVisible();
    expect(screen.getByRole('menuitem', { name: /接口对接/ })).toBeVisible();
    expect(screen.getByText(/以本单位管理员的身份/)).toBeVisible();
    expect(within(active).getByText('zck_3f9A1cQz…')).toBeVisible();
    expect(within(active).getByText('读取申报信息')).toBeVisible();
    expect(within(active).getByText('读取统计数据')).toBeVisible();
    expect(within(active).getByText('从未使用')).toBeVisible();
    expect(within(active).getByText('长期有效')).toBeVisible();
    expect(within(active).getByText('有效')).toBeVisible();
    expect(within(active).getByRole('button', { name: '吊销 人事系统同步' })).toBeVisible();

    const revoked = rowOf('旧系统');
    expect(within(revoked).getByText('已吊销')).toBeVisible();
    expect(within(revoked).getByText('创建和导入申报人员')).toBeVisible();
    expect(within(revoked).queryByRole('button', { name: /吊销/ })).not.toBeInTheDocument();
    expect(within(rowOf('到期系统')).getByText('已过期')).toBeVisible();
  });

  it('creates a key with the chosen scopes and shows its secret once, with a copy button and a warning', async () => {
    const keys = [apiKey()];
    const posted: unknown[] = [];
    serveKeys('unit_admin', () => keys);
    server.use(
      http.post(api('/api-keys'), async ({ request }) => {
        posted.push(await request.json());
        const created: ApiKeyCreated = {
          ...apiKey({ id: 'k9', name: '档案系统', prefix: 'zck_3f9A1cQz', scopes: ['applications:read'] }),
          key: secret,
        };
        keys.unshift(created);
        return HttpResponse.json(created, { status: 201 });
      }),
    );
    const { user } = renderApp('/unit/integrations', { session: sessionFor('unit_admin') });
    await user.click(await screen.findByRole('button', { name: '创建密钥' }, { timeout: lazyRouteTimeout }));
    const dialog = await screen.findByRole('dialog', { name: '创建 API 密钥' });

    // Nothing preselected: the contract's rules speak before anything is sent.
    await user.click(within(dialog).getByRole('button', { name: /创\s*建/ }));
    expect(await within(dialog).findByText('请填写密钥名称')).toBeVisible();
    expect(within(dialog).getByText('请至少选择一项权限')).toBeVisible();
    expect(posted).toEqual([]);

    await enter(user, within(dialog).getByLabelText('密钥名称'), '档案系统');
    await pick(user, '权限范围', '读取申报信息');
    await user.click(within(dialog).getByRole('button', { name: /创\s*建/ }));

    const shown = await screen.findByTestId('api-key-secret');
    expect(posted).toEqual([{ name: '档案系统', scopes: ['applications:read'] }]);
    expect(shown).toHaveTextContent(secret);
    expect(screen.getByText(/密钥只显示这一次，关闭后无法再次查看/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: '复制密钥' }));
    expect(await screen.findByText('已复制密钥')).toBeVisible();
    expect(await navigator.clipboard.readText()).toBe(secret);

    await user.click(screen.getByRole('button', { name: '我已保存' }));
    await waitFor(() => expect(screen.queryByTestId('api-key-secret')).not.toBeInTheDocument());
    // The list shows the new key by its prefix; the secret is nowhere on the page any more.
    expect(await screen.findByText('档案系统')).toBeVisible();
    expect(document.body.textContent).not.toContain(secret);
  });

  it('shows the server’s refusal of an expiry in the past on the field', async () => {
    serveKeys('unit_admin', () => []);
    let posted: { expiresAt?: string } = {};
    server.use(
      http.post(api('/api-keys'), async ({ request }) => {
        posted = (await request.json()) as typeof posted;
        return problem(400, 'validation_failed', '提交的数据有误', {
          errors: [{ path: 'expiresAt', message: '到期时间须晚于当前时间' }],
        });
      }),
    );
    const { user } = renderApp('/unit/integrations', { session: sessionFor('unit_admin') });
    await user.click(await screen.findByRole('button', { name: '创建密钥' }, { timeout: lazyRouteTimeout }));
    const dialog = await screen.findByRole('dialog', { name: '创建 API 密钥' });
    await enter(user, within(dialog).getByLabelText('密钥名称'), '测试');
    await pick(user, '权限范围', '读取统计数据');
    const expiresAt = within(dialog).getByLabelText('到期时间');
    await user.click(expiresAt);
    await user.type(expiresAt, '2020-01-01 09:00{Enter}');
    await user.click(within(dialog).getByRole('button', { name: /创\s*建/ }));
    expect(await within(dialog).findByText('到期时间须晚于当前时间')).toBeVisible();
    // The picked local time, sent as an instant.
    expect(Date.parse(posted.expiresAt ?? '')).toBe(new Date(2020, 0, 1, 9, 0).getTime());
    expect(screen.queryByTestId('api-key-secret')).not.toBeInTheDocument();
  });

  it('revokes a key after a confirmation naming it', async () => {
    let keys = [apiKey()];
    const revoked: string[] = [];
    serveKeys('bureau_admin', () => keys);
    server.use(
      http.delete(api('/api-keys/:id'), ({ params }) => {
        revoked.push(String(params.id));
        keys = [apiKey({ ownerKind: 'bureau', unitId: null, revokedAt: '2026-11-30T02:00:00.000Z' })];
        return HttpResponse.json(keys[0]);
      }),
    );
    const { user } = renderApp('/bureau/integrations', { session: sessionFor('bureau_admin') });
    const row = (await screen.findByText('人事系统同步', {}, { timeout: lazyRouteTimeout })).closest(
      'tr',
    ) as HTMLElement;
    expect(screen.getByText(/以人社局管理员的身份/)).toBeVisible();

    await user.click(within(row).getByRole('button', { name: '吊销 人事系统同步' }));
    const confirm = await screen.findByRole('dialog');
    expect(confirm).toHaveTextContent('吊销密钥「人事系统同步」？');
    expect(confirm).toHaveTextContent('立即无法访问');
    await user.click(within(confirm).getByRole('button', { name: /取\s*消/ }));
    expect(revoked).toEqual([]);

    await user.click(within(row).getByRole('button', { name: '吊销 人事系统同步' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: /吊\s*销/ }));
    expect(await screen.findByText('已吊销密钥「人事系统同步」')).toBeVisible();
    expect(revoked).toEqual(['k1']);
    await waitFor(() => expect(within(rowOf('人事系统同步')).getByText('已吊销')).toBeVisible());
  });

  it('is not in an operator’s menu', async () => {
    server.use(http.get(api('/me'), () => HttpResponse.json(meFor('unit_operator'))));
    renderApp('/unit/integrations', { session: sessionFor('unit_operator') });
    expect(
      await screen.findByRole('menuitem', { name: /待办事项/ }, { timeout: lazyRouteTimeout }),
    ).toBeVisible();
    expect(screen.queryByRole('menuitem', { name: /接口对接/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '创建密钥' })).not.toBeInTheDocument();
  });
});
