import { StyleProvider } from '@ant-design/cssinjs';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { App as AntApp } from 'antd';
import { HttpResponse, http } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppProviders } from '../../../app/providers';
import { createQueryClient } from '../../../app/query-client';
import { loadAllTexts } from '../../../i18n';
import { enter } from '../../../test/render-app';
import { api, problem, server } from '../../../test/server';
import { WebhooksPanel } from './components/webhooks-panel';

const antdStyles = document.createElement('div');

function webhook(overrides: Record<string, unknown> = {}) {
  return {
    id: 'w1',
    url: 'https://hooks.example.com/zhicheng',
    events: ['application.status_changed', 'publicity.window_recorded'],
    description: '人事系统',
    ownerKind: 'unit',
    unitId: 'u1',
    createdAt: '2026-11-30T02:00:00.000Z',
    ...overrides,
  };
}

function delivery(n: number, overrides: Record<string, unknown> = {}) {
  return {
    id: `d${n}`,
    eventId: `e${n}`,
    eventType: 'application.status_changed',
    status: 'succeeded',
    attempts: [{ at: '2026-11-30T03:00:00.000Z', responseStatus: 200, error: null, durationMs: 41 }],
    nextAttemptAt: null,
    createdAt: '2026-11-30T03:00:00.000Z',
    completedAt: '2026-11-30T03:00:00.000Z',
    ...overrides,
  };
}

/** The panel alone, as the integrations page's 事件推送 tab shows it, over a list answering `rows()`. */
function renderPanel(rows: () => unknown[]) {
  server.use(
    http.get(api('/webhooks'), () => {
      const items = rows();
      return HttpResponse.json({ items, nextCursor: null, total: items.length });
    }),
  );
  const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
  render(
    <StyleProvider container={antdStyles}>
      <AppProviders queryClient={createQueryClient()}>
        <AntApp>
          <WebhooksPanel />
        </AntApp>
      </AppProviders>
    </StyleProvider>,
  );
  return { user };
}

async function rowOf(text: string) {
  return (await screen.findByText(text, {}, { timeout: 15_000 })).closest('tr') as HTMLElement;
}

describe('事件推送', () => {
  // The integrations page is a lazy route: its texts are loaded before it renders.
  beforeAll(() => loadAllTexts());

  it('lists webhooks with their events in Chinese', async () => {
    renderPanel(() => [webhook()]);
    const row = await rowOf('https://hooks.example.com/zhicheng');
    expect(within(row).getByText('申报状态变化')).toBeVisible();
    expect(within(row).getByText('公示已发布')).toBeVisible();
    expect(within(row).queryByText('申报已提交')).not.toBeInTheDocument();
    expect(within(row).getByText('人事系统')).toBeVisible();
  });

  it('creates a webhook and shows its secret once, with how to verify signatures', async () => {
    let posted: unknown;
    let rows: unknown[] = [];
    server.use(
      http.post(api('/webhooks'), async ({ request }) => {
        posted = await request.json();
        rows = [webhook({ events: ['application.submitted', 'application.status_changed'] })];
        return HttpResponse.json({ ...(rows[0] as object), secret: 'whsec_shown_once' }, { status: 201 });
      }),
    );
    const { user } = renderPanel(() => rows);
    expect(await screen.findByText('还没有推送地址')).toBeVisible();
    await user.click(screen.getByRole('button', { name: /新增推送地址/ }));
    const form = await screen.findByRole('form', { name: '新增推送地址' });
    await enter(
      user,
      within(form).getByRole('textbox', { name: /推送地址/ }),
      'https://hooks.example.com/zhicheng',
    );
    // Every event is ticked to begin with; leave out the publicity.
    await user.click(within(form).getByRole('checkbox', { name: '公示已发布' }));
    await enter(user, within(form).getByRole('textbox', { name: /说明/ }), '人事系统');
    await user.click(screen.getByRole('button', { name: '保存' }));

    await waitFor(() =>
      expect(posted).toEqual({
        url: 'https://hooks.example.com/zhicheng',
        events: ['application.submitted', 'application.status_changed'],
        description: '人事系统',
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: '签名密钥' });
    expect(within(dialog).getByTestId('webhook-secret')).toHaveTextContent('whsec_shown_once');
    expect(within(dialog).getByText(/HMAC-SHA256/)).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: /复制/ }));
    expect(await navigator.clipboard.readText()).toBe('whsec_shown_once');
    await user.click(within(dialog).getByRole('button', { name: '我已保存' }));
    await waitFor(() => expect(screen.queryByTestId('webhook-secret')).not.toBeInTheDocument());
    expect(await rowOf('https://hooks.example.com/zhicheng')).toBeVisible();
  });

  it('shows the refusal of a private target on the URL field', async () => {
    server.use(
      http.post(api('/webhooks'), () =>
        problem(422, 'webhook_target_forbidden', '不允许向内网或本机地址推送', {
          detail: '该地址指向内网或本机（10.0.0.5），不允许推送',
          errors: [{ path: 'url', message: '该地址指向内网或本机（10.0.0.5），不允许推送' }],
        }),
      ),
    );
    const { user } = renderPanel(() => []);
    await user.click(await screen.findByRole('button', { name: /新增推送地址/ }));
    const form = await screen.findByRole('form', { name: '新增推送地址' });
    const url = within(form).getByRole('textbox', { name: /推送地址/ });
    await enter(user, url, 'http://10.0.0.5/hook');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await within(form).findByText('该地址指向内网或本机（10.0.0.5），不允许推送')).toBeVisible();
    expect(url).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('dialog', { name: '签名密钥' })).not.toBeInTheDocument();
  });

  it('checks the form before sending: a URL and at least one event', async () => {
    let sent = false;
    server.use(
      http.post(api('/webhooks'), () => {
        sent = true;
        return HttpResponse.json({}, { status: 500 });
      }),
    );
    const { user } = renderPanel(() => []);
    await user.click(await screen.findByRole('button', { name: /新增推送地址/ }));
    const form = await screen.findByRole('form', { name: '新增推送地址' });
    for (const name of ['申报已提交', '申报状态变化', '公示已发布']) {
      await user.click(within(form).getByRole('checkbox', { name }));
    }
    await enter(user, within(form).getByRole('textbox', { name: /推送地址/ }), 'ftp://hooks.example.com');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await within(form).findByText('请填写以 http:// 或 https:// 开头的地址')).toBeVisible();
    expect(within(form).getByText('请至少订阅一种事件')).toBeVisible();
    expect(sent).toBe(false);
  });

  it('deletes after confirmation', async () => {
    let rows = [webhook()];
    let deleted: string | undefined;
    server.use(
      http.delete(api('/webhooks/:id'), ({ params }) => {
        deleted = String(params.id);
        rows = [];
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user } = renderPanel(() => rows);
    const row = await rowOf('https://hooks.example.com/zhicheng');
    await user.click(within(row).getByRole('button', { name: '删除' }));
    const confirm = await screen.findByRole('dialog', { name: /删除推送地址/ });
    expect(deleted).toBeUndefined();
    await user.click(within(confirm).getByRole('button', { name: '删除' }));
    await waitFor(() => expect(deleted).toBe('w1'));
    expect(await screen.findByText('已删除推送地址')).toBeVisible();
    expect(await screen.findByText('还没有推送地址')).toBeVisible();
  });

  it('sends a test delivery', async () => {
    let pinged: string | undefined;
    server.use(
      http.post(api('/webhooks/:id/ping'), ({ params }) => {
        pinged = String(params.id);
        return HttpResponse.json(
          delivery(9, { eventType: 'webhook.ping', status: 'pending', attempts: [], completedAt: null }),
          { status: 202 },
        );
      }),
    );
    const { user } = renderPanel(() => [webhook()]);
    const row = await rowOf('https://hooks.example.com/zhicheng');
    await user.click(within(row).getByRole('button', { name: '发送测试' }));
    expect(await screen.findByText('已发送测试推送，可在推送记录中查看结果')).toBeVisible();
    expect(pinged).toBe('w1');
  });

  it('shows each delivery with its attempts, the next retry, and more on request', async () => {
    const cursors: (string | null)[] = [];
    server.use(
      http.get(api('/webhooks/w1/deliveries'), ({ request }) => {
        const cursor = new URL(request.url).searchParams.get('cursor');
        cursors.push(cursor);
        if (cursor === 'd1') {
          return HttpResponse.json({
            items: [delivery(2, { eventType: 'webhook.ping' })],
            nextCursor: null,
            total: 2,
          });
        }
        return HttpResponse.json({
          items: [
            delivery(1, {
              status: 'pending',
              attempts: [
                { at: '2026-11-30T03:00:00.000Z', responseStatus: 500, error: null, durationMs: 12 },
                {
                  at: '2026-11-30T03:00:30.000Z',
                  responseStatus: null,
                  error: '连接失败：ECONNREFUSED',
                  durationMs: 3,
                },
              ],
              nextAttemptAt: '2026-11-30T03:01:30.000Z',
              completedAt: null,
            }),
          ],
          nextCursor: 'd1',
          total: 2,
        });
      }),
    );
    const { user } = renderPanel(() => [webhook()]);
    const row = await rowOf('https://hooks.example.com/zhicheng');
    await user.click(within(row).getByRole('button', { name: '推送记录' }));
    const drawer = await screen.findByRole('dialog', { name: /推送记录/ });
    const first = await within(drawer).findByRole('region', { name: '申报状态变化' });
    expect(within(first).getByText('推送中')).toBeVisible();
    expect(within(first).getByText(/下次重试：2026-11-30 \d\d:01/)).toBeVisible();
    const attempts = within(first).getAllByRole('row').slice(1);
    expect(attempts).toHaveLength(2);
    expect(within(attempts[0] as HTMLElement).getByText('500')).toBeVisible();
    expect(within(attempts[0] as HTMLElement).getByText('12 毫秒')).toBeVisible();
    expect(within(attempts[1] as HTMLElement).getByText('无响应')).toBeVisible();
    expect(within(attempts[1] as HTMLElement).getByText('连接失败：ECONNREFUSED')).toBeVisible();

    await user.click(within(drawer).getByRole('button', { name: '加载更多' }));
    const ping = await within(drawer).findByRole('region', { name: '测试推送' });
    expect(within(ping).getByText('成功')).toBeVisible();
    expect(cursors).toEqual([null, 'd1']);
    expect(within(drawer).queryByRole('button', { name: '加载更多' })).not.toBeInTheDocument();
  });
});
